package dev.lectern.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.run.Language;
import dev.lectern.run.RunResult;
import dev.lectern.run.Snippet;
import dev.lectern.run.SnippetRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, snippet abuse: snippets that fork 200 sleeping children, print without end, leave a
 * double-forked daemon in a session of its own, read stdin for ever, or ignore SIGTERM. Each is
 * stopped at its time limit (2 s here) or its output cap, with the whole tree gone (every process
 * whose command line carries the test's marker is looked for in /proc), its output capped, and a
 * message that says what happened.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class SnippetAbuseTest {
    private final SnippetRunner runner = new SnippetRunner();

    @BeforeAll
    static void linuxWithProc() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc to find escaped processes");
    }

    private static Snippet sh(String code) {
        return new Snippet("abuse", "essays/abuse.md", 1, "sh", Language.named("sh"), code, Optional.empty(), 1, 0,
                Duration.ofSeconds(2));
    }

    /** A sleep whose command line names this test run: {@code sleep 3000.NNNN}. */
    private static String marker() {
        return "3000." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    private static long alive(String marker) throws IOException {
        long n = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    String stat = Files.readString(p.resolve("stat"));
                    boolean zombie = stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
                    if (cmd.contains(marker) && !zombie) n++;
                } catch (IOException | RuntimeException gone) {
                    // exited while we looked
                }
            }
        }
        return n;
    }

    private static void allGone(String marker, RunResult r) throws Exception {
        long left = 0;
        for (int i = 0; i < 50; i++) { // a little grace: the kernel reaps asynchronously
            left = alive(marker);
            if (left == 0) break;
            Thread.sleep(20);
        }
        assertEquals(0, left, "processes left running after: " + r.summary());
    }

    @Test
    void twoHundredForkedChildrenAreAllKilledAtTheTimeLimit() throws Exception {
        String m = marker();
        RunResult r = runner.run(sh("i=0; while [ $i -lt 200 ]; do sleep " + m + " & i=$((i+1)); done; echo forked; wait\n"));
        assertEquals(RunResult.Outcome.TIMED_OUT, r.outcome(), r.output());
        assertTrue(r.summary().startsWith("stopped at the time limit of 2 s"), r.summary());
        allGone(m, r);
    }

    @Test
    void endlessOutputIsCutAtTheCapAndStopped() throws Exception {
        RunResult r = runner.run(sh("yes 'a line of output that never ends'\n"));
        assertEquals(RunResult.Outcome.TOO_MUCH_OUTPUT, r.outcome());
        assertTrue(r.truncated());
        assertTrue(r.stdout().length() <= SnippetRunner.OUTPUT_CAP, "kept " + r.stdout().length());
        assertTrue(r.elapsed().toMillis() < 5000, "stopped soon: " + r.elapsed());
        assertTrue(r.summary().contains("printed more than 64 KB"), r.summary());
    }

    @Test
    void aDoubleForkedDaemonInItsOwnSessionIsKilled() throws Exception {
        String m = marker();
        // setsid: a new session and group; the subshell exits at once, so init adopts the sleep.
        RunResult r = runner.run(sh("( setsid sh -c 'sleep " + m + "' & ) ; ( nohup sleep " + m + " >/dev/null 2>&1 & ) ; echo started\n"));
        assertEquals(RunResult.Outcome.RAN, r.outcome(), r.output());
        allGone(m, r);
    }

    @Test
    void aSnippetReadingStdinGetsEndOfFileAtOnce() {
        RunResult r = runner.run(sh("while read line; do echo got; done; echo eof\ncat\necho done\n"));
        assertEquals(RunResult.Outcome.RAN, r.outcome(), r.output());
        assertEquals(List.of("eof", "done"), r.stdout().lines().toList());
    }

    @Test
    void aSnippetIgnoringSigtermIsKilledAtTheTimeLimitWithItsChildren() throws Exception {
        String m = marker();
        RunResult r = runner.run(sh("trap '' TERM; sh -c \"trap '' TERM; sleep " + m + "\" & trap '' TERM; sleep " + m + "\n"));
        assertEquals(RunResult.Outcome.TIMED_OUT, r.outcome(), r.output());
        assertTrue(r.elapsed().toMillis() < 6000, "stopped near the limit: " + r.elapsed());
        allGone(m, r);
    }
}
