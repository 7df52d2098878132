package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.text.Line;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outside robustness corpus: every example of the CommonMark spec (read from
 * ../shared/testdata/commonmark-spec.txt when present, never copied into the project) renders
 * at 20, 80 and 200 columns without an exception, within the width, with no raw control
 * character. Skipped when the file is not there.
 */
class CommonMarkSpecTest {
    @Test
    void everySpecExampleRendersWithinTheWidth() throws Exception {
        Path spec = Path.of(System.getProperty("lectern.shared", "../shared"), "testdata", "commonmark-spec.txt");
        assumeTrue(Files.exists(spec), "no " + spec);
        List<String> examples = new ArrayList<>();
        String fence = "`".repeat(32);
        StringBuilder cur = null;
        for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
            if (cur == null && line.equals(fence + " example")) {
                cur = new StringBuilder();
            } else if (cur != null && line.equals(fence)) {
                String ex = cur.toString();
                int dot = ex.indexOf("\n.\n");
                examples.add((dot < 0 ? ex : ex.substring(0, dot + 1)).replace('\u2192', '\t'));
                cur = null;
            } else if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        assertTrue(examples.size() > 600, "found " + examples.size() + " examples");
        for (int i = 0; i < examples.size(); i++) {
            for (int width : new int[] {20, 80, 200}) {
                Rendered r = MarkdownRenderer.render(examples.get(i), new RenderOptions(width, true, false));
                for (Line l : r.lines()) {
                    assertTrue(l.width() <= width, "example " + (i + 1) + " at " + width + ": " + l.text());
                    assertTrue(l.text().chars().noneMatch(c -> c < 0x20 || c == 0x7f), "example " + (i + 1) + ": control char");
                }
            }
        }
    }
}
