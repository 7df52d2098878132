package dev.lectern.index;

import static dev.lectern.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
    @TempDir
    Path dir;

    @Test
    void firstRunAddsEverySecondRunChangesNothing() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        try (IndexTestSupport ix = new IndexTestSupport(lib, dir.resolve("index.db"))) {
            IndexReport first = ix.update();
            assertEquals(7, first.added()); // library, glossary, track, series, three essays
            IndexReport second = ix.update();
            assertFalse(second.changedAnything());
            assertEquals(7, second.unchanged());
        }
    }

    @Test
    void addedChangedAndDeletedEssaysArePickedUp() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        try (IndexTestSupport ix = new IndexTestSupport(lib, dir.resolve("index.db"))) {
            ix.update();
            write(lib, "essays/new.md", "---\ntitle: Brand New\n---\n# Brand New\n\nzeugma appears here.\n");
            write(lib, "essays/softmax.md", "---\ntitle: The Softmax Function\n---\n# The Softmax Function\n\nnow about quokkas\n");
            Files.setLastModifiedTime(lib.resolve("essays/softmax.md"), FileTime.fromMillis(1_000));
            Files.delete(lib.resolve("essays/kv-cache.md"));
            IndexReport r = ix.update();
            assertEquals(1, r.added());
            assertEquals(1, r.changed());
            assertEquals(1, r.removed());
            assertTrue(hits(ix, "zeugma") > 0);
            assertTrue(hits(ix, "quokkas") > 0);
            assertEquals(0, hits(ix, "exponentiates"));
            assertEquals(0, hits(ix, "\"kv cache\""));
        }
    }

    @Test
    void theGlossaryIsKeptInTheIndexAndFollowsEditsToGlossaryMd() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        try (IndexTestSupport ix = new IndexTestSupport(lib, dir.resolve("index.db"))) {
            ix.update();
            assertEquals(java.util.List.of("Softmax", "Logit"), ix.tables.glossary().stream().map(e -> e.term()).toList());
            assertEquals(java.util.List.of("softargmax"), ix.tables.glossary().get(0).aliases());
            write(lib, "glossary.md", "# Glossary\n\n## Perplexity\n\nThe exponential of the mean cross-entropy.\n");
            Files.setLastModifiedTime(lib.resolve("glossary.md"), FileTime.fromMillis(9_000));
            ix.update();
            assertEquals(java.util.List.of("Perplexity"), ix.tables.glossary().stream().map(e -> e.term()).toList());
            Files.delete(lib.resolve("glossary.md"));
            ix.update();
            assertTrue(ix.tables.glossary().isEmpty());
        }
    }

    @Test
    void touchedButUnchangedFileIsNotReindexed() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        try (IndexTestSupport ix = new IndexTestSupport(lib, dir.resolve("index.db"))) {
            ix.update();
            Files.setLastModifiedTime(lib.resolve("essays/softmax.md"), FileTime.fromMillis(5_000));
            IndexReport r = ix.update();
            assertEquals(0, r.changed());
            assertFalse(ix.update().changedAnything());
        }
    }

    @Test
    void essayProblemsAreKeptUntilTheFileChanges() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        write(lib, "essays/bad.md", "---\nlevel: expert\n---\n# Bad\n");
        try (IndexTestSupport ix = new IndexTestSupport(lib, dir.resolve("index.db"))) {
            assertEquals(1, ix.update().problems().size());
            assertEquals("essays/bad.md:2: level `expert` is not one of intro, intermediate, advanced",
                    ix.tables.problems().get(0).toString());
            write(lib, "essays/bad.md", "---\nlevel: intro\n---\n# Bad\n");
            Files.setLastModifiedTime(lib.resolve("essays/bad.md"), FileTime.fromMillis(9_000));
            ix.update();
            assertTrue(ix.tables.problems().isEmpty());
        }
    }

    @Test
    void aLargeRunPreparedOnOtherThreadsWritesInFileOrder() throws Exception {
        Path lib = Fixtures.library(dir.resolve("lib"));
        for (int i = 0; i < 100; i++) {
            write(lib, String.format("essays/many-%03d.md", i), "---\ntitle: Many " + i + "\n---\n# Many " + i
                    + "\n\nword" + i + " here.\n\n## Second\n\nmore text " + (i % 2 == 0 ? "even" : "odd") + "\n");
        }
        try (IndexTestSupport ix = new IndexTestSupport(lib, dir.resolve("index.db"))) {
            IndexReport r = ix.update();
            assertEquals(107, r.added());
            assertEquals(10, hits(ix, "even")); // the limit
            assertEquals(1, hits(ix, "word42"));
            try (var s = ix.connection.createStatement();
                 var rs = s.executeQuery("SELECT path FROM sections ORDER BY id")) {
                String prev = "";
                while (rs.next()) {
                    String p = rs.getString(1);
                    assertTrue(p.compareTo(prev) >= 0, p + " after " + prev);
                    prev = p;
                }
            }
            assertFalse(ix.update().changedAnything());
        }
    }

    private static int hits(IndexTestSupport ix, String q) throws Exception {
        SearchOutcome o = ix.searcher().search(q, 10);
        return o instanceof SearchOutcome.Hits h ? h.hits().size() : 0;
    }
}
