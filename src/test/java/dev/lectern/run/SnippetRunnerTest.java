package dev.lectern.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Real interpreters in real processes: what a reader or an author sees when a snippet runs. */
class SnippetRunnerTest {
    private final SnippetRunner runner = new SnippetRunner();

    static Snippet snippet(String lang, String code, String expected, int timeoutSeconds) {
        return new Snippet("essay", "essays/essay.md", 1, lang, Language.named(lang), code, Optional.ofNullable(expected),
                10, expected == null ? 0 : 15, Duration.ofSeconds(timeoutSeconds));
    }

    static Snippet snippet(String lang, String code, String expected) {
        return snippet(lang, code, expected, 10);
    }

    @Test
    void pythonOutputThatMatchesTheExpectedOutputPassesIgnoringTrailingWhitespace() {
        RunResult r = runner.run(snippet("python", "print('a  ')\nprint(sum(range(5)))\nprint()\n", "a\n10\n"));
        assertEquals(RunResult.Outcome.MATCHED, r.outcome(), r.output());
        assertEquals("a  \n10\n\n", r.stdout());
        assertTrue(r.summary().startsWith("matches the expected output"), r.summary());
    }

    @Test
    void aMismatchNamesTheFirstDifferingLine() {
        RunResult r = runner.run(snippet("python", "print(1)\nprint(2)\nprint(3)\n", "1\n2\n4\n"));
        assertEquals(RunResult.Outcome.MISMATCHED, r.outcome());
        OutputComparison.Difference d = r.difference().orElseThrow();
        assertEquals(3, d.line());
        assertEquals("4", d.expected());
        assertEquals("3", d.actual());
        assertEquals("differs from the expected output at line 3", r.summary().split(" \u00b7 ")[0]);
    }

    @Test
    void aSnippetThatExitsWithAFailureStatusFailsAndKeepsItsErrorOutput() {
        RunResult r = runner.run(snippet("python", "import sys\nprint('half')\nraise SystemExit(3)\n", "half\n"));
        assertEquals(RunResult.Outcome.FAILED, r.outcome());
        assertEquals(3, r.exitCode());
        r = runner.run(snippet("python", "1/0\n", null));
        assertEquals(RunResult.Outcome.FAILED, r.outcome());
        assertTrue(r.stderr().contains("ZeroDivisionError"), r.stderr());
    }

    @Test
    void aTimedOutSnippetIsKilledWithItsChildrenAndOrphans() throws Exception {
        // A child still attached, and a grandchild orphaned by its exiting subshell (adopted by init).
        RunResult r = runner.run(snippet("sh", "sleep 300 &\necho $!\n( sleep 300 & echo $! )\nsleep 300\n", null, 1));
        assertEquals(RunResult.Outcome.TIMED_OUT, r.outcome());
        assertTrue(r.elapsed().toMillis() < 5000, "stopped near the limit, took " + r.elapsed());
        List<Long> pids = pids(r.stdout());
        assertEquals(2, pids.size(), r.stdout());
        for (long pid : pids) assertGone(pid);
        assertTrue(r.summary().startsWith("stopped at the time limit of 1 s"), r.summary());
    }

    @Test
    void backgroundProcessesLeftBehindByAFinishedSnippetAreKilled() throws Exception {
        RunResult r = runner.run(snippet("sh", "sleep 300 &\necho $!\n", null, 10));
        assertEquals(RunResult.Outcome.RAN, r.outcome(), r.output());
        assertTrue(r.elapsed().toMillis() < 5000, "did not wait for the background sleep: " + r.elapsed());
        assertGone(pids(r.stdout()).get(0));
    }

    @Test
    void outputOverTheCapStopsTheSnippetAndKeepsExactlyTheCap() {
        SnippetRunner small = new SnippetRunner(System.getenv(), 4096);
        RunResult r = small.run(snippet("python", "while True:\n    print('x' * 100)\n", null, 20));
        assertEquals(RunResult.Outcome.TOO_MUCH_OUTPUT, r.outcome());
        assertTrue(r.truncated());
        assertEquals(4096, r.stdout().length());
        assertTrue(r.elapsed().toMillis() < 5000, r.elapsed().toString());
        // The real cap is 64 KB.
        RunResult big = runner.run(snippet("python", "import sys\nsys.stdout.write('y' * 200000)\n", null));
        assertEquals(RunResult.Outcome.TOO_MUCH_OUTPUT, big.outcome());
        assertEquals(65536, big.stdout().length());
    }

    @Test
    void aMissingInterpreterIsAMessageNamingWhatToInstall() {
        SnippetRunner noPython = new SnippetRunner(Map.of("PATH", "/nonexistent"), SnippetRunner.OUTPUT_CAP);
        RunResult r = noPython.run(snippet("python", "print(1)\n", "1\n"));
        assertEquals(RunResult.Outcome.NO_INTERPRETER, r.outcome());
        assertEquals("python snippets need Python 3 (python3), which is not on PATH: install it,"
                + " or run `lectern check --no-run`", r.summary());
        RunResult ruby = runner.run(snippet("ruby", "puts 1\n", null));
        assertEquals(RunResult.Outcome.NO_INTERPRETER, ruby.outcome());
        assertTrue(ruby.summary().contains("cannot run ruby snippets"), ruby.summary());
    }

