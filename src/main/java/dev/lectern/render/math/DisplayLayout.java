package dev.lectern.render.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a formula out as a {@link Box}: fractions stacked over a rule, big operators with their
 * limits above and below, brackets grown to their contents, matrices in aligned columns.
 * Scripts and everything inside them stay on one line ({@link InlineLayout}).
 */
final class DisplayLayout {
    private final boolean unicode;
    private final dev.lectern.text.Symbols sym;
    private final InlineLayout inline;

    DisplayLayout(boolean unicode) {
        this.unicode = unicode;
        this.sym = dev.lectern.text.Symbols.of(unicode);
        this.inline = new InlineLayout(unicode);
    }

    Box layout(MathNode node) {
        if (node instanceof MathNode.Group g) return row(g.items());
        if (node instanceof MathNode.Script s) return script(layout(s.base()), s.sub(), s.sup());
        if (node instanceof MathNode.BigOp b) return bigOperator(b);
        if (node instanceof MathNode.Frac f) return fraction(f);
        if (node instanceof MathNode.Sqrt s) return root(s);
        if (node instanceof MathNode.Fenced f) return fenced(f);
        if (node instanceof MathNode.Matrix m) return matrix(m);
        if (node instanceof MathNode.Styled s) return styled(s);
        return Box.of(inline.render(node, false));
    }

