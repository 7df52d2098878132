package dev.lectern.text;

/** Cutting and padding text to a number of terminal columns, grapheme by grapheme. */
public final class Fit {
    private Fit() {
    }

    /** {@code s} cut to at most {@code width} columns, ending in {@code ellipsis} when cut. */
    public static String truncate(String s, int width, String ellipsis) {
        if (DisplayWidth.of(s) <= width) return s;
        int room = width - DisplayWidth.of(ellipsis);
        if (room <= 0) return ellipsis.substring(0, Math.max(0, Math.min(ellipsis.length(), width)));
        StringBuilder sb = new StringBuilder();
        int w = 0;
        Graphemes g = new Graphemes(s);
        while (g.next()) {
            if (w + g.width() > room) break;
            sb.append(g.text());
            w += g.width();
        }
        return sb.toString().stripTrailing() + ellipsis;
    }

    /** {@code s} padded with spaces to exactly {@code width} columns (cut first when longer). */
    public static String pad(String s, int width, String ellipsis) {
        String t = truncate(s, width, ellipsis);
        return t + " ".repeat(Math.max(0, width - DisplayWidth.of(t)));
    }
}
