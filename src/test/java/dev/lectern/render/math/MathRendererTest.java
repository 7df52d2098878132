package dev.lectern.render.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every rendering must have, whatever the input. */
class MathRendererTest {
    private static final String[] PIECES = {
        "x", "y", "2", "+", "-", "=", ",", "(", ")", "[", "]", "|", "{", "}", "{", "}", "^", "_", "&", "\\\\",
        "\\frac", "\\sqrt", "\\left(", "\\right)", "\\left.", "\\right|", "\\sum", "\\int", "\\lim", "\\hat",
        "\\mathbf", "\\mathbb", "\\text{a b}", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}",
        "\\end{cases}", "\\alpha", "\\foo", "\\", "\\,", "\\quad", "\\{", "\\}", "'", " ", "\\operatorname*",
        "\\sqrt[", "]", "\\not", "\\binom", "\\overset", "\u001b[31m", "\n", "é", "😀", "\\vec", "\\overline",
    };

    @Test
    void neverThrowsAndKeepsTheShapeContract() {
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder latex = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) latex.append(PIECES[random.nextInt(PIECES.length)]);
            String source = latex.toString();
            for (boolean unicode : new boolean[] {true, false}) {
                String inline = MathRenderer.inline(source, unicode);
                assertFalse(inline.contains("\n"), () -> "inline has a newline: " + source);
                assertNoControlCharacters(inline, source);
                List<String> display = MathRenderer.display(source, unicode);
                assertFalse(display.isEmpty(), source);
                for (String line : display) {
                    assertEquals(line.stripTrailing(), line, () -> "trailing space in display of " + source);
                    assertNoControlCharacters(line, source);
                    if (!unicode) assertTrue(line.chars().allMatch(c -> c < 127), () -> "non-ASCII: " + source + " -> " + line);
                }
                if (!unicode) assertTrue(inline.chars().allMatch(c -> c < 127), () -> "non-ASCII: " + source + " -> " + inline);
            }
        }
    }

    private static void assertNoControlCharacters(String text, String source) {
        assertTrue(text.codePoints().noneMatch(Character::isISOControl), () -> "control character from " + source);
    }

    @Test
    void deepNestingDoesNotThrow() {
        String deep = "{".repeat(50_000) + "x" + "}".repeat(50_000);
        assertFalse(MathRenderer.inline(deep, true).isEmpty());
        assertFalse(MathRenderer.display(deep, true).isEmpty());
        assertEquals("", MathRenderer.inline(null, true));
    }

    @Test
    void escapeSequencesNeverReachTheTerminal() {
        String inline = MathRenderer.inline("\\text{\u001b[2J} x", true);
        assertFalse(inline.contains("\u001b"));
    }

    @Test
    void unknownCommandsAreKeptAsWritten() {
        assertTrue(MathRenderer.inline("\\foo + \\bar{x}", true).contains("\\foo"));
        assertTrue(MathRenderer.display("\\frac{\\qux}{2}", true).stream().anyMatch(l -> l.contains("\\qux")));
    }

    @Test
    void displayFractionRuleIsAsWideAsTheWiderPartAndOnTheBaseline() {
        List<String> lines = MathRenderer.display("y = \\frac{a + b}{c}", true);
        assertEquals(List.of("    a + b", "y = ─────", "      c"), lines);
    }

    @Test
    void tallBracketsGrowWithTheirContents() {
        List<String> lines = MathRenderer.display("\\left( \\frac{1}{2} \\right)", true);
        assertEquals(List.of("⎛1⎞", "⎜─⎟", "⎝2⎠"), lines);
        List<String> bars = MathRenderer.display("\\left| \\frac{1}{2} \\right|", false);
        assertEquals(List.of("|1|", "|-|", "|2|"), bars);
    }

    @Test
    void displayOfSimpleFormulaIsOneLine() {
        assertEquals(List.of("E = mc²"), MathRenderer.display("E = mc^2", true));
        assertEquals(List.of("E = mc^2"), MathRenderer.display("E = mc^2", false));
    }

    @Test
    void spacingCommands() {
        assertEquals("a  b", MathRenderer.inline("a\\quad b", true));
        assertEquals("a    b", MathRenderer.inline("a\\qquad b", true));
        assertEquals("a b c", MathRenderer.inline("a\\,b\\;c", true));
        assertEquals("ab", MathRenderer.inline("a\\!b", true));
    }
}
