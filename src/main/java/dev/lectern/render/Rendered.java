package dev.lectern.render;

import dev.lectern.text.Line;
import java.util.List;

/**
 * A document rendered for one width: its lines, the headings with the line each starts on (for
 * a table of contents and for landing on a section), and the snippets found in it.
 */
public record Rendered(List<Line> lines, List<Heading> headings, List<SnippetRef> snippets) {
    public Rendered {
        lines = List.copyOf(lines);
        headings = List.copyOf(headings);
        snippets = List.copyOf(snippets);
    }

    /** A heading: its anchor, text, level and the index of its first line. */
    public record Heading(String anchor, String text, int level, int line) {
    }

    /** A runnable snippet's number (from 1), language and the line of its header. */
    public record SnippetRef(int number, String language, int line) {
    }

    /** The first line of the section with this anchor, or -1. */
    public int lineOf(String anchor) {
        for (Heading h : headings) if (h.anchor().equals(anchor)) return h.line();
        return -1;
    }
}
