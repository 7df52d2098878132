package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws and checks {@code mermaid} fences: parse with {@link MermaidParser}, lay out with
 * {@link LayeredLayout}, paint with {@link FlowchartPainter}. When the drawing is wider than the
 * page it tries the turned direction (TD and LR swap), and keeps the original, flagged as
 * overflowing, if that does not fit either. Anything it cannot draw is shown as source.
 */
final class MermaidDiagram {
    /** Beyond this the layout would be slow and unreadable in a terminal anyway. */
    static final int MAX_NODES = 150;
    static final int MAX_EDGES = 300;

    private MermaidDiagram() {
    }

    static Drawing draw(String source, int width, Glyphs glyphs) {
        MermaidParser.Result result = MermaidParser.parse(source);
        if (!result.ok()) {
            return SourceFallback.of(source, width, result.issues().get(0).note());
        }
        Flowchart chart = result.chart();
        if (chart.nodes().size() > MAX_NODES || chart.edges().size() > MAX_EDGES) {
            return SourceFallback.of(source, width, "mermaid graph too large to draw ("
                    + chart.nodes().size() + " nodes, " + chart.edges().size() + " edges) — shown as source");
        }
        List<String> lines = render(chart, glyphs);
        if (SourceFallback.widest(lines) > width) {
            List<String> turned = render(chart.withDirection(chart.direction().turned()), glyphs);
            if (SourceFallback.widest(turned) <= width) {
                return SourceFallback.fitted(turned, width, Optional.empty());
            }
        }
        return SourceFallback.fitted(lines, width, Optional.empty());
    }

    private static List<String> render(Flowchart chart, Glyphs glyphs) {
        return FlowchartPainter.paint(LayeredLayout.layout(chart), chart.direction(), glyphs);
    }

    static List<DiagramProblem> validate(String source) {
        List<DiagramProblem> problems = new ArrayList<>();
        for (MermaidParser.Issue issue : MermaidParser.parse(source).issues()) {
            problems.add(issue.problem());
        }
        return problems;
    }
}
