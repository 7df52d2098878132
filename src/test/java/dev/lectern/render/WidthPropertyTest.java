package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.text.Line;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For generated Markdown (nested lists and quotes, tables, long words, wide characters, math,
 * control characters), every rendered line fits the width and no control character leaks.
 */
class WidthPropertyTest {
    private static final String[] WORDS = {"token", "attention", "注意力機構", "🙂", "e\u0301", "supercalifragilisticexpialidocious",
        "`code span`", "**bold**", "*em*", "$\\alpha^2$", "[link](x.md)", "\u001b[31m", "\t", "a\u0000b", "https://example.com/very/long/path"};

    @Test
    void everyLineFitsAtTwentyEightyAndTwoHundredColumns() {
        Random r = new Random(42);
        for (int doc = 0; doc < 300; doc++) {
            String md = generate(r);
            for (int width : new int[] {20, 80, 200}) {
                Rendered out = MarkdownRenderer.render(md, new RenderOptions(width, r.nextBoolean(), false));
                for (Line l : out.lines()) {
                    assertTrue(l.width() <= width, "line of " + l.width() + " > " + width + ": [" + l.text() + "]\nin:\n" + md);
                    for (char c : l.text().toCharArray()) {
                        assertTrue(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0), "control char " + (int) c + " in: " + l.text());
                    }
                }
            }
        }
    }

    private static String generate(Random r) {
        StringBuilder sb = new StringBuilder();
        int blocks = 1 + r.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            String prefix = "";
            int depth = r.nextInt(4);
            for (int d = 0; d < depth; d++) prefix += switch (r.nextInt(3)) {
                case 0 -> "> ";
                case 1 -> "- ";
                default -> "1. ";
            };
            switch (r.nextInt(5)) {
                case 0 -> {
                    sb.append("| a | b | c |\n|---|:-:|--:|\n");
                    for (int row = 0; row < 3; row++) sb.append("| ").append(words(r, 3)).append(" | ").append(words(r, 2))
                            .append(" | ").append(words(r, 4)).append(" |\n");
                }
                case 1 -> sb.append("```\n").append(words(r, 30)).append("\n```\n");
                case 2 -> sb.append("# ").append(words(r, 6)).append('\n');
                default -> sb.append(prefix).append(words(r, 5 + r.nextInt(40))).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        return sb.toString().strip();
    }
}
