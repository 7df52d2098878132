package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern define} prints an entry of plain paragraphs as the indexer rendered it, in a
 * process that never loads the Markdown parser (its first use costs a cold start 40-50 ms); the
 * layout is the renderer's own (PrerenderedParagraphsTest). An entry the index keeps no rendering
 * for, like the one-paragraph {@code --short}, is rendered as before.
 */
class DefineWithoutParserTest {
    private static final String PARSER = "com.vladsch.flexmark.parser.Parser";

    @TempDir
    Path dir;

    @Test
    void aDefinitionIsPrintedWithoutTheMarkdownParserAndReadsAsRendered() throws Exception {
        String data = dir.resolve("data").toString();
        ChildJvm.run(dir.resolve("logs"), List.of(), "--data-dir", data, "search", "softmax"); // builds the index
        ChildJvm.Result full = ChildJvm.run(dir.resolve("logs"), List.of(), "--data-dir", data, "define", "softmax");
        assertEquals(0, full.code(), full.out());
        assertFalse(full.loaded(PARSER), "define loaded the Markdown parser");
        LecternProcess.Result inJvm = LecternProcess.run(dir.resolve("data2"), java.util.Map.of("NO_COLOR", "1", "COLUMNS", "80"),
                "define", "softmax");
        assertEquals(inJvm.out(), full.out());
        assertTrue(full.out().startsWith("Softmax"), full.out());

        ChildJvm.Result brief = ChildJvm.run(dir.resolve("logs"), List.of(), "--data-dir", data, "define", "--short", "softmax");
        assertEquals(0, brief.code(), brief.out());
        assertTrue(brief.loaded(PARSER), "the short form is rendered from its Markdown");
    }
}
