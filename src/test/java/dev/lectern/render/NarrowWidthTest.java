package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.text.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 2: every rendered line fits at every width from 20 up, whatever the nesting,
 * code, table or link: deep quotes and lists, an original chapter full of long code spans, URLs,
 * code fenced inside deep list items and a table of code, and every bundled essay.
 */
class NarrowWidthTest {
    private static final int[] WIDTHS = {20, 21, 23, 27, 33, 40, 47, 60, 80, 99, 100, 101, 133, 200};

    @Test
    void twelveDeepQuoteFitsAtEveryWidth() {
        fits("twelve-deep quote", "> ".repeat(12) + "a sentence long enough to wrap, with `some_code_here` in it and more words after.\n");
    }

    @Test
    void sevenDeepListFitsAtEveryWidth() {
        StringBuilder md = new StringBuilder();
        for (int d = 0; d < 7; d++) md.append("  ".repeat(d)).append("- level ").append(d + 1).append(" item text that wraps\n");
        fits("seven-deep list", md.toString());
        StringBuilder ordered = new StringBuilder();
        for (int d = 0; d < 7; d++) ordered.append("   ".repeat(d)).append("10. numbered level ").append(d + 1).append('\n');
        fits("seven-deep numbered list", ordered.toString());
    }

    @Test
    void mixedNestingUpToThirtyLevelsFitsAtEveryWidth() {
        for (int depth = 1; depth <= 30; depth++) {
            StringBuilder prefix = new StringBuilder();
            for (int d = 0; d < depth; d++) prefix.append(d % 2 == 0 ? "> " : "- ");
            fits(depth + " mixed levels", prefix + "text with `a_code_span_of_some_length` and https://example.org/long/url\n");
            fits(depth + " levels around an alert", prefix + "[!IMPORTANT]\n" + prefix + "an alert's text, nested\n");
            fits(depth + " levels around a table", prefix + "| a | b | c |\n" + prefix + "|---|---|---|\n" + prefix
                    + "| `a_long_code_cell` | https://example.org/long | " + "wide ".repeat(80) + "|\n");
            fits(depth + " levels around code", prefix + "```python\n" + prefix + "print('" + "x".repeat(300) + "')\n" + prefix + "```\n");
        }
    }

    @Test
    void chapterOfLongCodeSpansUrlsAndNestedCodeFitsAtEveryWidth() throws IOException {
        fits("strings chapter", Files.readString(Path.of("src/test/resources/width/strings-chapter.md")));
    }

    @Test
    void everyBundledEssayFitsAtEveryWidth() throws IOException {
        List<Path> essays;
        try (Stream<Path> s = Files.walk(Path.of("content/essays"))) {
            essays = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(essays.size() > 50, "the bundled essays are found");
        for (Path p : essays) fits(p.toString(), Files.readString(p), 20, 47, 80, 133, 200);
    }

    private static void fits(String what, String md) {
        fits(what, md, WIDTHS);
    }

    private static void fits(String what, String md, int... widths) {
        List<String> over = new ArrayList<>();
        for (int width : widths) {
            for (boolean unicode : new boolean[] {true, false}) {
                for (Line l : MarkdownRenderer.render(md, new RenderOptions(width, unicode, false)).lines()) {
                    if (l.width() > width && over.size() < 5) over.add(width + (unicode ? "u" : "a") + ": " + l.width() + " [" + l.text() + "]");
                }
            }
        }
        assertTrue(over.isEmpty(), what + ": lines wider than the width:\n" + String.join("\n", over));
    }
}
