package dev.lectern.text;

/**
 * How one style looks on a terminal with so many colours: the theme's ink for the style's role,
 * the style's own attributes on top, and the colour brought down to what the terminal shows. The
 * one rule both the printed output ({@link AnsiWriter}) and the full-screen reader's adapter
 * follow, so a theme means the same in both.
 *
 * @param fg the foreground: -1 for the terminal's default, 0–15 the basic colours, 16–255 the
 *           xterm palette, or {@code 0x1000000 | rgb} on a true-colour terminal
 */
public record Paint(int fg, boolean bold, boolean dim, boolean italic, boolean underline, boolean reverse, boolean strike) {
    /** The flag {@link #fg} carries when it is a 24-bit colour. */
    public static final int RGB = 0x1000000;

    /** {@code colors}: 0 (none), 16, 256 or 16777216; the mono theme shows no colour whatever the terminal. */
    public static Paint of(Theme theme, Style st, int colors) {
        Theme.Ink ink = theme.ink(st.role());
        int fg = theme.isMono() || colors == 0 ? -1 : color(ink.color(), colors);
        return new Paint(fg, ink.bold() || st.isBold(), ink.dim(), ink.italic() || st.isItalic(),
                ink.underline() || st.isUnderline(), st.isReverse(), st.isStrike());
    }

    /** A theme colour on a terminal of {@code colors} colours. */
    static int color(int c, int colors) {
        if (c < 0) return -1;
        if ((c & RGB) != 0) {
            if (colors >= 16777216) return c;
            c = Colors.rgbTo256(c & 0xffffff);
        }
        return colors < 256 ? Colors.to16(c) : c;
    }

    public boolean isRgb() {
        return fg >= 0 && (fg & RGB) != 0;
    }
}
