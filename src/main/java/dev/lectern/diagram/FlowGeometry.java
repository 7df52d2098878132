package dev.lectern.diagram;

import java.util.List;

/**
 * A laid-out flowchart in direction-free coordinates: {@code main} runs along the ranks (down
 * for TD, right for LR), {@code cross} across them. {@link FlowchartPainter} maps these to
 * screen cells for the chart's direction, mirroring for BT and RL.
 */
record FlowGeometry(int mainExtent, int crossExtent, List<Box> boxes, List<Path> paths,
                    List<Arrow> arrows, List<Label> labels) {

    /** A node outline and its label. */
    record Box(FlowNode node, int main, int cross, int mainSize, int crossSize) {
    }

    /** An orthogonal line through points, each {@code {main, cross}}. */
    record Path(List<int[]> points, Stroke stroke) {
    }

    /** An arrowhead in a cell, pointing along (dMain, dCross). */
    record Arrow(int main, int cross, int dMain, int dCross) {
    }

    /** Edge label text occupying a rectangle of the given extent. */
    record Label(String text, int main, int cross, int mainSize, int crossSize) {
    }
}
