package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The fast path's option list is the one the annotations declare, written by the build, never by hand. */
class DeclaredOptionsTest {
    @Test
    void theBuildsIndexSaysWhatTheAnnotationsSay() throws Exception {
        Properties p = new Properties();
        try (InputStream in = DeclaredOptions.class.getResourceAsStream(DeclaredOptions.INDEX)) {
            assertNotNull(in, "the build's process-classes step writes " + DeclaredOptions.INDEX);
            p.load(in);
        }
        Map<String, String> indexed = new TreeMap<>();
        for (String k : p.stringPropertyNames()) indexed.put(k, p.getProperty(k));
        assertEquals(DeclaredOptions.index(), indexed);
        assertEquals("limit value", indexed.get("SearchCommand.-n"));
        assertEquals("noColor flag", indexed.get("LecternCommand.--no-color"));
        assertEquals("words 1", indexed.get("DefineCommand.@words"));
    }

    @Test
    void readingTheIndexAndReadingTheAnnotationsGiveTheSameOptions() {
        for (Class<?> type : DeclaredOptions.QUICK) {
            DeclaredOptions fast = DeclaredOptions.of(type);
            DeclaredOptions slow = DeclaredOptions.fromAnnotations(type);
            for (String name : new String[] {"--library", "--data-dir", "--theme", "--width", "--no-color", "-n", "--limit",
                    "--json", "--short", "--level", "--series", "--tag", "--track", "--sort", "--help", "-x"}) {
                assertEquals(slow.field(name), fast.field(name), type.getSimpleName() + " " + name);
                assertEquals(slow.isFlag(name), fast.isFlag(name), type.getSimpleName() + " " + name);
            }
            assertEquals(slow.words(), fast.words(), type.getSimpleName());
            assertEquals(slow.needsWords(), fast.needsWords(), type.getSimpleName());
        }
    }

    @Test
    void aFlagTakesNoValueAndAnUndeclaredOptionIsNotThere() {
        DeclaredOptions root = DeclaredOptions.of(LecternCommand.class);
        assertTrue(root.isFlag("--no-color"));
        assertTrue(root.takesValue("--width"));
        assertNull(root.field("--json"));
        assertNull(DeclaredOptions.of(ListCommand.class).words());
    }
}
