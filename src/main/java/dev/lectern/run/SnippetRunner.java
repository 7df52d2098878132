package dev.lectern.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one snippet and waits for it: the code is written to a fresh temporary directory that is
 * also the working directory, standard input is closed at once, the environment holds only what
 * an interpreter needs to start, each output stream is capped, and at the time limit (or the cap,
 * or when the calling thread is interrupted) the snippet is killed together with every process
 * it started. The directory is removed afterwards. Safe to use from several threads at once.
 */
public final class SnippetRunner {
    /** The most each of stdout and stderr may hold before the snippet is stopped. */
    public static final int OUTPUT_CAP = 64 * 1024;

    /** Variables passed through from lectern's own environment; everything else is dropped. */
    private static final List<String> PASSED_THROUGH = List.of("PATH", "USER", "LOGNAME", "JAVA_HOME",
            "PYENV_ROOT", "PYENV_VERSION", "SYSTEMROOT");

    private final Map<String, String> env;
    private final int outputCap;
    private final String setsid;

    public SnippetRunner() {
        this(System.getenv(), OUTPUT_CAP);
    }

    /** A runner that finds interpreters on {@code env}'s PATH and stops snippets at {@code outputCap} bytes. */
    public SnippetRunner(Map<String, String> env, int outputCap) {
        this.env = Map.copyOf(env);
        this.outputCap = outputCap;
        // Where setsid exists (Linux), each snippet leads its own process group, so background
        // processes it leaves behind can still be found and killed after it exits.
        this.setsid = Files.isDirectory(Path.of("/proc")) ? findOnPath("setsid").orElse(null) : null;
    }

    public RunResult run(Snippet snippet) {
        long start = System.nanoTime();
        if (snippet.language().isEmpty()) {
            return notRunnable(snippet, "lectern cannot run " + snippet.languageName() + " snippets (it runs "
                    + Language.accepted() + ")");
        }
        Language lang = snippet.language().get();
        Optional<String> interpreter = interpreter(lang);
        if (interpreter.isEmpty()) {
            return notRunnable(snippet, snippet.languageLabel() + " snippets need " + lang.installHint()
                    + ", which is not on PATH: install it, or run `lectern check --no-run`");
        }
        Path root = null;
        try {
            // root/work is the snippet's working directory; its output goes to files beside it.
            root = Files.createTempDirectory("lectern-snippet-");
            Path work = Files.createDirectory(root.resolve("work"));
            // A HOME of its own: nothing the snippet or its interpreter writes there outlives the
            // run, and nothing in the user's real home (a first-run notice, a stale config) can
            // change what it prints. Java's preferences folder exists already, or JShell reports
            // creating it on stderr the first time, which counts as failure.
            Path home = Files.createDirectory(root.resolve("home"));
            Files.createDirectories(home.resolve(".java").resolve(".userPrefs"));
            Path file = work.resolve(lang.fileName());
            Files.writeString(file, lang.source(snippet.code()), StandardCharsets.UTF_8);
            return execute(snippet, lang, interpreter.get(), root, work, file, start);
        } catch (IOException e) {
            return new RunResult(snippet, RunResult.Outcome.FAILED, "", "could not start: " + e.getMessage(), false, -1,
                    elapsed(start));
        } finally {
            if (root != null) deleteTree(root);
        }
    }

