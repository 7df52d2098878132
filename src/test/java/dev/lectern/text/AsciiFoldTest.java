package dev.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsciiFoldTest {
    @Test
    void typographyBecomesItsPlainLookAlikeAtTheSameWidth() {
        assertEquals("Codex - Machine Learning", AsciiFold.fold("Codex \u2014 Machine Learning"));
        assertEquals("\"quoted\" and 'single'.", AsciiFold.fold("\u201cquoted\u201d and \u2018single\u2019\u2026"));
        assertEquals("naive cafe, 3x4 > 2", AsciiFold.fold("na\u00efve caf\u00e9, 3\u00d74 \u2192 2"));
        assertEquals("Ex_t", AsciiFold.fold("\ud835\udd3cx_t")); // double-struck E, a math letter
    }

    @Test
    void everyLineKeepsItsDisplayWidthAndBecomesAscii() {
        String mixed = "\u4e2d\u6587 r\u0302 \ud83d\ude00 \u2500\u2502 \u03b1\u03b2";
        String folded = AsciiFold.fold(mixed);
        assertEquals(DisplayWidth.of(mixed), folded.length());
        assertTrue(folded.chars().allMatch(c -> c >= 32 && c < 127), folded);
    }
}
