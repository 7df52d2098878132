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
        assertEquals(Symbols.UNICODE.names(), Symbols.ASCII.names());
        assertFalse(Symbols.UNICODE.names().isEmpty());
    }

    @Test
    void theAsciiSetIsSevenBitPrintableAndTheUnicodeSetDiffers() {
        for (String name : Symbols.ASCII.names()) {
            String g = Symbols.ASCII.get(name);
            assertFalse(g.isEmpty(), name);
            assertTrue(g.chars().allMatch(c -> c >= 0x20 && c < 0x7f), name + " = " + g);
        }
        assertEquals("\u2022", Symbols.UNICODE.bullet());
        assertEquals("*", Symbols.ASCII.bullet());
    }

    @Test
    void everyNamedAccessorFindsItsGlyphInBothSets() throws Exception {
        int asked = 0;
        for (Method m : Symbols.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
                    || m.getReturnType() != String.class || m.getName().equals("name") || m.getName().equals("toString")) {
                continue;
            }
            for (Symbols s : new Symbols[] {Symbols.UNICODE, Symbols.ASCII}) {
                assertFalse(((String) m.invoke(s)).isEmpty(), s.name() + "." + m.getName());
            }
            asked++;
        }
        assertTrue(asked >= 25, "accessors found: " + asked);
        for (String kind : new String[] {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"}) {
            assertEquals("!", Symbols.ASCII.alert(kind));
            assertFalse(Symbols.UNICODE.alert(kind).isEmpty());
        }
        assertEquals(11, Symbols.UNICODE.tableFrame().length);
        assertEquals(11, Symbols.ASCII.tableFrame().length);
        assertEquals("\ud83d\uddbc", Symbols.UNICODE.image());
    }

    @Test
    void aProgressBarFillsItsShareOfCells() {
        assertEquals("\u2588\u2588\u2591\u2591", Symbols.UNICODE.bar(1, 2, 4));
        assertEquals("....", Symbols.ASCII.bar(0, 0, 4));
    }
}
