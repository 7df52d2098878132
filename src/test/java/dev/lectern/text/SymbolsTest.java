package dev.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The two glyph sets in the jar: the same names, ASCII really seven-bit, every accessor answered. */
class SymbolsTest {
    @Test
    void bothGlyphSetsNameTheSameGlyphs() {
        assertEquals(Symbols.of(true).names(), Symbols.of(false).names());
        assertFalse(Symbols.of(true).names().isEmpty());
    }

    @Test
    void theAsciiSetIsSevenBitPrintableAndTheUnicodeSetDiffers() {
        for (String name : Symbols.of(false).names()) {
            String g = Symbols.of(false).get(name);
            assertFalse(g.isEmpty(), name);
            assertTrue(g.chars().allMatch(c -> c >= 0x20 && c < 0x7f), name + " = " + g);
        }
        assertEquals("\u2022", Symbols.of(true).bullet());
        assertEquals("*", Symbols.of(false).bullet());
    }

    @Test
    void everyNamedAccessorFindsItsGlyphInBothSets() throws Exception {
        int asked = 0;
        for (Method m : Symbols.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
                    || m.getReturnType() != String.class || m.getName().equals("name") || m.getName().equals("toString")) {
                continue;
            }
            for (Symbols s : new Symbols[] {Symbols.of(true), Symbols.of(false)}) {
                assertFalse(((String) m.invoke(s)).isEmpty(), s.name() + "." + m.getName());
            }
            asked++;
        }
        assertTrue(asked >= 25, "accessors found: " + asked);
        for (String kind : new String[] {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"}) {
            assertEquals("!", Symbols.of(false).alert(kind));
            assertFalse(Symbols.of(true).alert(kind).isEmpty());
        }
        assertEquals(11, Symbols.of(true).tableFrame().length);
        assertEquals(11, Symbols.of(false).tableFrame().length);
        assertEquals("\ud83d\uddbc", Symbols.of(true).image());
    }

    @Test
    void aProgressBarFillsItsShareOfCells() {
        assertEquals("\u2588\u2588\u2591\u2591", Symbols.of(true).bar(1, 2, 4));
        assertEquals("....", Symbols.of(false).bar(0, 0, 4));
    }
}