    /**
     * Output goes to files, not pipes: a background process the snippet leaves behind cannot hold
     * a pipe open, nothing written before exit can be lost, and the cap is checked by size.
     */
    private RunResult execute(Snippet snippet, Language lang, String interpreter, Path root, Path work, Path file,
                              long start) throws IOException {
        List<String> command = new ArrayList<>();
        if (setsid != null) {
            command.add(setsid);
            // Should setsid have to fork (when already a group leader), it still waits and passes on the status.
            command.add("--wait");
        }
        command.addAll(lang.command(interpreter, file.getFileName().toString(), root.resolve("home")));
        Path outFile = root.resolve("stdout");
        Path errFile = root.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment(work, root.resolve("home")));
        // A mark every process of this run inherits, even one that left the process group with
        // setsid and whose parent exited (a daemon): after the run, the marked ones are killed too.
        String mark = java.util.UUID.randomUUID().toString();
        pb.environment().put(ProcessGroups.MARK, mark);
        Process p = pb.start();
        p.getOutputStream().close(); // standard input: closed, so a snippet that reads gets end of file
        long deadline = start + snippet.timeout().toNanos();
        RunResult.Outcome stopped = null;
        try {
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                if (overCap(outFile) || overCap(errFile)) {
                    stopped = RunResult.Outcome.TOO_MUCH_OUTPUT;
                    break;
                }
                if (System.nanoTime() > deadline) {
                    stopped = RunResult.Outcome.TIMED_OUT;
                    break;
                }
            }
        } catch (InterruptedException e) {
            stopped = RunResult.Outcome.CANCELLED;
            Thread.currentThread().interrupt();
        }
        killTree(p, mark);
        boolean truncated = overCap(outFile) || overCap(errFile);
        if (stopped == null && truncated) stopped = RunResult.Outcome.TOO_MUCH_OUTPUT;
        String stdout = capped(outFile);
        String stderr = capped(errFile);
        int exit = stopped == null ? p.exitValue() : -1;
        RunResult.Outcome outcome;
        if (stopped != null) {
            outcome = stopped;
        } else if (exit != 0 || (lang.failsThroughStderr() && !stderr.isBlank())) {
            outcome = RunResult.Outcome.FAILED;
        } else if (snippet.expected().isEmpty()) {
            outcome = RunResult.Outcome.RAN;
        } else {
            outcome = OutputComparison.matches(snippet.expected().get(), stdout)
                    ? RunResult.Outcome.MATCHED : RunResult.Outcome.MISMATCHED;
        }
        return new RunResult(snippet, outcome, stdout, stderr, truncated, exit, elapsed(start));
    }

    private boolean overCap(Path f) {
        try {
            return Files.size(f) > outputCap;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first {@code outputCap} bytes of an output file, as text. */
    private String capped(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(outputCap), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Map<String, String> environment(Path dir, Path home) {
        Map<String, String> e = new HashMap<>();
        for (String k : PASSED_THROUGH) if (env.containsKey(k)) e.put(k, env.get(k));
        // pyenv's shims find their versions under ~/.pyenv unless told: keep them working.
        String realHome = env.get("HOME");
        if (!e.containsKey("PYENV_ROOT") && realHome != null && Files.isDirectory(Path.of(realHome, ".pyenv"))) {
            e.put("PYENV_ROOT", Path.of(realHome, ".pyenv").toString());
        }
        e.put("HOME", home.toString());
        e.putIfAbsent("PATH", "/usr/local/bin:/usr/bin:/bin");
        e.put("TMPDIR", dir.toString());
        e.put("LANG", "C.UTF-8");
        e.put("LC_ALL", "C.UTF-8");
        e.put("TERM", "dumb");
        e.put("NO_COLOR", "1");
        // The same output on every run: no hash randomisation, no bytecode files, UTF-8 pipes.
        e.put("PYTHONHASHSEED", "0");
        e.put("PYTHONDONTWRITEBYTECODE", "1");
        e.put("PYTHONIOENCODING", "utf-8");
        return e;
    }

    private Optional<String> interpreter(Language lang) {
        if (lang == Language.JAVA) {
            // The JDK running lectern has JShell; prefer it to whatever PATH finds.
            for (String home : new String[] {env.get("JAVA_HOME"), System.getProperty("java.home")}) {
                if (home == null) continue;
                Path j = Path.of(home, "bin", "jshell");
                if (Files.isExecutable(j)) return Optional.of(j.toString());
            }
        }
        for (String name : lang.interpreters()) {
            Optional<String> found = findOnPath(name);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private Optional<String> findOnPath(String name) {
        String path = env.getOrDefault("PATH", "");
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path candidate = Path.of(d, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate.toString());
        }
        return Optional.empty();
    }

    /**
     * Kills the process, everything it started that is still its descendant, and (on Linux)
     * everything left in its process group or carrying its run's {@code mark} in its environment:
     * background processes adopted by init, and daemons that called setsid. SIGKILL, so a snippet
     * that ignores SIGTERM is stopped all the same. Rounds repeat while any is found, so children
     * forked while their parents were being killed go too.
     */
    private void killTree(Process p, String mark) {
        List<ProcessHandle> kids = p.descendants().toList();
        kids.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        if (Files.isDirectory(Path.of("/proc"))) {
            for (int round = 0; round < 50; round++) {
                List<ProcessHandle> left = ProcessGroups.left(setsid != null ? p.pid() : -1, mark);
                if (left.isEmpty()) break;
                left.forEach(h -> {
                    h.descendants().forEach(ProcessHandle::destroyForcibly);
                    h.destroyForcibly();
                });
                sleep(10);
            }
        }
        try {
            p.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle k : kids) k.onExit().completeOnTimeout(k, 1, TimeUnit.SECONDS).join();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RunResult notRunnable(Snippet s, String message) {
        return new RunResult(s, RunResult.Outcome.NO_INTERPRETER, "", message, false, -1, Duration.ZERO);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // A file a killed process still held: the OS temp cleaner takes it later.
                }
            });
        } catch (IOException ignored) {
            // Already gone.
        }
    }
}
