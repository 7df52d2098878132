package dev.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rule for how a theme's colours and attributes come out, whatever the terminal can show. */
class PaintTest {
    @TempDir
    Path tmp;

    private Theme theme(String lines) throws Exception {
        Path f = tmp.resolve("theme.properties");
        Files.writeString(f, lines);
        List<String> problems = new ArrayList<>();
        Theme t = Theme.builtIn("dark").withOverrides(f, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        return t;
    }

    @Test
    void aTrueColourIsKeptOnATrueColourTerminalAndBroughtDownOnOthers() throws Exception {
        Theme t = theme("heading = #ff8700 bold\n");
        Style h = Style.of(Role.HEADING);
        assertEquals(Paint.RGB | 0xff8700, Paint.of(t, h, 16777216).fg());
        assertEquals(208, Paint.of(t, h, 256).fg(), "the nearest of the 256");
        int basic = Paint.of(t, h, 16).fg();
        assertTrue(basic >= 0 && basic < 16, "one of the 16: " + basic);
        assertTrue(Paint.of(t, h, 256).bold());
        assertEquals("1;38;5;208", new AnsiWriter(t, 256, false).sgr(h));
        assertEquals("1;38;2;255;135;0", new AnsiWriter(t, 16777216, false).sgr(h));
    }

    @Test
    void dimAndTheStylesOwnAttributesComeThroughAndMonoHasNoColour() throws Exception {
        Theme t = theme("muted = default dim\n");
        Paint p = Paint.of(t, Style.of(Role.MUTED).reverse(), 256);
        assertTrue(p.dim() && p.reverse());
        assertEquals(-1, p.fg());
        assertEquals("2;7", new AnsiWriter(t, 256, false).sgr(Style.of(Role.MUTED).reverse()));
        Paint mono = Paint.of(Theme.builtIn("mono"), Style.of(Role.HEADING), 16777216);
        assertEquals(-1, mono.fg());
        assertFalse(mono.isRgb());
    }
}
