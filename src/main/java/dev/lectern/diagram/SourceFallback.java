package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A diagram shown as its own source text, cleaned for the terminal, with a note saying why. */
final class SourceFallback {
    private SourceFallback() {
    }

    static Drawing of(String source, int width, String note) {
        List<String> lines = new ArrayList<>();
        for (String line : (source == null ? "" : source).split("\r\n|\r|\n", -1)) {
            lines.add(DisplayWidth.cleanSourceLine(line));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return fitted(lines, width, Optional.ofNullable(note).map(DisplayWidth::clean));
    }

    /** A drawing of the lines, flagged as overflowing when any is wider than {@code width}. */
    static Drawing fitted(List<String> lines, int width, Optional<String> note) {
        return new Drawing(lines, widest(lines) > width, note);
    }

    static int widest(List<String> lines) {
        int widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, DisplayWidth.of(line));
        }
        return widest;
    }
}
