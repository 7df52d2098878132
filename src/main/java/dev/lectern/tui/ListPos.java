package dev.lectern.tui;

/**
 * The selected row of a list and the first row shown, kept so the selection stays in view the
 * way a user expects (the view scrolls only when the selection would leave it).
 */
public record ListPos(int selected, int top) {
    public static final ListPos START = new ListPos(0, 0);

    /** Moves the selection by {@code delta} within {@code count} items, {@code rows} of which fit. */
    public ListPos move(int delta, int count, int rows) {
        return to(selected + delta, count, rows);
    }

    public ListPos to(int index, int count, int rows) {
        if (count <= 0) return START;
        int s = Math.max(0, Math.min(count - 1, index));
        int t = top;
        rows = Math.max(1, rows);
        if (s < t) t = s;
        if (s >= t + rows) t = s - rows + 1;
        t = Math.max(0, Math.min(t, Math.max(0, count - rows)));
        return new ListPos(s, t);
    }

    /** The same position brought back inside a list that may have shrunk or a view that resized. */
    public ListPos clamp(int count, int rows) {
        return to(selected, count, rows);
    }
}
