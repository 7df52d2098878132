package dev.lectern.tui;

import dev.lectern.text.Graphemes;
import dev.lectern.text.Line;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.Arrays;

/**
 * A screenful of styled cells that views draw into, as ratatui's Buffer: one grapheme per cell
 * (a wide character's second cell holds "" and belongs to the first). Frames are compared with
 * the previous one so the terminal adapter paints only what changed, and a scrolled region is
 * recognised ({@link #scrollFrom}) so a one-line scroll is sent as a terminal scroll plus one
 * new line instead of a repaint.
 */
public final class Frame {
    private final int width;
    private final int height;
    private final String[] text;
    private final Style[] style;
    private int cursorX = -1;
    private int cursorY = -1;

    public Frame(int width, int height) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        text = new String[this.width * this.height];
        style = new Style[this.width * this.height];
        Arrays.fill(text, " ");
        Arrays.fill(style, Style.PLAIN);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String text(int x, int y) {
        return text[y * width + x];
    }

    public Style style(int x, int y) {
        return style[y * width + x];
    }

    /** Where the terminal cursor should show (a text field), or -1 to hide it. */
    public int cursorX() {
        return cursorX;
    }

    public int cursorY() {
        return cursorY;
    }

    public void cursor(int x, int y) {
        cursorX = x;
        cursorY = y;
    }

    /** Writes {@code s} from column x, clipped at {@code limit} (exclusive); returns the next column. */
    public int put(int x, int y, String s, Style st, int limit) {
        if (y < 0 || y >= height) return x;
        int end = Math.min(limit, width);
        Graphemes g = new Graphemes(s);
        while (g.next()) {
            int w = g.width();
            if (w == 0) continue;
            if (x + w > end) break;
            if (x >= 0) {
                set(x, y, g.text(), st);
                if (w == 2) set(x + 1, y, "", st);
            }
            x += w;
        }
        return x;
    }

    public int put(int x, int y, String s, Style st) {
        return put(x, y, s, st, width);
    }

    /**
     * Draws a rendered line from column x, skipping its first {@code skip} columns (sideways
     * scrolling) and stopping at {@code limit}.
     */
    public void line(int x, int y, Line line, int skip, int limit) {
        int col = -skip;
        for (Span s : line.spans()) {
            int w = s.width();
            if (col + w <= 0) {
                col += w;
                continue;
            }
            if (col >= limit - x) break;
            if (col >= 0) {
                col = put(x + col, y, s.text(), s.style(), limit) - x;
            } else {
                // the span starts left of the view: walk it cell by cell
                Graphemes g = new Graphemes(s.text());
                while (g.next()) {
                    if (col >= 0 && x + col + g.width() <= limit) set(x + col, y, g.text(), s.style());
                    if (g.width() == 2 && col == -1) set(x, y, " ", s.style());
                    col += g.width();
                }
            }
        }
    }

    /** Paints {@code n} cells from x with a style, keeping their text (status bars, selections). */
    public void restyle(int x, int y, int n, java.util.function.UnaryOperator<Style> f) {
        if (y < 0 || y >= height) return;
        hashes = null;
        for (int i = Math.max(0, x); i < Math.min(width, x + n); i++) style[y * width + i] = f.apply(style[y * width + i]);
    }

    /** Fills a row segment with spaces in a style. */
    public void fill(int x, int y, int n, Style st) {
        if (y < 0 || y >= height) return;
        for (int i = Math.max(0, x); i < Math.min(width, x + n); i++) set(i, y, " ", st);
    }

    private void set(int x, int y, String t, Style st) {
        if (x < 0 || x >= width) return;
        hashes = null;
        int i = y * width + x;
        // overwriting half of a wide character blanks its other half
        if (text[i].isEmpty() && x > 0 && !t.isEmpty()) text[i - 1] = " ";
        text[i] = t;
        style[i] = st;
    }

    /** The characters of one row, wide characters once. */
    public String row(int y) {
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < width; x++) sb.append(text[y * width + x]);
        return sb.toString();
    }

    /** All rows, right-trimmed, joined with newlines: what a user sees, for tests and debugging. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < height; y++) sb.append(row(y).stripTrailing()).append('\n');
        return sb.toString();
    }

    private int[] hashes;

    /** A hash of one row's cells, computed once per frame (frames are not changed after drawing). */
    private int rowHash(int y) {
        if (hashes == null) {
            hashes = new int[height];
            for (int r = 0; r < height; r++) {
                int h = 1;
                for (int x = 0; x < width; x++) h = h * 31 + text[r * width + x].hashCode() * 17 + style[r * width + x].hashCode();
                hashes[r] = h;
            }
        }
        return hashes[y];
    }

    public boolean rowEquals(int y, Frame other, int otherY) {
        if (other.width != width) return false;
        if (rowHash(y) != other.rowHash(otherY)) return false;
        int a = y * width, b = otherY * width;
        for (int x = 0; x < width; x++) {
            if (!text[a + x].equals(other.text[b + x]) || !style[a + x].equals(other.style[b + x])) return false;
        }
        return true;
    }

    /** A region of rows that moved by {@code distance} (positive: content moved up) since the previous frame. */
    public record Scroll(int firstRow, int lastRow, int distance) {
    }

    /**
     * The scroll that turns {@code previous} into this frame with the fewest rows left to paint,
     * or null when none saves anything (or the sizes differ). Tries the region of rows that
     * changed and distances up to a third of it.
     */
    public Scroll scrollFrom(Frame previous) {
        if (previous == null || previous.width != width || previous.height != height) return null;
        int first = 0;
        while (first < height && rowEquals(first, previous, first)) first++;
        int last = height - 1;
        while (last > first && rowEquals(last, previous, last)) last--;
        int span = last - first + 1;
        if (span < 3) return null;
        Scroll best = null;
        int bestSaved = 1; // a scroll must save at least two rows to be worth its escape codes
        for (int d = 1; d <= span / 3; d++) {
            for (int sign : new int[] {1, -1}) {
                int dist = d * sign;
                // Rows that will be right after scrolling the region of the previous frame by dist:
                // a shrinking region trims rows at the bottom of the changed area (a status line).
                for (int bottom = last; bottom >= last - 2 && bottom - first + 1 > d * 2; bottom--) {
                    int saved = 0;
                    for (int y = first; y <= bottom; y++) {
                        int src = y + dist;
                        if (src < first || src > bottom) continue;
                        if (rowEquals(y, previous, src)) saved++;
                    }
                    boolean smallerTie = best != null && saved == bestSaved && best.distance() == dist && bottom < best.lastRow();
                    if ((saved > bestSaved || smallerTie) && saved >= (bottom - first + 1 - d) * 3 / 4) {
                        bestSaved = saved;
                        best = new Scroll(first, bottom, dist);
                    }
                }
            }
        }
        return best;
    }
}
