package dev.lectern.diagram;

/**
 * How a line on the {@link Canvas} is drawn. Lines that meet merge into junctions; when strokes
 * differ at a junction the stronger one is shown. {@link #LIGHT} bends round its corners,
 * {@link #SQUARE} keeps them square (box outlines).
 */
enum Stroke {
    LIGHT, SQUARE, DOTTED, THICK, DOUBLE
}
