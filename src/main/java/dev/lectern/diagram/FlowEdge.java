package dev.lectern.diagram;

/**
 * A flowchart edge between node indices, with its stroke ({@code -->} light, {@code -.->}
 * dotted, {@code ==>} thick), whether it ends in an arrowhead ({@code ---} does not), and its
 * label (empty when none).
 */
record FlowEdge(int from, int to, Stroke stroke, boolean arrow, String label) {
    boolean labelled() {
        return !label.isEmpty();
    }
}
