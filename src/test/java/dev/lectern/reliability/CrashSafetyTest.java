package dev.lectern.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills lectern with SIGKILL at random moments, over and over, on a generated library of 2,000
 * files: while {@code index --rebuild} runs (one time in four with no index at all, so the kill
 * lands in a first build), and while a {@code lectern shell} makes study writes one after another
 * (mark, note, bookmark, import, review). After every kill both SQLite files pass {@code PRAGMA
 * integrity_check} and every write lectern acknowledged before it died is in study.db; after a
 * rebuild is killed, the next {@code lectern search} exits 0 with results and leaves the index
 * whole, by itself.
 *
 * <p>Two lanes run side by side, each with its own data folder over the one library, to use both
 * cores of a CI machine. {@code -Dlectern.crash.kills=N} sets how many kills in all (100 by
 * default; a long run takes thousands), {@code -Dlectern.crash.seed=S} the random moments.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("lectern.crash.kills", 100);
    private static final long SEED = Long.getLong("lectern.crash.seed", 14L);
    private static final int LANES = 2;
    private static final int LIBRARY_FILES = 2000;
    /** Writes timed before the kills: the shell's kill is spread over the time they take. */
    private static final int WRITES_TIMED = 8;
    /** Writes handed to each shell that is killed: more than it makes before its kill. */
    private static final int WRITES_PER_SHELL = 40;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsBothFilesStayWholeNoAcknowledgedWriteIsLostAndTheIndexRecovers() throws Exception {
        long started = System.nanoTime();
        GeneratedLibrary library = GeneratedLibrary.write(dir.resolve("library"), LIBRARY_FILES, SEED);
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        List<Future<Lane>> lanes = new ArrayList<>();
        try {
            for (int i = 0; i < LANES; i++) {
                Lane lane = new Lane(library, dir.resolve("lane-" + i), new Random(SEED + i), (KILLS + LANES - 1) / LANES);
                lanes.add(pool.submit(() -> lane.run()));
            }
            int kills = 0;
            int rebuildKills = 0;
            int ended = 0;
            int acknowledged = 0;
            for (Future<Lane> f : lanes) {
                Lane l = f.get();
                kills += l.rebuilds.killed + l.writers.killed;
                rebuildKills += l.rebuilds.killed;
                ended += l.rebuilds.finished + l.writers.finished;
                acknowledged += l.acknowledged.size();
            }
            System.out.printf("crash safety: %d kills (%d during index --rebuild, %d during study writes; %d runs"
                            + " ended before their kill), %d acknowledged writes, 0 lost, both files whole after each;"
                            + " %d s; seed %d%n", kills, rebuildKills, kills - rebuildKills, ended, acknowledged,
                    (System.nanoTime() - started) / 1_000_000_000, SEED);
            assertTrue(kills >= KILLS, "only " + kills + " kills");
        } finally {
            pool.shutdownNow();
        }
    }

    /** One data folder killed again and again: the rounds of one thread. */
    private static final class Lane {
        final GeneratedLibrary library;
        final Path work;
        final Random random;
        final int kills;
        final List<StudyWrites.Write> acknowledged = new ArrayList<>();
        final Tally rebuilds = new Tally();
        final Tally writers = new Tally();

        Lane(GeneratedLibrary library, Path work, Random random, int kills) {
            this.library = library;
            this.work = work;
            this.random = random;
            this.kills = kills;
        }

        Lane run() throws Exception {
            Launcher lectern = Launcher.over(library.root(), work);
            StudyWrites writes = new StudyWrites(library, work.resolve("imports"));
            // Unkilled runs first, to know how long each takes: the kills are spread over that time.
            long t0 = System.nanoTime();
            Launcher.Running.Ended built = lectern.run("index", "--rebuild");
            assertEquals(0, built.code(), built.err());
            int rebuildMillis = millisSince(t0);
            t0 = System.nanoTime();
            List<StudyWrites.Write> sample = writes.next(WRITES_TIMED);
            Launcher.Running.Ended shell = shell(lectern, sample).awaitEnd(120);
            assertEquals(0, shell.code(), shell.err());
            assertEquals(sample, StudyWrites.acknowledged(sample, shell.out()), shell.text());
            acknowledged.addAll(sample);
            int shellMillis = millisSince(t0);

            for (int round = 0; rebuilds.killed + writers.killed < kills && round < 3 * kills; round++) {
                // A kill while the index is rebuilt; then the next command must find it whole.
                if (round % 4 == 3) deleteRecursively(lectern.dataDir().resolve("cache"));
                Launcher.Running rebuild = lectern.start("index", "--rebuild");
                rebuild.process().getOutputStream().close();
                int at = random.nextInt(rebuildMillis);
                Thread.sleep(at);
                rebuilds.count(rebuild.kill(), "index --rebuild");
                String when = work.getFileName() + " round " + round + ", index --rebuild killed at " + at + " ms";
                assertBothFilesWhole(lectern, when);
                assertNoneLost(lectern, when);
                Launcher.Running.Ended search = lectern.run("search", GeneratedLibrary.RARE_WORD);
                assertEquals(0, search.code(), when + ": the next search failed: " + search.err());
                assertTrue(search.text().contains(GeneratedLibrary.slug(7) + "#"), when + ": " + search.text());
                assertIndexComplete(lectern, when);

                // A kill while a shell makes study writes one after another.
                List<StudyWrites.Write> sent = writes.next(WRITES_PER_SHELL);
                Launcher.Running writer = shell(lectern, sent);
                at = random.nextInt(shellMillis);
                Thread.sleep(at);
                Launcher.Running.Ended w = writer.kill();
                writers.count(w, "shell");
                acknowledged.addAll(StudyWrites.acknowledged(sent, w.out()));
                when = work.getFileName() + " round " + round + ", shell killed at " + at + " ms";
                assertBothFilesWhole(lectern, when);
                assertNoneLost(lectern, when);
            }
            return this;
        }

        private void assertNoneLost(Launcher lectern, String when) throws Exception {
            try (Connection c = SqliteFiles.open(lectern.studyFile())) {
                assertEquals(List.of(), StudyWrites.missing(c, acknowledged), when + ": acknowledged writes lost");
            }
        }

        private void assertIndexComplete(Launcher lectern, String when) throws Exception {
            List<Path> files = lectern.indexFiles();
            assertEquals(1, files.size(), when + ": index files " + files);
            try (Connection c = SqliteFiles.open(files.get(0))) {
                assertEquals(library.essays(), StudyWrites.count(c, "SELECT count(*) FROM documents"),
                        when + ": essays in the index");
            }
        }
    }

    /** A shell with {@code writes} typed into it and its input then closed. */
    private static Launcher.Running shell(Launcher lectern, List<StudyWrites.Write> writes) throws Exception {
        Launcher.Running r = lectern.start("shell");
        StringBuilder input = new StringBuilder();
        for (StudyWrites.Write w : writes) input.append(w.input());
        r.type(input.toString());
        r.process().getOutputStream().close();
        return r;
    }

    private static void assertBothFilesWhole(Launcher lectern, String when) throws Exception {
        assertEquals("ok", SqliteFiles.integrity(lectern.studyFile()), when + ": study.db");
        for (Path index : lectern.indexFiles()) assertEquals("ok", SqliteFiles.integrity(index), when + ": " + index);
    }

    private static int millisSince(long t0) {
        return (int) ((System.nanoTime() - t0) / 1_000_000);
    }

    private static void deleteRecursively(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    /** Kills that landed while the process ran, and runs that ended first (which must have succeeded). */
    private static final class Tally {
        int killed;
        int finished;

        void count(Launcher.Running.Ended e, String what) {
            if (e.killed()) {
                killed++;
            } else {
                assertEquals(0, e.code(), what + " ended by itself but failed: " + e.err());
                finished++;
            }
        }
    }
}
