package dev.lectern.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts lectern as real processes over one library and one data folder, as a user's shell would
 * (the test's class path, so the code under test and not an installed jar). The SQLite native
 * library is extracted once into the work folder and handed to every process, which saves the
 * driver's copy of it on each start; the code run is the same.
 */
final class Launcher {
    private final Path library;
    private final Path dataDir;
    private final Path home;
    private final Path nativeDir;

    private Launcher(Path library, Path dataDir, Path home, Path nativeDir) {
        this.library = library;
        this.dataDir = dataDir;
        this.home = home;
        this.nativeDir = nativeDir;
    }

    /** A launcher for {@code library} with its data (index and study.db) under {@code work/data}. */
    static Launcher over(Path library, Path work) throws IOException {
        Path home = Files.createDirectories(work.resolve("home"));
        return new Launcher(library, work.resolve("data"), home, extractSqliteNative(work.resolve("native")));
    }

    Path dataDir() {
        return dataDir;
    }

    Path studyFile() {
        return dataDir.resolve("study.db");
    }

    /** The index file(s) in the cache folder; one while a single library is used. */
    List<Path> indexFiles() throws IOException {
        Path cache = dataDir.resolve("cache");
        if (!Files.isDirectory(cache)) return List.of();
        try (var s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().matches("index-.*\\.db")).sorted().toList();
        }
    }

    /** The command line of {@code lectern ARGS}. */
    List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Collections.addAll(cmd, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
        if (nativeDir != null) {
            cmd.add("-Dorg.sqlite.lib.path=" + nativeDir);
            cmd.add("-Dorg.sqlite.lib.name=" + System.mapLibraryName("sqlitejdbc"));
        }
        Collections.addAll(cmd, "-cp", System.getProperty("java.class.path"), "dev.lectern.cli.Main",
                "--library", library.toString(), "--data-dir", dataDir.toString(), "--no-color", "--width", "80");
        Collections.addAll(cmd, args);
        return cmd;
    }

    /** Starts {@code lectern ARGS} with stdin a pipe and stdout/stderr read into a {@link Running}. */
    Running start(String... args) throws IOException {
        return start(command(args));
    }

    Running start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("COLUMNS");
        pb.environment().remove("LECTERN_LIBRARY");
        pb.environment().put("HOME", home.toString());
        pb.environment().put("TERM", "dumb");
        pb.environment().put("LANG", "C.UTF-8");
        return new Running(pb.start());
    }

    /** Runs {@code lectern ARGS} to its end (60 s at most) with no input. */
    Running.Ended run(String... args) throws Exception {
        Running r = start(args);
        r.process().getOutputStream().close();
        return r.awaitEnd(60);
    }

    /**
     * Copies the driver's native library for this platform out of its jar, or returns null (the
     * driver then extracts it itself) when the jar has none for this platform.
     */
    private static Path extractSqliteNative(Path dir) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            Files.createDirectories(dir);
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            return dir;
        }
    }

    /** A started lectern process whose output lines are collected as they come. */
    static final class Running {
        private final Process process;
        private final List<String> out = Collections.synchronizedList(new ArrayList<>());
        private final StringBuffer err = new StringBuffer();
        private final Thread outPump;
        private final Thread errPump;

        Running(Process process) {
            this.process = process;
            this.outPump = pump(process.getInputStream(), out::add);
            this.errPump = pump(process.getErrorStream(), l -> err.append(l).append('\n'));
        }

        Process process() {
            return process;
        }

        /** The output lines read so far. */
        List<String> lines() {
            synchronized (out) {
                return List.copyOf(out);
            }
        }

        /** Writes {@code text} to the process's stdin. */
        void type(String text) throws IOException {
            process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        /** Sends SIGKILL, then waits for the process and its output to end. */
        Ended kill() throws Exception {
            process.destroyForcibly();
            return awaitEnd(30);
        }

        Ended awaitEnd(int seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("lectern did not end within " + seconds + " s; output: " + lines() + " " + err);
            }
            outPump.join(10_000);
            errPump.join(10_000);
            return new Ended(process.exitValue(), lines(), err.toString());
        }

        private static Thread pump(InputStream in, java.util.function.Consumer<String> sink) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) sink.accept(l);
                } catch (IOException ignored) {
                    // the process was killed mid-line
                }
            }, "lectern-output");
            t.setDaemon(true);
            t.start();
            return t;
        }

        /** How a process ended: its exit code (137 after SIGKILL) and everything it printed. */
        record Ended(int code, List<String> out, String err) {
            static final int KILLED = 128 + 9;

            boolean killed() {
                return code == KILLED;
            }

            String text() {
                return String.join("\n", out);
            }
        }
    }
}
