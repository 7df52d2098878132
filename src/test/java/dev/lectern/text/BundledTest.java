package dev.lectern.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundled files read without the class loader give the same bytes as through it, a missing one is
 * null, and the folder of copies the installed launcher names is read first, with the jar behind it.
 */
class BundledTest {
    @Test
    void aBundledFileReadsTheSameAsThroughTheClassLoader() throws Exception {
        String name = "dev/lectern/glyphs/unicode.properties";
        byte[] direct;
        try (InputStream in = Bundled.open(name)) {
            assertNotNull(in);
            direct = in.readAllBytes();
        }
        try (InputStream in = BundledTest.class.getClassLoader().getResourceAsStream(name)) {
            assertArrayEquals(in.readAllBytes(), direct);
        }
    }

    @Test
    void aFileThatIsNotThereIsNull() throws Exception {
        assertNull(Bundled.open("dev/lectern/themes/no-such-theme.properties"));
    }

    @Test
    void theInstalledFolderOfCopiesIsReadFirstAndTheJarStillAnswersForWhatItLacks(@TempDir Path dir) throws Exception {
        String name = "dev/lectern/glyphs/ascii.properties";
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), "from the folder\n");
        String before = System.getProperty(Bundled.FOLDER_PROPERTY);
        System.setProperty(Bundled.FOLDER_PROPERTY, dir.toString());
        try {
            try (InputStream in = Bundled.open(name)) {
                assertEquals("from the folder\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            try (InputStream in = Bundled.open("dev/lectern/glyphs/unicode.properties")) {
                assertNotNull(in, "a file the folder lacks is read from the jar");
            }
        } finally {
            if (before == null) System.clearProperty(Bundled.FOLDER_PROPERTY);
            else System.setProperty(Bundled.FOLDER_PROPERTY, before);
        }
    }
}