    @Test
    void standardInputIsClosedAndTheEnvironmentIsMinimal() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LECTERN_TEST_SECRET", "hunter2");
        RunResult r = new SnippetRunner(env, SnippetRunner.OUTPUT_CAP).run(snippet("python",
                "import os, sys\nprint(repr(sys.stdin.read()))\nprint('LECTERN_TEST_SECRET' in os.environ)\n"
                        + "print(os.environ['LC_ALL'])\n", "''\nFalse\nC.UTF-8\n"));
        assertEquals(RunResult.Outcome.MATCHED, r.outcome(), r.output());
    }

    @Test
    void eachRunHasAFreshWorkingDirectoryThatIsRemovedAfterwards() {
        String code = "import os\nprint(os.getcwd())\nprint(os.listdir('.'))\nopen('left-behind.txt', 'w').write('x')\n";
        RunResult a = runner.run(snippet("python", code, null));
        RunResult b = runner.run(snippet("python", code, null));
        String dirA = a.stdout().lines().findFirst().orElseThrow();
        String dirB = b.stdout().lines().findFirst().orElseThrow();
        assertFalse(dirA.equals(dirB));
        assertEquals("['snippet.py']", b.stdout().lines().skip(1).findFirst().orElseThrow());
        assertFalse(Files.exists(Path.of(dirA)));
        assertFalse(Files.exists(Path.of(dirB)));
    }

    @Test
    void onAMachineWhereJavaAndPythonNeverRanSnippetsStillPassWithAHomeOfTheirOwn() throws Exception {
        // A fresh CI runner: the user's HOME exists but is empty (no ~/.java/.userPrefs, no caches).
        Path emptyHome = Files.createTempDirectory("lectern-empty-home-");
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("HOME", emptyHome.toString());
            SnippetRunner fresh = new SnippetRunner(env, SnippetRunner.OUTPUT_CAP);
            RunResult java = fresh.run(snippet("java", "System.out.println(\"answer \" + (6 * 7));\n", "answer 42\n", 60));
            assertEquals(RunResult.Outcome.MATCHED, java.outcome(), java.output());
            assertEquals("", java.stderr().strip(), "JShell said something on stderr on a fresh machine");
            RunResult python = fresh.run(snippet("python",
                    "import os\nh = os.environ['HOME']\nprint(h != " + pyString(emptyHome.toString())
                            + ", os.path.isdir(h), os.access(h, os.W_OK))\nopen(os.path.join(h, 'x'), 'w').write('x')\n",
                    "True True True\n"));
            assertEquals(RunResult.Outcome.MATCHED, python.outcome(), python.output());
            try (var left = Files.list(emptyHome)) {
                assertEquals(0, left.count(), "a snippet wrote into the user's real HOME");
            }
        } finally {
            try (var walk = Files.walk(emptyHome)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void javaSnippetsRunInJShellAndAnExceptionIsAFailure() {
        RunResult ok = runner.run(snippet("java", "int x = 6 * 7;\nSystem.out.println(\"answer \" + x);\n", "answer 42\n", 60));
        assertEquals(RunResult.Outcome.MATCHED, ok.outcome(), ok.output());
        RunResult bad = runner.run(snippet("java", "throw new IllegalStateException(\"boom\");\n", null, 60));
        assertEquals(RunResult.Outcome.FAILED, bad.outcome(), bad.output());
        assertTrue(bad.stderr().contains("boom"), bad.stderr());
    }

    @Test
    void bashAndJavaScriptSnippetsRunWhenTheirInterpretersExist() {
        RunResult sh = runner.run(snippet("bash", "arr=(a b c)\necho ${#arr[@]}\n", "3\n"));
        assertEquals(RunResult.Outcome.MATCHED, sh.outcome(), sh.output());
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")) || Files.isExecutable(Path.of("/usr/local/bin/node")),
                "node is not installed");
        RunResult js = runner.run(snippet("js", "console.log([1,2,3].map(x => x * 2).join(' '))\n", "2 4 6\n"));
        assertEquals(RunResult.Outcome.MATCHED, js.outcome(), () -> "exit " + js.exitCode() + " after " + js.elapsed()
                + ", stdout [" + js.stdout() + "], stderr [" + js.stderr() + "]");
    }

    @Test
    void interruptingTheCallerCancelsTheRunAndKillsTheSnippet() throws Exception {
        AtomicReference<RunResult> result = new AtomicReference<>();
        Thread t = new Thread(() -> result.set(runner.run(snippet("sh", "echo $$\nsleep 300\n", null, 60))));
        t.start();
        Thread.sleep(700);
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertEquals(RunResult.Outcome.CANCELLED, result.get().outcome());
        assertEquals("cancelled", result.get().summary().split(" \u00b7 ")[0]);
        for (long pid : pids(result.get().stdout())) assertGone(pid);
    }

    private static List<Long> pids(String out) {
        List<Long> pids = new ArrayList<>();
        for (String l : out.split("\n")) if (l.strip().matches("\\d+")) pids.add(Long.parseLong(l.strip()));
        return pids;
    }

    private static void assertGone(long pid) throws InterruptedException {
        // Killed processes may take a moment to disappear; a live one would still be there after 3 s.
        for (int i = 0; i < 60; i++) {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive() || zombie(pid)) return;
            Thread.sleep(50);
        }
        throw new AssertionError("process " + pid + " is still running");
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (Exception e) {
            return true;
        }
    }
}
