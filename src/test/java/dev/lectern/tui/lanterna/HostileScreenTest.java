package dev.lectern.tui.lanterna;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.HostileLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, hostile content, in the full-screen reader on a virtual terminal: home, the library,
 * every essay of {@link HostileLibrary} (opened and paged), the glossary and a search, at a small
 * and a large size. No screen holds a control character, an escape or a bidi override from the
 * content, and the program never fails.
 */
@Tag("reliability") // the slow suite of docs/RELIABILITY.md: .ci/run and `mvn verify -Preliability` run it
class HostileScreenTest {
    @TempDir
    Path tmp;

    private static boolean foreign(int c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    private static void clean(String where, VirtualScreen s) {
        List<String> bad = new ArrayList<>();
        String[] rows = s.text().split("\n");
        for (int y = 0; y < rows.length; y++) {
            for (char c : rows[y].toCharArray()) {
                if (foreign(c)) {
                    bad.add("row " + y + ": U+" + String.format("%04X", (int) c));
                    break;
                }
            }
        }
        assertTrue(bad.isEmpty(), where + ": " + bad + "\n" + s.text().replaceAll("[\\x00-\\x1f\\x7f-\\x9f]", "?"));
        assertNull(s.failure.get(), where + ": the program failed");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "200, 60"})
    void everyScreenOfAHostileLibraryShowsNoForeignCharacter(int width, int height) throws Exception {
        Path lib = HostileLibrary.write(tmp.resolve("lib"));
        try (VirtualScreen s = new VirtualScreen(lib, tmp.resolve("data"), width, height)) {
            s.waitFor("Tracks").settle();
            clean("home", s);
            s.keys("e").waitFor("Wide table").settle();
            clean("library", s);
            int essays = 8; // bad-utf8, controls, deep-quote, java, laughs, long-line, math-bomb, wide-table
            for (int i = 0; i < essays; i++) {
                s.keys("g");
                for (int k = 0; k < i; k++) s.keys("j");
                s.keys("Enter").settle();
                clean("essay " + i, s);
                s.keys("Space", "Space", "Space", "G").settle();
                clean("essay " + i + " paged", s);
                s.keys("q").settle();
            }
            s.keys("w").settle();
            clean("glossary", s);
            s.keys("q", "s").type("needle").waitFor("needle").settle();
            clean("search", s);
            s.keys("Esc").settle();
            s.quit();
        }
    }
}
