package dev.lectern.text;

/**
 * Terminal column widths, the way terminals draw them: East Asian wide and full-width characters
 * and most emoji take two columns, combining marks and zero-width joiners take none. Works on
 * grapheme clusters (see {@link Graphemes}) so an accented letter or an emoji sequence is
 * measured as the single cell group a terminal shows.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns taken by {@code s}. */
    public static int of(String s) {
        int n = s.length();
        // Fast path: printable ASCII is one column per char.
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) break;
            i++;
        }
        if (i == n) return n;
        int w = i;
        Graphemes g = new Graphemes(s, i);
        while (g.next()) w += g.width();
        return w;
    }

    /** Columns taken by one code point, ignoring clusters: 0, 1 or 2. */
    public static int ofCodePoint(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
        if (cp < 0x300) return 1;
        if (isZeroWidth(cp)) return 0;
        return isWide(cp) ? 2 : 1;
    }

    static boolean isZeroWidth(int cp) {
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) return true;
        if (cp >= 0xFE00 && cp <= 0xFE0F) return true; // variation selectors
        if (cp >= 0xE0100 && cp <= 0xE01EF) return true;
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) return true; // skin tone modifiers join the emoji before
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x2329 && cp <= 0x232A)
                || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || (cp >= 0x25FD && cp <= 0x25FE) || (cp >= 0x2614 && cp <= 0x2615)
                || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267F || cp == 0x2693 || cp == 0x26A1
                || (cp >= 0x26AA && cp <= 0x26AB) || (cp >= 0x26BD && cp <= 0x26BE)
                || (cp >= 0x26C4 && cp <= 0x26C5) || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || (cp >= 0x26F2 && cp <= 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD
                || cp == 0x2705 || (cp >= 0x270A && cp <= 0x270B) || cp == 0x2728 || cp == 0x274C
                || cp == 0x274E || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757
                || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0 || cp == 0x27BF
                || (cp >= 0x2B1B && cp <= 0x2B1C) || cp == 0x2B50 || cp == 0x2B55
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x16FE0 && cp <= 0x16FE4) || (cp >= 0x17000 && cp <= 0x18CFF)
                || (cp >= 0x1B000 && cp <= 0x1B2FF)
                || cp == 0x1F004 || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A)
                || (cp >= 0x1F200 && cp <= 0x1F251) || (cp >= 0x1F300 && cp <= 0x1F320)
                || (cp >= 0x1F32D && cp <= 0x1F335) || (cp >= 0x1F337 && cp <= 0x1F37C)
                || (cp >= 0x1F37E && cp <= 0x1F393) || (cp >= 0x1F3A0 && cp <= 0x1F3CA)
                || (cp >= 0x1F3CF && cp <= 0x1F3D3) || (cp >= 0x1F3E0 && cp <= 0x1F3F0)
                || cp == 0x1F3F4 || (cp >= 0x1F3F8 && cp <= 0x1F43E) || cp == 0x1F440
                || (cp >= 0x1F442 && cp <= 0x1F4FC) || (cp >= 0x1F4FF && cp <= 0x1F53D)
                || (cp >= 0x1F54B && cp <= 0x1F54E) || (cp >= 0x1F550 && cp <= 0x1F567)
                || cp == 0x1F57A || (cp >= 0x1F595 && cp <= 0x1F596) || cp == 0x1F5A4
                || (cp >= 0x1F5FB && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6C5)
                || cp == 0x1F6CC || (cp >= 0x1F6D0 && cp <= 0x1F6D2) || (cp >= 0x1F6D5 && cp <= 0x1F6D7)
                || (cp >= 0x1F6EB && cp <= 0x1F6EC) || (cp >= 0x1F6F4 && cp <= 0x1F6FC)
                || (cp >= 0x1F7E0 && cp <= 0x1F7EB) || (cp >= 0x1F90C && cp <= 0x1F93A)
                || (cp >= 0x1F93C && cp <= 0x1F945) || (cp >= 0x1F947 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
