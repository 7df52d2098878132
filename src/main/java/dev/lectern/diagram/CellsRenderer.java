package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws parsed {@code cells} blocks. Row labels sit left-aligned in a gutter shared by the whole
 * diagram; each block has its own column widths (the widest cell or header of that column);
 * consecutive rows share borders, so a stack of rows reads as one grid (┌┬┐ ├┼┤ └┴┘). Pointers
 * put ▲ under the centre of their cell and the note after it; several pointers under one row
 * share the ▲ line, and the others' notes hang below on ╰─ connectors.
 */
final class CellsRenderer {
    private final Glyphs glyphs;
    private final int gutter;
    private final List<String> out = new ArrayList<>();

    private CellsRenderer(List<List<CellsItem>> blocks, Glyphs glyphs) {
        this.glyphs = glyphs;
        int labelWidth = 0;
        for (List<CellsItem> block : blocks) {
            for (CellsItem item : block) {
                if (item instanceof CellsItem.Row row) {
                    labelWidth = Math.max(labelWidth, DisplayWidth.of(row.label()));
                }
            }
        }
        this.gutter = labelWidth == 0 ? 0 : labelWidth + 1;
    }

    static List<String> render(List<List<CellsItem>> blocks, Glyphs glyphs) {
        CellsRenderer renderer = new CellsRenderer(blocks, glyphs);
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                renderer.out.add("");
            }
            renderer.block(blocks.get(b));
        }
        return renderer.out;
    }

    private void block(List<CellsItem> items) {
        List<Integer> widths = new ArrayList<>();
        for (CellsItem item : items) {
            List<String> cells = item instanceof CellsItem.Row row ? row.cells()
                    : item instanceof CellsItem.Header header ? header.cells() : List.of();
            for (int i = 0; i < cells.size(); i++) {
                if (widths.size() <= i) {
                    widths.add(1);
                }
                widths.set(i, Math.max(widths.get(i), DisplayWidth.of(cells.get(i))));
            }
        }
        // a column whose cells all differ in parity from its width gets one more column, so
        // they centre exactly (a mask of 1s and 0s under headers t0, t1 …)
        boolean[] widen = new boolean[widths.size()];
        java.util.Arrays.fill(widen, true);
        boolean[] seen = new boolean[widths.size()];
        for (CellsItem item : items) {
            if (item instanceof CellsItem.Row row) {
                for (int i = 0; i < row.cells().size(); i++) {
                    if (row.cells().get(i).isEmpty()) {
                        continue;
                    }
                    seen[i] = true;
                    widen[i] &= (DisplayWidth.of(row.cells().get(i)) - widths.get(i)) % 2 != 0;
                }
            }
        }
        for (int i = 1; i < widths.size(); i++) {
            if (!seen[i] && widths.get(i) == 1) {
                widths.set(i, widths.get(i - 1)); // a column of empty cells looks like its neighbour
                widen[i] = widen[i - 1];
                seen[i] = seen[i - 1];
            }
        }
        int[] left = new int[widths.size() + 1]; // x of the border left of each column
        left[0] = gutter;
        for (int i = 0; i < widths.size(); i++) {
            left[i + 1] = left[i] + widths.get(i) + 3 + (widen[i] && seen[i] ? 1 : 0);
        }
        int i = 0;
        while (i < items.size()) {
            CellsItem item = items.get(i);
            if (item instanceof CellsItem.Row) {
                List<CellsItem.Row> rows = new ArrayList<>();
                while (i < items.size() && items.get(i) instanceof CellsItem.Row row) {
                    rows.add(row);
                    i++;
                }
                rows(rows, left);
            } else if (item instanceof CellsItem.Pointer) {
                List<CellsItem.Pointer> pointers = new ArrayList<>();
                while (i < items.size() && items.get(i) instanceof CellsItem.Pointer pointer) {
                    pointers.add(pointer);
                    i++;
                }
                pointers(pointers, left);
            } else {
                if (item instanceof CellsItem.Title title) {
                    out.add(DisplayWidth.stripTrailing(title.text()));
                } else if (item instanceof CellsItem.Header header) {
                    header(header, left);
                } else if (item instanceof CellsItem.Text text) {
                    out.add(DisplayWidth.stripTrailing(text.text()));
                }
                i++;
            }
        }
    }

    private static int centred(int[] left, int column, String text) {
        int inner = left[column + 1] - left[column] - 1;
        return left[column] + 1 + (inner - DisplayWidth.of(text)) / 2;
    }

    private static int centre(int[] left, int column) {
        int inner = left[column + 1] - left[column] - 1;
        return left[column] + 1 + (inner - 1) / 2;
    }

    private void header(CellsItem.Header header, int[] left) {
        Canvas canvas = new Canvas(left[left.length - 1] + 1, 1);
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cells().get(c);
            int inner = left[c + 1] - left[c] - 1;
            canvas.text(left[c] + 1 + (inner - DisplayWidth.of(text) + 1) / 2, 0, text);
        }
        out.addAll(canvas.render(glyphs));
    }

    private void rows(List<CellsItem.Row> rows, int[] left) {
        Canvas canvas = new Canvas(left[left.length - 1] + 1, rows.size() * 2 + 1);
        for (int r = 0; r < rows.size(); r++) {
            CellsItem.Row row = rows.get(r);
            int top = 2 * r;
            int n = row.cells().size();
            canvas.line(left[0], top, left[n], top, Stroke.SQUARE);
            canvas.line(left[0], top + 2, left[n], top + 2, Stroke.SQUARE);
            for (int c = 0; c <= n; c++) {
                canvas.line(left[c], top, left[c], top + 2, Stroke.SQUARE);
            }
            for (int c = 0; c < n; c++) {
                canvas.text(centred(left, c, row.cells().get(c)), top + 1, row.cells().get(c));
            }
            canvas.text(0, top + 1, row.label());
        }
        out.addAll(canvas.render(glyphs));
    }

    private void pointers(List<CellsItem.Pointer> pointers, int[] left) {
        List<int[]> marks = new ArrayList<>(); // {x, index into pointers}
        for (int p = 0; p < pointers.size(); p++) {
            marks.add(new int[] {centre(left, pointers.get(p).index()), p});
        }
        marks.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        StringBuilder first = new StringBuilder();
        for (int[] mark : marks) {
            pad(first, mark[0]);
            if (first.length() == mark[0]) {
                first.append(glyphs.north);
            }
        }
        int[] last = marks.get(marks.size() - 1);
        String lastNote = pointers.get(last[1]).note();
        if (!lastNote.isEmpty()) {
            first.append(' ').append(lastNote);
        }
        out.add(DisplayWidth.stripTrailing(first.toString()));
        for (int k = marks.size() - 2; k >= 0; k--) {
            String note = pointers.get(marks.get(k)[1]).note();
            if (note.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < k; j++) {
                pad(line, marks.get(j)[0]);
                if (line.length() == marks.get(j)[0]) {
                    line.append(glyphs.stem);
                }
            }
            pad(line, marks.get(k)[0]);
            if (line.length() > marks.get(k)[0]) {
                line.setLength(marks.get(k)[0]);
            }
            line.append(glyphs.hook).append(note);
            out.add(DisplayWidth.stripTrailing(line.toString()));
        }
    }

    /** Pads with spaces to column x; the builder only ever holds single-width text here. */
    private static void pad(StringBuilder line, int x) {
        while (line.length() < x) {
            line.append(' ');
        }
    }
}
