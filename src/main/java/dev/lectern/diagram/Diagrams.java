package dev.lectern.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry point for diagram fences: draws {@code mermaid} flowcharts and {@code cells} rows as
 * box-drawing text for a width, and validates their source for {@code lectern check}. Never
 * throws: anything it cannot draw comes back as the source lines with a note.
 */
public final class Diagrams {
    private Diagrams() {
    }

    /** True for the fence languages this package draws: "mermaid", "cells". */
    public static boolean supports(String language) {
        String lang = normalise(language);
        return lang.equals("mermaid") || lang.equals("cells");
    }

    /**
     * Draws {@code source} for at most {@code width} columns. Never throws. For unsupported
     * syntax returns the source lines as they are, with a note naming the line.
     */
    public static Drawing draw(String language, String source, int width, Glyphs glyphs) {
        String text = source == null ? "" : source;
        Glyphs set = glyphs == null ? Glyphs.UNICODE : glyphs;
        try {
            return switch (normalise(language)) {
                case "mermaid" -> MermaidDiagram.draw(text, width, set);
                case "cells" -> CellsDiagram.draw(text, width, set);
                default -> SourceFallback.of(text, width,
                        "unsupported diagram language '" + DisplayWidth.truncate(DisplayWidth.clean(String.valueOf(language)), 20) + "' — shown as source");
            };
        } catch (RuntimeException | StackOverflowError e) {
            return safeFallback(text, width);
        }
    }

    /** Problems in {@code source}, empty when it parses; used by {@code lectern check}. */
    public static List<DiagramProblem> validate(String language, String source) {
        String text = source == null ? "" : source;
        try {
            return switch (normalise(language)) {
                case "mermaid" -> List.copyOf(MermaidDiagram.validate(text));
                case "cells" -> List.copyOf(CellsDiagram.validate(text));
                default -> List.of(new DiagramProblem(1, "unsupported diagram language"));
            };
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new DiagramProblem(1, "could not be checked"));
        }
    }

    private static Drawing safeFallback(String text, int width) {
        try {
            return SourceFallback.of(text, width, "could not draw this diagram — shown as source");
        } catch (RuntimeException e) {
            return new Drawing(List.of(), false, Optional.of("could not draw this diagram"));
        }
    }

    private static String normalise(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }
}
