package dev.lectern.diagram;

import java.util.List;

/**
 * A flowchart node: its Mermaid id, its label split into lines ({@code <br>} breaks a line),
 * and its shape.
 */
record FlowNode(String id, List<String> lines, NodeShape shape) {
    FlowNode {
        lines = List.copyOf(lines);
    }

    int labelWidth() {
        int w = 0;
        for (String line : lines) {
            w = Math.max(w, DisplayWidth.of(line));
        }
        return w;
    }
}
