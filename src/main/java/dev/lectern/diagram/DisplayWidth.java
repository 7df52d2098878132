package dev.lectern.diagram;

/**
 * Terminal column widths of text, and the cleaning that makes text safe to draw: East Asian
 * wide and fullwidth characters (and most emoji) take two columns, combining marks none.
 * An approximation of {@code wcwidth}, good enough to line up boxes; not a full UAX #11.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns taken by {@code text} once cleaned; the project's one width table decides. */
    static int of(String text) {
        return dev.lectern.text.DisplayWidth.of(text);
    }

    /** Columns taken by one code point: 0, 1 or 2. */
    static int columns(int cp) {
        return dev.lectern.text.DisplayWidth.ofCodePoint(cp);
    }

    /**
     * Text safe to put on a terminal line: tabs and line or paragraph separators become spaces;
     * control and format characters (including bidirectional overrides) are dropped; a lone
     * surrogate becomes U+FFFD.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == '\t' || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (type == Character.SURROGATE) {
                out.append('\uFFFD');
            } else if (type != Character.CONTROL && type != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** A source line made printable: tabs expanded to stops of four, then cleaned, right-trimmed. */
    static String cleanSourceLine(String line) {
        StringBuilder expanded = new StringBuilder();
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int spaces = 4 - column % 4;
                expanded.append(" ".repeat(spaces));
                column += spaces;
            } else {
                expanded.append(c);
                column++;
            }
        }
        return stripTrailing(clean(expanded.toString()));
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code text} cut to at most {@code columns} columns, with an ellipsis when cut. */
    static String truncate(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = columns(cp);
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}
