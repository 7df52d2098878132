package dev.lectern.index;

import dev.lectern.text.Line;

/**
 * One section that matched: which essay, which heading, and a snippet with the matched words
 * styled as {@code MATCH}.
 *
 * @param rawSnippet the snippet text with matches between \u0001 and \u0002, for JSON output
 */
public record SearchHit(String slug, String title, String heading, String anchor, String level, int minutes,
                        Line snippet, String rawSnippet) {
    /** The snippet's text with match markers removed. */
    public String snippetText() {
        return rawSnippet.replace("\u0001", "").replace("\u0002", "");
    }
}
