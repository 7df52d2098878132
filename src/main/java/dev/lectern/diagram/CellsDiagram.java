package dev.lectern.diagram;

import java.util.List;
import java.util.Optional;

/** Draws and checks {@code cells} fences with {@link CellsParser} and {@link CellsRenderer}. */
final class CellsDiagram {
    private CellsDiagram() {
    }

    static Drawing draw(String source, int width, Glyphs glyphs) {
        CellsParser.Result result = CellsParser.parse(source);
        if (result.blocks().isEmpty()) {
            return new Drawing(List.of(), false, Optional.of("empty cells diagram"));
        }
        return SourceFallback.fitted(CellsRenderer.render(result.blocks(), glyphs), width, Optional.empty());
    }

    static List<DiagramProblem> validate(String source) {
        return CellsParser.parse(source).problems();
    }
}
