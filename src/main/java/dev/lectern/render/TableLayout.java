package dev.lectern.render;

import dev.lectern.text.DisplayWidth;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table for a width: columns share the room in proportion to their content, cells
 * wrap, alignment is kept. When even the narrowest sensible columns do not fit, each row becomes
 * a record of {@code header: value} lines. No line is ever wider than the width.
 */
final class TableLayout {
    enum Align { LEFT, CENTER, RIGHT }

    private TableLayout() {
    }

    static List<Line> layout(List<List<Span>> header, List<List<List<Span>>> rows, List<Align> aligns, int width,
                             dev.lectern.text.Symbols symbols) {
        int cols = header.size();
        for (List<List<Span>> r : rows) cols = Math.max(cols, r.size());
        if (cols == 0) return List.of();
        int[] natural = new int[cols];
        int[] minimum = new int[cols];
        List<List<List<Span>>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<List<Span>> r : all) {
            for (int c = 0; c < r.size(); c++) {
                int w = width(r.get(c));
                natural[c] = Math.max(natural[c], w);
                minimum[c] = Math.max(minimum[c], Math.min(longestWord(r.get(c)), 12));
            }
        }
        int chrome = 3 * cols + 1; // "│ " + " │ " between + " │"
        int available = width - chrome;
        int minSum = 0;
        for (int m : minimum) minSum += Math.max(3, m);
        if (available < minSum) return records(header, rows, width);
        int[] widths = share(natural, minimum, available);
        String[] g = symbols.tableFrame();
        List<Line> out = new ArrayList<>();
        out.add(border(widths, g[0], g[1], g[2], g[9]));
        out.addAll(row(header, widths, aligns, g[10], true));
        out.add(border(widths, g[3], g[4], g[5], g[9]));
        for (List<List<Span>> r : rows) out.addAll(row(r, widths, aligns, g[10], false));
        out.add(border(widths, g[6], g[7], g[8], g[9]));
        return out;
    }

    /** Gives each column its natural width if all fit, else shares the room by natural width. */
    private static int[] share(int[] natural, int[] minimum, int available) {
        int cols = natural.length;
        int[] w = new int[cols];
        int sum = 0;
        for (int n : natural) sum += Math.max(1, n);
        if (sum <= available) {
            for (int c = 0; c < cols; c++) w[c] = Math.max(1, natural[c]);
            return w;
        }
        int left = available;
        for (int c = 0; c < cols; c++) {
            w[c] = Math.max(3, minimum[c]);
            left -= w[c];
        }
        // Hand out what is left to the columns that want more, in proportion to what they want.
        while (left > 0) {
            int best = -1;
            double bestNeed = 0;
            for (int c = 0; c < cols; c++) {
                double need = (natural[c] - w[c]) / (double) Math.max(1, natural[c]);
                if (natural[c] > w[c] && need > bestNeed) {
                    bestNeed = need;
                    best = c;
                }
            }
            if (best < 0) break;
            w[best]++;
            left--;
        }
        return w;
    }

    private static List<Line> row(List<List<Span>> cells, int[] widths, List<Align> aligns, String bar, boolean head) {
        List<List<Line>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<Span> cell = c < cells.size() ? cells.get(c) : List.of();
            if (head) cell = cell.stream().map(s -> new Span(s.text(), s.style().withRole(Role.TABLE_HEADER).bold())).toList();
            List<Line> lines = Wrapper.wrap(cell, widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<Line> out = new ArrayList<>();
        Style border = Style.of(Role.TABLE_BORDER);
        for (int i = 0; i < height; i++) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(bar + " ", border));
            for (int c = 0; c < widths.length; c++) {
                Line l = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : Line.EMPTY;
                int pad = widths[c] - l.width();
                Align a = c < aligns.size() ? aligns.get(c) : Align.LEFT;
                int before = a == Align.RIGHT ? pad : a == Align.CENTER ? pad / 2 : 0;
                if (before > 0) spans.add(Span.plain(" ".repeat(before)));
                spans.addAll(l.spans());
                if (pad - before > 0) spans.add(Span.plain(" ".repeat(pad - before)));
                spans.add(new Span(c == widths.length - 1 ? " " + bar : " " + bar + " ", border));
            }
            out.add(new Line(spans, -1));
        }
        return out;
    }

    private static Line border(int[] widths, String left, String mid, String right, String h) {
        StringBuilder sb = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            sb.append(h.repeat(widths[c] + 2));
            sb.append(c == widths.length - 1 ? right : mid);
        }
        return Line.of(sb.toString(), Role.TABLE_BORDER);
    }

    /** One record per row: "header: value" lines, wrapped, rows separated by a blank line. */
    private static List<Line> records(List<List<Span>> header, List<List<List<Span>>> rows, int width) {
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) out.add(Line.EMPTY);
            List<List<Span>> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                List<Span> spans = new ArrayList<>();
                String h = c < header.size() ? text(header.get(c)) : "";
                if (!h.isEmpty()) spans.add(new Span(h + ": ", Style.of(Role.TABLE_HEADER).bold()));
                spans.addAll(row.get(c));
                out.addAll(Wrapper.wrap(spans, width));
            }
        }
        return out;
    }

    private static String text(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(s.text());
        return sb.toString();
    }

    private static int width(List<Span> spans) {
        int w = 0;
        for (Span s : spans) w += s.width();
        return w;
    }

    private static int longestWord(List<Span> spans) {
        int best = 0;
        for (String word : text(spans).split("\\s+")) best = Math.max(best, DisplayWidth.of(word));
        return best;
    }
}
