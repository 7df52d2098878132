package dev.lectern.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs lectern as a script would, with stdout and stderr piped: in this JVM through
 * {@link Main#execute} with an {@link Io} of the test's own (the same path as {@code main}, short of
 * exiting), or as a real process ({@link #spawn}) where a command owns the process's terminal
 * (the shell's line editor).
 */
final class LecternProcess {
    record Result(int code, String out, String err) {
    }

    static Result run(Path dataDir, Map<String, String> env, String... args) throws Exception {
        return runWithInput(dataDir, env, null, args);
    }

    /** Runs lectern in this JVM with {@code input} as its stdin (empty when null), as a pipe, not a terminal. */
    static Result runWithInput(Path dataDir, Map<String, String> env, String input, String... args) {
        // the environment a child process would get: this one's, without what the tests set themselves
        Map<String, String> all = new java.util.HashMap<>(System.getenv());
        all.remove("NO_COLOR");
        all.remove("COLUMNS");
        // The machine's locale must not decide the output (a C locale folds it to ASCII): UTF-8
        // unless the test sets its own.
        all.remove("LC_ALL");
        all.remove("LC_CTYPE");
        all.put("LANG", "C.UTF-8");
        all.putAll(env);
        List<String> argv = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        argv.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] in = input == null ? new byte[0] : input.getBytes(StandardCharsets.UTF_8);
        Io io = new Io(new java.io.ByteArrayInputStream(in), out, err, Map.copyOf(all), java.time.Clock.systemDefaultZone(), false);
        int code = Main.execute(io, argv.toArray(String[]::new));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs lectern as a real process with {@code input} as its stdin (none when null). */
    static Result spawn(Path dataDir, Map<String, String> env, String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.lectern.cli.Main");
        cmd.add("--data-dir");
        cmd.add(dataDir.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("COLUMNS");
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().putAll(env);
        if (input == null) pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (input != null) {
            try (java.io.OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t1 = pump(p.getInputStream(), out);
        Thread t2 = pump(p.getErrorStream(), err);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("lectern did not finish: " + cmd);
        }
        t1.join();
        t2.join();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(to);
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        t.start();
        return t;
    }
}
