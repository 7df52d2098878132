package dev.lectern.render;

/**
 * How to render: the width in columns, whether Unicode box drawing and symbols may be used (else
 * ASCII), whether links become OSC 8 hyperlinks (else numbered references at the end), and
 * whether code, diagrams and display math may run wider than the width ({@code wide}: the
 * full-screen reader scrolls them sideways) instead of being clipped with a marker.
 */
public record RenderOptions(int width, boolean unicode, boolean hyperlinks, boolean wide) {
    public RenderOptions {
        width = Math.max(20, width);
    }

    /** Options that clip wide code and diagrams at the width (for a pager or a pipe). */
    public RenderOptions(int width, boolean unicode, boolean hyperlinks) {
        this(width, unicode, hyperlinks, false);
    }

    /** The glyph set these options draw with (dev/lectern/glyphs/*.properties). */
    public dev.lectern.text.Symbols symbols() {
        return dev.lectern.text.Symbols.of(unicode);
    }
}