    private Box row(List<MathNode> items) {
        List<Spacing.Atom> atoms = inline.atoms(items, false, true);
        int[] gaps = Spacing.gaps(atoms, false);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int gap = gaps[i];
            if (gap == 0 && i > 0 && items.get(i) instanceof MathNode.Frac && items.get(i - 1) instanceof MathNode.Frac) {
                gap = 1;
            }
            if (gap > 0) boxes.add(Box.of(" ".repeat(gap)));
            boxes.add(layout(items.get(i)));
        }
        return boxes.isEmpty() ? Box.of("") : Box.beside(boxes);
    }

    /**
     * A base with scripts. A script whose characters all have Unicode script forms sits on the
     * base's top row (superscript) or bottom row (subscript); any other script is written on
     * the row above or below, to the right of the base. In ASCII, scripts stay on the base's
     * rows as {@code ^2}, {@code _k}, {@code ^(…)}, which reads better than raised text.
     */
    private Box script(Box base, MathNode sub, MathNode sup) {
        String subText = inline.scriptText(sub);
        String supText = inline.scriptText(sup);
        String subMapped = subText.isEmpty() ? "" : unicode ? Scripts.subscript(subText) : inline.subscript(sub);
        String supMapped = supText.isEmpty() ? "" : unicode ? superscriptOrPrime(supText) : inline.superscript(sup);

        boolean raised = supMapped == null;
        boolean lowered = subMapped == null;
        int top = raised ? 1 : 0;
        int height = top + base.height() + (lowered ? 1 : 0);
        List<StringBuilder> right = new ArrayList<>();
        for (int i = 0; i < height; i++) right.add(new StringBuilder());
        if (raised) right.get(0).append(supText);
        if (lowered) right.get(height - 1).append(subText);
        int firstRow = top;
        int lastRow = top + base.height() - 1;
        if (subMapped != null) right.get(lastRow).append(subMapped);
        if (supMapped != null) right.get(firstRow).append(supMapped);

        List<String> lines = new ArrayList<>();
        String blank = " ".repeat(base.width());
        for (int i = 0; i < height; i++) {
            int line = i - top;
            String left = line >= 0 && line < base.height() ? base.lines().get(line) : blank;
            lines.add(left + right.get(i));
        }
        return Box.of(lines, top + base.baseline());
    }

    private static String superscriptOrPrime(String text) {
        if (text.chars().allMatch(c -> c == '′')) return text;
        return Scripts.superscript(text);
    }

    private Box bigOperator(MathNode.BigOp op) {
        Box symbol = Box.of(inline.render(op.operator(), false));
        List<Box> parts = new ArrayList<>();
        int baseline = 0;
        if (op.upper() != null) {
            parts.add(Box.of(inline.scriptText(op.upper())));
            baseline = 1;
        }
        parts.add(symbol);
        if (op.lower() != null) parts.add(Box.of(inline.scriptText(op.lower())));
        return Box.stacked(parts, baseline);
    }

    private Box fraction(MathNode.Frac frac) {
        Box numerator = layout(frac.numerator());
        Box denominator = layout(frac.denominator());
        int width = Math.max(numerator.width(), denominator.width());
        Box rule = Box.of(sym.hrule().repeat(Math.max(1, width)));
        return Box.stacked(List.of(numerator, rule, denominator), numerator.height());
    }

    /**
     * √x for a single atom; an overline row of {@code _} over a longer body; a diagonal
     * {@code ╱} running up the side of a body taller than one line.
     */
    private Box root(MathNode.Sqrt sqrt) {
        Box body = layout(sqrt.body());
        String index = sqrt.index() == null ? "" : inline.render(sqrt.index(), true);
        if (body.height() == 1 && (!unicode || InlineLayout.isSingleAtom(sqrt.body()) || !index.isEmpty())) {
            return Box.of(inline.render(sqrt, false));
        }
        int height = body.height();
        int prefix = height == 1 ? 1 : height + 1;
        List<String> lines = new ArrayList<>();
        lines.add(" ".repeat(prefix) + "_".repeat(body.width()));
        for (int row = 0; row < height; row++) {
            String side;
            if (height == 1) {
                side = sym.radical();
            } else {
                StringBuilder s = new StringBuilder(" ".repeat(prefix));
                s.replace(height - row, height - row + 1, sym.rising());
                if (row == height - 1) s.replace(0, 1, sym.falling());
                side = s.toString();
            }
            lines.add(side + body.lines().get(row));
        }
        return Box.of(lines, body.baseline() + 1);
    }

    private Box fenced(MathNode.Fenced fenced) {
        Box body = layout(fenced.body());
        String left = inline.render(fenced.left(), false);
        String right = inline.render(fenced.right(), false);
        if (body.height() == 1) return Box.of(left + body.lines().get(0) + right);
        return Box.beside(List.of(
                Delimiters.tall(left, body.height(), body.baseline(), unicode),
                body,
                Delimiters.tall(right, body.height(), body.baseline(), unicode)));
    }

    private Box matrix(MathNode.Matrix matrix) {
        MatrixStyle style = matrix.style();
        List<List<Box>> cells = new ArrayList<>();
        int columns = 0;
        for (List<MathNode> row : matrix.rows()) {
            List<Box> boxes = new ArrayList<>();
            for (MathNode cell : row) boxes.add(layout(cell));
            cells.add(boxes);
            columns = Math.max(columns, boxes.size());
        }
        int[] widths = new int[columns];
        boolean tallRows = false;
        for (List<Box> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).width());
                tallRows |= row.get(c).height() > 1;
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            if (r > 0 && tallRows) lines.add("");
            lines.addAll(matrixRow(cells.get(r), widths, style).lines());
        }
        if (lines.isEmpty()) lines.add("");
        int height = lines.size();
        int baseline = (height - 1) / 2;
        Box body = Box.of(lines, baseline);
        String left = unicode ? style.left : style.asciiLeft;
        String right = unicode ? style.right : style.asciiRight;
        List<Box> parts = new ArrayList<>();
        if (!left.isEmpty()) parts.add(Delimiters.tall(left, height, baseline, unicode));
        parts.add(body);
        if (!right.isEmpty()) parts.add(Delimiters.tall(right, height, baseline, unicode));
        return Box.beside(parts);
    }

    private static Box matrixRow(List<Box> cells, int[] widths, MatrixStyle style) {
        int ascent = 0;
        int descent = 0;
        for (Box cell : cells) {
            ascent = Math.max(ascent, cell.ascent());
            descent = Math.max(descent, cell.descent());
        }
        List<Box> parts = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) parts.add(Box.of(" ".repeat(style.columnGap == 0 ? 1 : style.columnGap)));
            Box cell = c < cells.size() ? cells.get(c) : Box.of("");
            parts.add(cell.aligned(widths[c], style.align, c % 2 == 0).extended(ascent, descent));
        }
        return Box.beside(parts);
    }

    private Box styled(MathNode.Styled styled) {
        Box body = layout(styled.body());
        if (!unicode) return body;
        return Box.of(body.lines().stream().map(styled.font()::apply).toList(), body.baseline());
    }
}
