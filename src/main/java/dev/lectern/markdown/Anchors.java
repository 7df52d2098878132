package dev.lectern.markdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Heading anchors by GitHub's rule: the heading's text in lower case, punctuation dropped, spaces
 * turned into dashes; a repeated anchor gets {@code -1}, {@code -2}. One instance per document,
 * because the numbering of repeats depends on what came before.
 */
public final class Anchors {
    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor for the next heading with this Markdown source text. */
    public String next(String headingSource) {
        String base = slug(HeadingText.plain(headingSource));
        Integer n = seen.get(base);
        if (n == null) {
            seen.put(base, 0);
            return base;
        }
        // GitHub keeps counting from the base and skips anchors already taken.
        String candidate;
        do {
            n++;
            candidate = base + "-" + n;
        } while (seen.containsKey(candidate));
        seen.put(base, n);
        seen.put(candidate, 0);
        return candidate;
    }

    /** GitHub's slug of plain heading text, without repeat numbering. */
    public static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
