package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Paints a {@link FlowGeometry} onto a {@link Canvas} for a direction: TD maps main to rows and
 * cross to columns, LR the other way round; BT and RL mirror the main axis (text never mirrors).
 * Node outlines are drawn first, then edges (which turn the outline cells they touch into
 * junctions such as ┬ or ├), then labels and arrowheads on top.
 */
final class FlowchartPainter {
    private final FlowDirection direction;
    private final FlowGeometry geometry;
    private final Glyphs glyphs;

    private FlowchartPainter(FlowGeometry geometry, FlowDirection direction, Glyphs glyphs) {
        this.geometry = geometry;
        this.direction = direction;
        this.glyphs = glyphs;
    }

    static List<String> paint(FlowGeometry geometry, FlowDirection direction, Glyphs glyphs) {
        return new FlowchartPainter(geometry, direction, glyphs).paint();
    }

    /** Screen {x, y} of a direction-free cell. */
    private int[] point(int main, int cross) {
        int m = direction.mirrored() ? geometry.mainExtent() - 1 - main : main;
        return direction.vertical() ? new int[] {cross, m} : new int[] {m, cross};
    }

    /** Screen {x, y, w, h} of a direction-free rectangle. */
    private int[] rect(int main, int cross, int mainSize, int crossSize) {
        int m = direction.mirrored() ? geometry.mainExtent() - main - mainSize : main;
        return direction.vertical()
                ? new int[] {cross, m, crossSize, mainSize}
                : new int[] {m, cross, mainSize, crossSize};
    }

    private List<String> paint() {
        int w = direction.vertical() ? geometry.crossExtent() : geometry.mainExtent();
        int h = direction.vertical() ? geometry.mainExtent() : geometry.crossExtent();
        Canvas canvas = new Canvas(w, h);
        for (FlowGeometry.Box box : geometry.boxes()) {
            outline(canvas, box);
        }
        for (FlowGeometry.Path path : geometry.paths()) {
            List<int[]> points = new ArrayList<>();
            for (int[] p : path.points()) {
                points.add(point(p[0], p[1]));
            }
            canvas.polyline(points, path.stroke());
        }
        for (FlowGeometry.Box box : geometry.boxes()) {
            int[] r = rect(box.main(), box.cross(), box.mainSize(), box.crossSize());
            List<String> lines = box.node().lines();
            for (int i = 0; i < lines.size(); i++) {
                int textWidth = DisplayWidth.of(lines.get(i));
                canvas.text(r[0] + (r[2] - textWidth) / 2, r[1] + 1 + i, lines.get(i));
            }
        }
        for (FlowGeometry.Label label : geometry.labels()) {
            int[] r = rect(label.main(), label.cross(), label.mainSize(), label.crossSize());
            canvas.text(r[0], r[1], label.text());
        }
        for (FlowGeometry.Arrow arrow : geometry.arrows()) {
            int[] p = point(arrow.main(), arrow.cross());
            int dMain = direction.mirrored() ? -arrow.dMain() : arrow.dMain();
            int dx = direction.vertical() ? arrow.dCross() : dMain;
            int dy = direction.vertical() ? dMain : arrow.dCross();
            canvas.put(p[0], p[1], arrowGlyph(dx, dy));
        }
        return canvas.render(glyphs);
    }

    private String arrowGlyph(int dx, int dy) {
        if (dx > 0) {
            return glyphs.east;
        }
        if (dx < 0) {
            return glyphs.west;
        }
        if (dy < 0) {
            return glyphs.north;
        }
        return glyphs.south;
    }

    private void outline(Canvas canvas, FlowGeometry.Box box) {
        int[] r = rect(box.main(), box.cross(), box.mainSize(), box.crossSize());
        int x = r[0];
        int y = r[1];
        int w = r[2];
        int h = r[3];
        switch (box.node().shape()) {
            case BOX -> canvas.rectangle(x, y, w, h, Stroke.SQUARE);
            case ROUND -> canvas.rectangle(x, y, w, h, Stroke.LIGHT);
            case CIRCLE -> canvas.rectangle(x, y, w, h, Stroke.DOUBLE);
            case DECISION -> {
                canvas.line(x + 1, y, x + w - 2, y, Stroke.SQUARE);
                canvas.line(x + 1, y + h - 1, x + w - 2, y + h - 1, Stroke.SQUARE);
                canvas.put(x, y, glyphs.rising);
                canvas.put(x + w - 1, y, glyphs.falling);
                canvas.put(x, y + h - 1, glyphs.falling);
                canvas.put(x + w - 1, y + h - 1, glyphs.rising);
                int middle = y + (h - 1) / 2;
                for (int row = y + 1; row < y + h - 1; row++) {
                    canvas.put(x, row, row == middle ? "<" : glyphs.stem);
                    canvas.put(x + w - 1, row, row == middle ? ">" : glyphs.stem);
                }
            }
            default -> canvas.rectangle(x, y, w, h, Stroke.SQUARE);
        }
    }
}
