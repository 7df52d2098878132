package dev.lectern.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Bundled files read without the class loader give the same bytes as through it, and a missing one is null. */
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
}
