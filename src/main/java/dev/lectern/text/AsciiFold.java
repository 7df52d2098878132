package dev.lectern.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text for a terminal that cannot show anything but ASCII (a non-UTF-8 locale): each character
 * becomes ASCII of the same display width, so lines laid out for the width still fit. Typographic
 * marks become their plain look-alikes (an em dash a hyphen, an ellipsis a dot, curly quotes
 * straight ones), accented letters lose their accents, and what has no look-alike becomes
 * {@code ?} (two for a wide character).
 */
public final class AsciiFold {
    private static final Map<Integer, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x2014, '-'), Map.entry(0x2013, '-'), Map.entry(0x2212, '-'), Map.entry(0x2010, '-'),
            Map.entry(0x2011, '-'), Map.entry(0x2026, '.'), Map.entry(0x2018, '\''), Map.entry(0x2019, '\''),
            Map.entry(0x201C, '"'), Map.entry(0x201D, '"'), Map.entry(0x00AB, '"'), Map.entry(0x00BB, '"'),
            Map.entry(0x00D7, 'x'), Map.entry(0x00B7, '-'), Map.entry(0x2022, '*'), Map.entry(0x2192, '>'),
            Map.entry(0x2190, '<'), Map.entry(0x2264, '<'), Map.entry(0x2265, '>'), Map.entry(0x2248, '~'),
            Map.entry(0x2260, '#'), Map.entry(0x00A0, ' '), Map.entry(0x2009, ' '), Map.entry(0x202F, ' '),
            Map.entry(0x00B0, 'o'), Map.entry(0x00B2, '2'), Map.entry(0x00B3, '3'), Map.entry(0x00B9, '1'),
            Map.entry(0x2032, '\''), Map.entry(0x00A9, 'c'), Map.entry(0x2713, 'v'), Map.entry(0x2717, 'x'),
            Map.entry(0x00F7, '/'), Map.entry(0x221A, 'V'), Map.entry(0x221E, '~'), Map.entry(0x00B1, '+'));

    private AsciiFold() {
    }

    /** {@code s} in ASCII, each grapheme replaced by ASCII of its display width. */
    public static String fold(String s) {
        if (isAscii(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        Graphemes g = new Graphemes(s);
        while (g.next()) sb.append(grapheme(g.text()));
        return sb.toString();
    }

    /** One grapheme (a cell's text) in ASCII, as wide as it is on screen. */
    public static String grapheme(String g) {
        if (isAscii(g)) return g;
        int width = DisplayWidth.of(g);
        if (width == 0) return "";
        int cp = g.codePointAt(0);
        Character c = LOOK_ALIKES.get(cp);
        if (c == null) {
            // NFKD splits accents off letters and turns math letters (bold x, double-struck E) into plain ones.
            String base = Normalizer.normalize(g, Normalizer.Form.NFKD);
            if (!base.isEmpty() && base.charAt(0) < 128 && base.charAt(0) >= 32) c = base.charAt(0);
        }
        String one = c == null ? "?" : String.valueOf(c);
        return width == 1 ? one : one + "?".repeat(width - 1);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }
}
