package dev.lectern.diagram;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any input: drawing and validating never throw, and every drawn line
 * is clean (no tabs, control characters or trailing spaces) and fits the width unless the
 * drawing says it overflows. Seeds are fixed so a failure reproduces.
 */
class DiagramFuzzTest {
    private static final List<String> VALID_MERMAID = List.of(
            "graph TD\n  a[load] --> b(clean) --> c((fit))\n  c --> d{good?}\n  d -->|no| a\n  d -.->|yes| e",
            "flowchart LR; x --> y & z; y -- text --> w; z ==> w; w --- x",
            "graph BT\n  a-->b\n  b-->c\n  c-->a\n  a-->a\n  b-->d\n  d-->b",
            "graph RL\n  p[\"quoted [label]\"] -. dotted .-> q\n  q == thick ==> p");
    private static final List<String> VALID_CELLS = List.of(
            "title: KV cache\ncols: t0 | t1 | t2\nkeys: k0 | k1 | _\n^ 2 next\n\n| a | b\n^ 0 here",
            "cols: 0 | 1\nxs: 1 | 2 | 3\n^ 1 x\n^ 0 y\n# c\nfree text");
    private static final String ALPHABET = "ab_c1 -->|[](){}&;:.=%\"\\\n\t^#x注\u0301\u001b\u202e";

    @Test
    void randomTextNeverThrowsAndFits() {
        Random random = new Random(42);
        for (int i = 0; i < 1500; i++) {
            StringBuilder source = new StringBuilder(random.nextBoolean() ? "graph TD\n" : "");
            int length = random.nextInt(80);
            for (int k = 0; k < length; k++) {
                source.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(random.nextBoolean() ? "mermaid" : "cells", source.toString(), random);
        }
    }

    @Test
    void mutationsOfValidDiagramsNeverThrowAndFit() {
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            boolean mermaid = random.nextBoolean();
            List<String> seeds = mermaid ? VALID_MERMAID : VALID_CELLS;
            StringBuilder source = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations && source.length() > 0; m++) {
                int at = random.nextInt(source.length());
                switch (random.nextInt(4)) {
                    case 0 -> source.deleteCharAt(at);
                    case 1 -> source.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 2 -> {
                        int end = Math.min(source.length(), at + random.nextInt(12));
                        source.insert(at, source.substring(at, end));
                    }
                    default -> source.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            check(mermaid ? "mermaid" : "cells", source.toString(), random);
        }
    }

    @Test
    void largeRandomGraphsStayFastAndFit() {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            StringBuilder source = new StringBuilder(random.nextBoolean() ? "graph TD\n" : "graph LR\n");
            int nodes = 2 + random.nextInt(25);
            int edges = random.nextInt(40);
            for (int e = 0; e < edges; e++) {
                source.append("n").append(random.nextInt(nodes))
                        .append(random.nextInt(5) == 0 ? " -->|l" + e + "| " : " --> ")
                        .append("n").append(random.nextInt(nodes)).append('\n');
            }
            check("mermaid", source.toString(), random);
        }
    }

    @Test
    void nullsAndOddWidthsAreSafe() {
        assertDoesNotThrow(() -> Diagrams.draw(null, null, 0, null));
        assertDoesNotThrow(() -> Diagrams.validate(null, null));
        assertTrue(Diagrams.draw("mermaid", "graph TD\n a --> b", -5, Glyphs.ASCII).overflows());
    }

    private static void check(String language, String source, Random random) {
        int width = 1 + random.nextInt(120);
        Glyphs glyphs = random.nextBoolean() ? Glyphs.UNICODE : Glyphs.ASCII;
        Drawing drawing = assertDoesNotThrow(() -> Diagrams.draw(language, source, width, glyphs), source);
        assertNotNull(Diagrams.validate(language, source));
        for (String line : drawing.lines()) {
            assertFalse(line.endsWith(" "), () -> "trailing space in " + line + " for\n" + source);
            assertTrue(line.codePoints().noneMatch(c -> c == '\t' || Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT), () -> "control character for\n" + source);
            assertTrue(drawing.overflows() || DisplayWidth.of(line) <= width,
                    () -> "line wider than " + width + " without overflows for\n" + source);
        }
        assertFalse(drawing.note().map(n -> n.contains("could not draw")).orElse(false),
                () -> "internal failure fell back to source for\n" + source);
    }
}
