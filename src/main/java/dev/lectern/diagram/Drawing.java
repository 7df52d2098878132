package dev.lectern.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of drawing a diagram: plain text lines (no trailing spaces, no tabs, no control
 * characters), whether they are wider than the width asked for (so the reader scrolls them
 * horizontally instead of wrapping), and an optional one-line note for the reader, such as why
 * a diagram is shown as its source. It carries no styles; the renderer adds those.
 *
 * @param lines the drawn lines, top to bottom
 * @param overflows true when some line is wider than the requested width
 * @param note a one-line remark to show under the drawing, if any
 */
public record Drawing(List<String> lines, boolean overflows, Optional<String> note) {
    /** Copies the lines so a drawing never changes after it is made. */
    public Drawing {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        note = Objects.requireNonNull(note, "note");
    }
}
