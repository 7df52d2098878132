package dev.lectern.diagram;

/**
 * A problem found while parsing a diagram, for {@code lectern check}: a 1-based line number
 * within the diagram source (not the Markdown file) and a short message. It is a report, not
 * an exception; drawing still succeeds (falling back to the source) when problems exist.
 *
 * @param line 1-based line within the diagram source
 * @param message what is wrong, in a few words
 */
public record DiagramProblem(int line, String message) {
}
