package dev.lectern.render;

/**
 * How to render: the width in columns, whether Unicode box drawing and symbols may be used (else
 * ASCII), and whether links become OSC 8 hyperlinks (else numbered references at the end).
 */
public record RenderOptions(int width, boolean unicode, boolean hyperlinks) {
    public RenderOptions {
        width = Math.max(20, width);
    }

    public RenderOptions narrower(int by) {
        return new RenderOptions(Math.max(8, width - by), unicode, hyperlinks);
    }

    /** Same options at another width (a parent gives its children less room). */
    public RenderOptions withWidth(int w) {
        return new RenderOptions(Math.max(8, w), unicode, hyperlinks);
    }
}
