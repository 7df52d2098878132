package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.check.LibraryCheck;
import dev.lectern.content.Problem;
import dev.lectern.text.Line;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown nested 10, 100 and 10,000 levels deep (block quotes, bullet lists) renders without a
 * crash, every line within the width, the innermost text still there; {@code check} warns.
 */
class DeepNestingTest {
    static String quotes(int depth) {
        return "# Deep\n\n" + "> ".repeat(depth) + "bottom of the well\n";
    }

    static String list(int depth) {
        StringBuilder sb = new StringBuilder("# Deep\n\n");
        for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} levels of {1} at {2} columns fit and keep the text")
    @CsvSource({"10,quotes,20", "10,quotes,80", "100,quotes,20", "100,quotes,80", "10000,quotes,20", "10000,quotes,200",
            "10,list,20", "10,list,80", "100,list,20", "100,list,80", "3000,list,20", "10000,list,80"})
    void deepNestingRendersWithinTheWidth(int depth, String kind, int width) {
        String md = kind.equals("quotes") ? quotes(depth) : list(depth);
        Rendered r = MarkdownRenderer.render(md, new RenderOptions(width, true, false));
        StringBuilder all = new StringBuilder();
        for (Line l : r.lines()) {
            assertTrue(l.width() <= width, "a line of " + l.width() + " columns at width " + width + ": " + l.text());
            all.append(l.text()).append('\n');
        }
        String text = all.toString().replaceAll("[│|]", " ").replaceAll("\\s+", " ");
        assertTrue(kind.equals("quotes") ? text.contains("bottom of the well") : text.contains("level " + (depth - 1)),
                "the innermost text is shown");
    }

    @Test
    void checkWarnsAboutNestingItFlattens(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("essays"));
        Files.writeString(dir.resolve("essays/deep.md"), quotes(20000));
        LibraryCheck.Report r = LibraryCheck.check(dir, null);
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals("essays/deep.md:3: nesting deeper than 32 levels of quotes or lists, or 128 columns of indentation is shown flattened (1 line)",
                p.toString());
    }
}
