package dev.lectern.text;

/**
 * Walks a string one grapheme cluster at a time: a base character with the combining marks,
 * variation selectors and zero-width-joined characters that follow it. An approximation of
 * UAX #29 that is right for the text essays contain (accents, CJK, emoji sequences, flags).
 */
public final class Graphemes {
    private final String s;
    private int start;
    private int end;
    private int width;

    public Graphemes(String s) {
        this(s, 0);
    }

    public Graphemes(String s, int from) {
        this.s = s;
        this.end = from;
    }

    /** Moves to the next cluster; false at the end. */
    public boolean next() {
        if (end >= s.length()) return false;
        start = end;
        int cp = s.codePointAt(start);
        int i = start + Character.charCount(cp);
        width = DisplayWidth.ofCodePoint(cp);
        boolean regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c == 0x200D && i + 1 < s.length()) { // zero-width joiner glues the next character on
                i += 1;
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            if (regional && c >= 0x1F1E6 && c <= 0x1F1FF) { // a flag is two regional indicators
                i += Character.charCount(c);
                width = 2;
                regional = false;
                continue;
            }
            if (DisplayWidth.isZeroWidth(c)) {
                if (c == 0xFE0F) width = 2; // emoji presentation selector
                i += Character.charCount(c);
                continue;
            }
            break;
        }
        end = i;
        return true;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int width() {
        return width;
    }

    public String text() {
        return s.substring(start, end);
    }
}
