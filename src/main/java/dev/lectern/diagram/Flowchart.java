package dev.lectern.diagram;

import java.util.List;

/** A parsed Mermaid flowchart: direction, nodes in order of first mention, and edges. */
record Flowchart(FlowDirection direction, List<FlowNode> nodes, List<FlowEdge> edges) {
    Flowchart {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    Flowchart withDirection(FlowDirection other) {
        return new Flowchart(other, nodes, edges);
    }
}
