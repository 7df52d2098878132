package dev.lectern.tui;

/** Sizes shared by update (how far a page moves) and the views (what fits), so they agree. */
public final class Layout {
    private Layout() {
    }

    public static final int MIN_WIDTH = 40;
    public static final int MIN_HEIGHT = 10;
    /** Essays read best at a limited measure; wider terminals get margins. */
    public static final int MAX_MEASURE = 100;

    public static int readerTextWidth(int width) {
        return Math.max(20, Math.min(width - 2, MAX_MEASURE));
    }

    public static int readerMargin(int width) {
        return Math.max(1, (width - readerTextWidth(width)) / 2);
    }

    /** Rows of essay text: all but the status line. */
    public static int readerRows(int height) {
        return Math.max(1, height - 1);
    }

    /** Two rows per essay in the library list, under a title and a filter line, above the key hints. */
    public static int essayListItems(int height) {
        return Math.max(1, (height - 4) / 2);
    }

    public static int trackItems(int height) {
        return Math.max(1, height - 6);
    }

    public static int searchItems(int height) {
        return Math.max(1, (height - 4) / 2);
    }

    public static int glossaryItems(int height) {
        return Math.max(1, height - 9);
    }

    public static int contentsItems(int height) {
        return Math.max(1, height - 4);
    }

    public static int helpRows(int height) {
        return Math.max(1, height - 2);
    }

    /** Home: a title, the library's numbers, the study numbers and a blank row above the list; key hints below. */
    public static int homeRows(int height) {
        return Math.max(1, height - 5);
    }
}
