package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.GlossaryReader;
import dev.lectern.content.SourceFile;
import dev.lectern.text.Line;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Glossary entries kept as rendered paragraphs (what the indexer stores for {@code define}) lay out
 * exactly as rendering their Markdown does, at every width and with every terminal's options, and
 * survive the trip through the index's encoding. Anything but paragraphs is left to the renderer.
 */
class PrerenderedParagraphsTest {
    private static final int[] WIDTHS = {20, 33, 47, 63, 80, 100, 137, 200};

    @Test
    void everyBundledEntryOfParagraphsLaysOutAsItsMarkdownRendersAtEveryWidth() throws Exception {
        Path p = Path.of("content/glossary.md");
        List<GlossaryEntry> entries = GlossaryReader.read(new SourceFile(SourceFile.Kind.GLOSSARY, "glossary",
                "glossary.md", p, Files.size(p), 0), new ArrayList<>());
        int kept = 0;
        for (GlossaryEntry e : entries) {
            for (boolean unicode : new boolean[] {true, false}) {
                for (boolean links : new boolean[] {true, false}) {
                    MarkdownRenderer.Paragraphs paragraphs = MarkdownRenderer.paragraphs(e.body(), new RenderOptions(80, unicode, links, false));
                    if (paragraphs == null) continue;
                    kept++;
                    MarkdownRenderer.Paragraphs stored = MarkdownRenderer.Paragraphs.decode(paragraphs.encode());
                    assertEquals(paragraphs, stored, e.term());
                    for (int w : WIDTHS) {
                        List<Line> rendered = MarkdownRenderer.render(e.body(), new RenderOptions(w, unicode, links, false)).lines();
                        assertEquals(rendered, stored.lines(w), e.term() + " at " + w);
                    }
                }
            }
        }
        assertTrue(kept > entries.size() * 3, "only " + kept / 4 + " of " + entries.size() + " entries are plain paragraphs");
    }

    @Test
    void listsCodeTablesAndFootnotesAreLeftToTheRenderer() {
        RenderOptions opt = new RenderOptions(80, true, false, false);
        assertNull(MarkdownRenderer.paragraphs("One.\n\n- a\n- b\n", opt));
        assertNull(MarkdownRenderer.paragraphs("One.\n\n```\ncode\n```\n", opt));
        assertNull(MarkdownRenderer.paragraphs("| a | b |\n|---|---|\n| 1 | 2 |\n", opt));
        assertNull(MarkdownRenderer.paragraphs("A claim.[^1]\n\n[^1]: Its source.\n", opt));
    }
}
