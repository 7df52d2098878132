package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of text for display layout: lines all padded to the same width, and the index
 * of the baseline row, the row that lines up with the neighbours' baselines (the main line of
 * the formula, or a fraction's rule).
 */
record Box(List<String> lines, int baseline, int width) {

    static Box of(String text) {
        return new Box(List.of(text), 0, width(text));
    }

    /** A box from lines of any width, padded on the right to the widest. */
    static Box of(List<String> lines, int baseline) {
        int width = lines.stream().mapToInt(Box::width).max().orElse(0);
        List<String> padded = new ArrayList<>(lines.size());
        for (String line : lines) padded.add(padRight(line, width));
        return new Box(List.copyOf(padded), baseline, width);
    }

    int height() {
        return lines.size();
    }

    /** Rows above the baseline. */
    int ascent() {
        return baseline;
    }

    /** Rows below the baseline. */
    int descent() {
        return lines.size() - baseline - 1;
    }

    /** Boxes side by side, baselines aligned. */
    static Box beside(List<Box> boxes) {
        int ascent = 0;
        int descent = 0;
        for (Box box : boxes) {
            ascent = Math.max(ascent, box.ascent());
            descent = Math.max(descent, box.descent());
        }
        List<StringBuilder> rows = new ArrayList<>();
        for (int i = 0; i < ascent + descent + 1; i++) rows.add(new StringBuilder());
        for (Box box : boxes) {
            int top = ascent - box.ascent();
            String blank = " ".repeat(box.width());
            for (int row = 0; row < rows.size(); row++) {
                int line = row - top;
                rows.get(row).append(line >= 0 && line < box.height() ? box.lines().get(line) : blank);
            }
        }
        return of(rows.stream().map(StringBuilder::toString).toList(), ascent);
    }

    /** Boxes one above the other, each centred in the widest; {@code baselineRow} is a row of the result. */
    static Box stacked(List<Box> boxes, int baselineRow) {
        int width = boxes.stream().mapToInt(Box::width).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (Box box : boxes) {
            int left = (width - box.width()) / 2;
            for (String line : box.lines()) lines.add(" ".repeat(left) + line);
        }
        return of(lines, baselineRow);
    }

    /** This box widened to {@code width}, placed left, right or centred. */
    Box aligned(int width, MatrixStyle.Align align, boolean right) {
        int extra = Math.max(0, width - this.width);
        int left = switch (align) {
            case LEFT -> 0;
            case CENTER -> extra / 2;
            case ALTERNATE -> right ? extra : 0;
        };
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) out.add(" ".repeat(left) + line);
        return of(out, baseline);
    }

    /** This box with blank rows added so it has the given ascent and descent. */
    Box extended(int ascent, int descent) {
        List<String> out = new ArrayList<>();
        String blank = " ".repeat(width);
        for (int i = baseline; i < ascent; i++) out.add(blank);
        out.addAll(lines);
        for (int i = descent(); i < descent; i++) out.add(blank);
        return new Box(List.copyOf(out), Math.max(ascent, baseline), width);
    }

    /** Columns a string takes in a terminal: code points, not counting combining marks. */
    static int width(String text) {
        int width = 0;
        for (int c : text.codePoints().toArray()) {
            if (!isCombining(c)) width++;
        }
        return width;
    }

    static boolean isCombining(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    static String padRight(String text, int width) {
        int missing = width - width(text);
        return missing > 0 ? text + " ".repeat(missing) : text;
    }
}
