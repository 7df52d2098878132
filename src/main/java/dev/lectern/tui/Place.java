package dev.lectern.tui;

/**
 * Where to land in an essay once it is rendered for the current width: a place in the document
 * as the study store keeps it (the index of a Markdown block, and how many visible characters of
 * that block come before the place, so the same word comes back at any width; block -1 is the
 * essay's header, with a line as offset), or a section anchor, optionally with words to highlight
 * (from a search).
 */
public record Place(int block, int offset, String anchor, String highlight) {
    public static final Place START = new Place(-1, 0, null, null);

    public static Place at(int block, int offset) {
        return new Place(block, offset, null, null);
    }

    public static Place section(String anchor, String highlight) {
        return new Place(-1, 0, anchor, highlight);
    }
}
