package dev.lectern.reliability;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code lectern} as a real process on the test's class path, with stdout and stderr piped
 * as a script would see them, a library and a data folder of the test's own, and no colour or
 * terminal settings from the machine running the tests.
 */
final class RealProcess {
    record Result(int code, String out, String err) {
        /** Lines on stderr, for "a message of one or two lines". */
        List<String> errLines() {
            return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
        }
    }

    private final Path library;
    private final Path dataDir;

    RealProcess(Path library, Path dataDir) {
        this.library = library;
        this.dataDir = dataDir;
    }

    Result run(String... args) throws IOException, InterruptedException {
        return runWithInput(null, args);
    }

    /** Runs with {@code input} as stdin (none when null). */
    Result runWithInput(String input, String... args) throws IOException, InterruptedException {
        Process p = start(input == null, args);
        if (input != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        return finish(p, args);
    }

    /** Starts the process without waiting; {@link #finish} collects it. */
    Process start(boolean noInput, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args));
        for (String v : List.of("NO_COLOR", "COLUMNS", "LECTERN_THEME", "LECTERN_LIBRARY", "LECTERN_NOW", "PAGER")) {
            pb.environment().remove(v);
        }
        pb.environment().put("TERM", "dumb");
        pb.environment().put("LANG", "C.UTF-8");
        if (noInput) pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    /** The command line that runs lectern with {@code args} on this library and data folder. */
    List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.lectern.cli.Main");
        cmd.addAll(List.of("--library", library.toString(), "--data-dir", dataDir.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Result finish(Process p, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t1 = pump(p.getInputStream(), out);
        Thread t2 = pump(p.getErrorStream(), err);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("lectern " + String.join(" ", args) + " did not finish in 60 s");
        }
        t1.join();
        t2.join();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(to);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.start();
        return t;
    }
}
