package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-size grid of terminal cells that diagrams are drawn into. Each cell holds either text
 * (which wins) or a set of line directions per {@link Stroke}; when the grid is rendered, the
 * directions meeting in a cell become the matching box-drawing glyph, so crossing and touching
 * lines form proper junctions without the drawing code having to think about them. Writes
 * outside the grid are ignored.
 */
final class Canvas {
    static final int NORTH = 1;
    static final int EAST = 2;
    static final int SOUTH = 4;
    static final int WEST = 8;
    private static final String WIDE_TAIL = "";

    private final int width;
    private final int height;
    private final String[] text;
    private final int[] bits;

    Canvas(int width, int height) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.text = new String[this.width * this.height];
        this.bits = new int[this.width * this.height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    private boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    private void addBits(int x, int y, int direction, Stroke stroke) {
        if (inside(x, y)) {
            bits[y * width + x] |= direction << (4 * stroke.ordinal());
        }
    }

    /** An orthogonal line between two cells, both included; a diagonal request draws an L. */
    void line(int x0, int y0, int x1, int y1, Stroke stroke) {
        int x = x0;
        int y = y0;
        while (x != x1) {
            int step = x1 > x ? 1 : -1;
            addBits(x, y, step > 0 ? EAST : WEST, stroke);
            addBits(x + step, y, step > 0 ? WEST : EAST, stroke);
            x += step;
        }
        while (y != y1) {
            int step = y1 > y ? 1 : -1;
            addBits(x, y, step > 0 ? SOUTH : NORTH, stroke);
            addBits(x, y + step, step > 0 ? NORTH : SOUTH, stroke);
            y += step;
        }
    }

    /** Lines through consecutive points, each point an {@code {x, y}} pair. */
    void polyline(List<int[]> points, Stroke stroke) {
        for (int i = 1; i < points.size(); i++) {
            int[] a = points.get(i - 1);
            int[] b = points.get(i);
            line(a[0], a[1], b[0], b[1], stroke);
        }
    }

    /** The outline of a rectangle whose top-left cell is (x, y). */
    void rectangle(int x, int y, int w, int h, Stroke stroke) {
        if (w < 2 || h < 2) {
            return;
        }
        line(x, y, x + w - 1, y, stroke);
        line(x, y + h - 1, x + w - 1, y + h - 1, stroke);
        line(x, y, x, y + h - 1, stroke);
        line(x + w - 1, y, x + w - 1, y + h - 1, stroke);
    }

    /** True when a line or text already occupies the cell. */
    boolean occupied(int x, int y) {
        return inside(x, y) && (text[y * width + x] != null || bits[y * width + x] != 0);
    }

    /**
     * Writes cleaned text starting at (x, y); wide characters take two cells, combining marks join
     * the character before. Returns the column after the text.
     */
    int text(int x, int y, String s) {
        String clean = DisplayWidth.clean(s);
        int column = x;
        int last = -1;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            i += Character.charCount(cp);
            int w = DisplayWidth.columns(cp);
            String glyph = new String(Character.toChars(cp));
            if (w == 0) {
                if (last >= 0 && inside(last, y) && text[y * width + last] != null) {
                    text[y * width + last] += glyph;
                }
                continue;
            }
            if (w == 2 && !inside(column + 1, y)) {
                put(column, y, "?");
            } else {
                put(column, y, glyph);
                if (w == 2) {
                    put(column + 1, y, WIDE_TAIL);
                }
            }
            last = column;
            column += w;
        }
        return column;
    }

    /** Puts one glyph in a cell, keeping wide characters around it whole. */
    void put(int x, int y, String glyph) {
        if (!inside(x, y)) {
            return;
        }
        int at = y * width + x;
        if (!WIDE_TAIL.equals(glyph)) {
            if (WIDE_TAIL.equals(text[at]) && x > 0) {
                text[at - 1] = " ";
            }
            if (text[at] != null && !text[at].isEmpty() && DisplayWidth.of(text[at]) == 2 && x + 1 < width) {
                text[at + 1] = " ";
            }
        }
        text[at] = glyph;
    }

    /** The grid as lines of text, trailing spaces removed. */
    List<String> render(Glyphs glyphs) {
        List<String> lines = new ArrayList<>(height);
        for (int y = 0; y < height; y++) {
            StringBuilder row = new StringBuilder(width);
            for (int x = 0; x < width; x++) {
                int at = y * width + x;
                if (text[at] != null) {
                    row.append(text[at]);
                } else if (bits[at] != 0) {
                    row.append(LineGlyphs.glyph(bits[at], glyphs));
                } else {
                    row.append(' ');
                }
            }
            lines.add(DisplayWidth.stripTrailing(row.toString()));
        }
        return lines;
    }
}
