package dev.lectern.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import dev.lectern.app.Session;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight real lectern processes write study data at once (notes, bookmarks, marks; each a shell
 * running its commands one after another, every command on its own connection) while a reader
 * in this JVM keeps a Session open and reads notes the whole time. They start together on a data
 * folder with no study file yet, so they also race to create and migrate it. No "database is
 * locked" (or any other message) may reach a user, and every write that was made is there after.
 * {@code -Dlectern.reliability.rounds=N} repeats the whole run N times.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class ConcurrentWritersTest {
    static final int WRITERS = 8;
    static final int NOTES_EACH = 10;
    /** Every bookmark target of the fixture library: writers share them, so the same row races too. */
    static final List<String> TARGETS = List.of("softmax", "softmax#temperature", "softmax#numerical-stability",
            "gradient-descent", "gradient-descent#step-size", "kv-cache", "kv-cache#size");
    static final List<String> ESSAYS = List.of("softmax", "gradient-descent", "kv-cache");

    @TempDir
    Path dir;

    @Test
    void eightWritersAndAnOpenReaderLoseNothingAndNobodySeesALock() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        int rounds = Integer.getInteger("lectern.reliability.rounds", 1);
        for (int round = 0; round < rounds; round++) {
            Path data = dir.resolve("data-" + round);
            RealProcess lectern = new RealProcess(lib, data);
            // The index is built once first (`index` opens no study data, so study.db is still to come):
            // eight processes rebuilding one cache is another test's matter.
            assertEquals(0, lectern.run("index").code());
            assertTrue(!java.nio.file.Files.exists(data.resolve("study.db")));

            List<Process> writers = new ArrayList<>();
            List<String> scripts = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                StringBuilder script = new StringBuilder();
                for (int i = 0; i < NOTES_EACH; i++) {
                    script.append("note softmax \"writer ").append(w).append(" note ").append(i).append("\"\n");
                    if (i == 3) script.append("bookmark ").append(TARGETS.get(w % TARGETS.size())).append('\n');
                    if (i == 6) script.append("mark ").append(ESSAYS.get(w % ESSAYS.size())).append(" --read\n");
                }
                script.append("exit\n");
                scripts.add(script.toString());
                writers.add(lectern.start(false, "shell"));
            }
            for (int w = 0; w < WRITERS; w++) {
                try (var in = writers.get(w).getOutputStream()) {
                    in.write(scripts.get(w).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }

            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            AtomicReference<Throwable> readerFailure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                // Opened once the writers have created study.db, so that they race to create and migrate it.
                Path studyFile = data.resolve("study.db");
                while (!java.nio.file.Files.exists(studyFile) && !done.get()) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try (Session s = new Session(lib, data, Map.of("HOME", dir.toString()), Clock.systemUTC())) {
                    while (!done.get()) {
                        s.study().annotations().notes();
                        reads.incrementAndGet();
                        Thread.sleep(5);
                    }
                } catch (Throwable t) {
                    readerFailure.set(t);
                }
            }, "open-reader");
            reader.start();

            List<String> complaints = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                RealProcess.Result r = RealProcess.finish(writers.get(w), "shell");
                if (r.code() != 0 || !r.err().isBlank()) complaints.add("writer " + w + " (exit " + r.code() + "): " + r.err());
            }
            done.set(true);
            reader.join();
            assertTrue(complaints.isEmpty(), "nothing reaches the user:\n" + String.join("\n", complaints));
            if (readerFailure.get() != null) throw new AssertionError("the open reader failed", readerFailure.get());

            Path study = data.resolve("study.db");
            Set<String> notes = column(study, "SELECT text FROM notes");
            for (int w = 0; w < WRITERS; w++) {
                for (int i = 0; i < NOTES_EACH; i++) {
                    assertTrue(notes.contains("writer " + w + " note " + i), "lost: writer " + w + " note " + i);
                }
            }
            assertEquals(WRITERS * NOTES_EACH, notes.size());
            assertEquals(new TreeSet<>(TARGETS), column(study,
                    "SELECT slug || CASE anchor WHEN '' THEN '' ELSE '#' || anchor END FROM bookmarks"));
            assertEquals(new TreeSet<>(ESSAYS), column(study, "SELECT slug FROM essay_state WHERE read_at IS NOT NULL"));
            assertEquals(Set.of("ok"), column(study, "PRAGMA integrity_check"));
            System.out.printf("ConcurrentWritersTest round %d: %d writers, %d writes, all present; the reader read %d times%n",
                    round + 1, WRITERS, WRITERS * (NOTES_EACH + 2), reads.get());
            assertTrue(reads.get() > 0);
        }
    }

    private static Set<String> column(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet r = c.createStatement().executeQuery(sql)) {
            Set<String> out = new TreeSet<>();
            while (r.next()) out.add(r.getString(1));
            return out;
        }
    }
}
