package dev.lectern.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lectern.content.Library;
import dev.lectern.content.LibraryLoader;
import dev.lectern.store.DataPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as the index serves it is the library as its files say. */
class LibraryIndexTest {
    @TempDir
    Path dir;

    @Test
    void theBundledLibraryFromTheIndexEqualsTheOneReadFromItsFiles() throws Exception {
        Path root = Path.of("content").toAbsolutePath();
        DataPaths paths = DataPaths.resolve(dir, Map.of());
        Library fromFiles = LibraryLoader.load(root);
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            Library served = index.library();
            assertFalse(served.glossary().isEmpty());
            assertEquals(fromFiles.glossary(), served.glossary());
            assertEquals(fromFiles.essays(), served.essays());
            assertEquals(fromFiles.tracks(), served.tracks());
            assertEquals(fromFiles.series(), served.series());
            assertEquals(fromFiles.info(), served.info());
            assertEquals(fromFiles.problems(), served.problems());
        }
        // A second process finds the index up to date and serves the same library from it.
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            assertEquals(fromFiles.glossary(), index.library().glossary());
            assertEquals(fromFiles.essays(), index.library().essays());
            assertEquals(fromFiles.tracks(), index.library().tracks());
            assertEquals(fromFiles.series(), index.library().series());
            assertEquals(fromFiles.info(), index.library().info());
        }
    }

    @Test
    void tracksSeriesAndTheLibraryPageComeFromTheIndexWithTheirProblemsAndFollowTheirFiles() throws Exception {
        Path root = Files.createDirectories(dir.resolve("lib"));
        write(root.resolve("library.md"), "---\nid: small\ntitle: A Small Library\ntracks: [first, missing]\n---\n\nAbout it.\n");
        write(root.resolve("essays/one.md"), "---\ntitle: One\nseries: basics\n---\n\n# One\n\nText.\n");
        write(root.resolve("series/basics.md"), "---\ntitle: Basics\ndek: The start.\n---\n\nIntroduction.\n");
        Path track = root.resolve("tracks/first.md");
        write(track, "---\ntitle: First\nessays: [one, nowhere]\n---\n\nRead these.\n");
        write(root.resolve("tracks/broken.md"), "---\ntitle: [unclosed\n---\n\nNo essays here.\n");
        DataPaths paths = DataPaths.resolve(dir.resolve("data"), Map.of());
        Library fromFiles = LibraryLoader.load(root);
        assertFalse(fromFiles.problems().isEmpty(), "the broken track and the missing names are problems");
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            index.library();
        }
        // The index is up to date: a second process serves the same records and problems from it.
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            Library served = index.library();
            assertEquals(fromFiles.tracks(), served.tracks());
            assertEquals(fromFiles.series(), served.series());
            assertEquals(fromFiles.info(), served.info());
            assertEquals(fromFiles.problems(), served.problems());
        }
        // Served from the index, not re-read: the same size and time keep the indexed track...
        FileTime time = Files.getLastModifiedTime(track);
        write(track, "---\ntitle: Xxxxx\nessays: [one, nowhere]\n---\n\nRead these.\n");
        Files.setLastModifiedTime(track, time);
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            assertEquals("First", index.library().track("first").orElseThrow().title());
        }
        // ...and a real change is indexed and served.
        write(track, "---\ntitle: The First Track\nessays: [one]\n---\n\nRead this.\n");
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            assertEquals("The First Track", index.library().track("first").orElseThrow().title());
            assertEquals(LibraryLoader.load(root).problems(), index.library().problems());
        }
    }

    @Test
    void theGlossaryIsReadFromTheIndexOnlyWhenFirstAskedFor() throws Exception {
        Path root = Path.of("content").toAbsolutePath();
        try (LibraryIndex index = new LibraryIndex(root, DataPaths.resolve(dir, Map.of()))) {
            Library served = index.library();
            try (java.sql.Statement s = index.index().connection().createStatement()) {
                s.executeUpdate("UPDATE glossary SET term = 'Read late' WHERE ordinal = (SELECT MIN(ordinal) FROM glossary)");
            }
            assertEquals("Read late", served.glossary().get(0).term(), "the glossary was read with the library");
        }
    }

    @Test
    void anEssayFoundInTheIndexIsTheOneTheLoadedLibraryGivesForEverySlugAndAlias() throws Exception {
        Path root = Files.createDirectories(dir.resolve("dup"));
        write(root.resolve("essays/a/same.md"), "---\ntitle: First Same\naliases: [other, shared]\n---\n\nText.\n");
        write(root.resolve("essays/b/same.md"), "---\ntitle: Second Same\naliases: [only-here]\n---\n\nText.\n");
        write(root.resolve("essays/other.md"), "---\ntitle: Other\naliases: [shared]\n---\n\nText.\n");
        for (Path lib : List.of(Path.of("content").toAbsolutePath(), root)) {
            DataPaths paths = DataPaths.resolve(dir.resolve("data-" + lib.getFileName()), Map.of());
            Library loaded;
            try (LibraryIndex index = new LibraryIndex(lib, paths)) {
                loaded = index.library();
            }
            List<String> names = new java.util.ArrayList<>(List.of("same", "other", "shared", "only-here", "nowhere"));
            for (dev.lectern.content.Essay e : loaded.essays()) {
                names.add(e.slug());
                names.addAll(e.aliases());
            }
            try (LibraryIndex index = new LibraryIndex(lib, paths)) {
                for (String n : names) assertEquals(loaded.essay(n), index.essay(n), lib.getFileName() + ": " + n);
            }
        }
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
