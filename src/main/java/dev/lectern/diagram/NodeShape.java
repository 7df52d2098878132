package dev.lectern.diagram;

/**
 * How a flowchart node is outlined. {@code id[label]} is a {@link #BOX} with square corners
 * ┌┐└┘; {@code id(label)} is {@link #ROUND} ╭╮╰╯; {@code id((label))} is a {@link #CIRCLE},
 * drawn double-lined ╔═╗ with extra padding; {@code id{label}} is a {@link #DECISION}, with
 * slanted corners ╱╲ and pointed sides {@code < >}. Other Mermaid shapes map to the nearest.
 */
enum NodeShape {
    BOX, ROUND, CIRCLE, DECISION;

    /** Columns between the outline and the label, on each side. */
    int padding() {
        return this == CIRCLE ? 2 : 1;
    }
}
