package dev.lectern.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lectern.content.Library;
import dev.lectern.content.LibraryLoader;
import dev.lectern.store.DataPaths;
import java.nio.file.Path;
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
            assertEquals(fromFiles.problems(), served.problems());
        }
        // A second process finds the index up to date and serves the same library from it.
        try (LibraryIndex index = new LibraryIndex(root, paths)) {
            assertEquals(fromFiles.glossary(), index.library().glossary());
            assertEquals(fromFiles.essays(), index.library().essays());
        }
    }
}
