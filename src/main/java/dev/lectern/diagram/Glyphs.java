package dev.lectern.diagram;

/**
 * The glyph set a drawing uses: {@link #UNICODE} box drawing (─│┌┐└┘├┤┬┴┼ ╭╮╰╯ ▶◀▲▼ ┄┆ ━┃ ═║)
 * or an {@link #ASCII} fallback (- | + . ' > < ^ v : =) for terminals and locales that cannot
 * show box drawing. It chooses characters only; layout is the same for both. Line joins are
 * tabled by {@link LineGlyphs}; the marks a painter puts down itself (arrow heads, a decision's
 * corners, a pointer's stem and hook) are the constants' fields, so no painter chooses.
 */
public enum Glyphs {
    /** Unicode box drawing and geometric arrows. */
    UNICODE("▶", "◀", "▲", "▼", "╱", "╲", "│", "╰─ "),
    /** Seven-bit ASCII only. */
    ASCII(">", "<", "^", "v", "/", "\\", "|", "'- ");

    /** Arrow heads pointing east, west, north and south. */
    final String east, west, north, south;
    /** A diagonal rising to the right, one falling to the right. */
    final String rising, falling;
    /** A vertical stem (a pointer's line down to its note). */
    final String stem;
    /** The hook before a pointer's note. */
    final String hook;

    Glyphs(String east, String west, String north, String south, String rising, String falling, String stem, String hook) {
        this.east = east;
        this.west = west;
        this.north = north;
        this.south = south;
        this.rising = rising;
        this.falling = falling;
        this.stem = stem;
        this.hook = hook;
    }
}
