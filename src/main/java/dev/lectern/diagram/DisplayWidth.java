package dev.lectern.diagram;

/**
 * Terminal column widths of text, and the cleaning that makes text safe to draw: East Asian
 * wide and fullwidth characters (and most emoji) take two columns, combining marks none.
 * An approximation of {@code wcwidth}, good enough to line up boxes; not a full UAX #11.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns taken by {@code text} once cleaned. */
    static int of(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += columns(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** Columns taken by one code point: 0, 1 or 2. */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.CONTROL) {
            return 0;
        }
        if (cp >= 0x1160 && cp <= 0x11FF) {
            return 0; // Hangul medial vowels and final consonants join the syllable before
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x231A && cp <= 0x231B)
                || (cp >= 0x2329 && cp <= 0x232A)
                || (cp >= 0x23E9 && cp <= 0x23EC)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
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
