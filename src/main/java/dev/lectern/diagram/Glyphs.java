package dev.lectern.diagram;

/**
 * The glyph set a drawing uses: {@link #UNICODE} box drawing (─│┌┐└┘├┤┬┴┼ ╭╮╰╯ ▶◀▲▼ ┄┆ ━┃ ═║)
 * or an {@link #ASCII} fallback (- | + . ' > < ^ v : =) for terminals and locales that cannot
 * show box drawing. It chooses characters only; layout is the same for both.
 */
public enum Glyphs {
    /** Unicode box drawing and geometric arrows. */
    UNICODE,
    /** Seven-bit ASCII only. */
    ASCII
}
