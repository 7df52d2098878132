package dev.lectern.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public contract: supported languages, validation with line numbers, safe fallbacks. */
class DiagramsTest {
    @Test
    void supportsOnlyMermaidAndCells() {
        assertTrue(Diagrams.supports("mermaid"));
        assertTrue(Diagrams.supports(" Cells "));
        assertFalse(Diagrams.supports("dot"));
        assertFalse(Diagrams.supports(null));
    }

    @Test
    void validMermaidHasNoProblems() {
        assertEquals(List.of(), Diagrams.validate("mermaid", "graph LR; a --> b; b -.->|maybe| c((c))"));
    }

    @Test
    void unsupportedMermaidStatementsAreReportedWithTheirLines() {
        List<DiagramProblem> problems = Diagrams.validate("mermaid", """
                graph TD
                  classDef hot fill:#f00
                  a --> b
                  style a fill:#fff
                  click a "https://example.com"
                """);
        assertEquals(List.of(2, 4, 5), problems.stream().map(DiagramProblem::line).toList());
        assertTrue(problems.get(0).message().contains("classDef"));
    }

    @Test
    void otherMermaidDiagramTypesAreUnsupported() {
        List<DiagramProblem> problems = Diagrams.validate("mermaid", "sequenceDiagram\n  a->>b: hi\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("sequenceDiagram"));
    }

    @Test
    void unbalancedBracketsAndDanglingEdgesAreReported() {
        List<DiagramProblem> problems = Diagrams.validate("mermaid", "graph TD\n  a[open --> b\n  c -->\n  d{x --> e\n");
        assertEquals(List.of(2, 3, 4), problems.stream().map(DiagramProblem::line).toList());
        assertTrue(problems.get(0).message().contains("unbalanced"));
        assertTrue(problems.get(1).message().contains("no target"));
    }

    @Test
    void emptyGraphIsAProblem() {
        assertEquals(1, Diagrams.validate("mermaid", "graph TD\n%% nothing yet\n").size());
        assertEquals(1, Diagrams.validate("mermaid", "").size());
    }

    @Test
    void brokenMermaidIsDrawnAsItsSourceWithANote() {
        Drawing drawing = Diagrams.draw("mermaid", "graph TD\n  a -->\n", 80, Glyphs.UNICODE);
        assertEquals(List.of("graph TD", "  a -->"), drawing.lines());
        assertEquals("mermaid error at line 2: edge with no target — shown as source", drawing.note().orElseThrow());
    }

    @Test
    void cellsPointerProblemsAreReported() {
        List<DiagramProblem> problems = Diagrams.validate("cells", """
                ^ 0 nothing above
                row: a | b
                ^ 2 past the end
                ^ 1 fine
                just some words
                """);
        assertEquals(List.of(1, 3, 5), problems.stream().map(DiagramProblem::line).toList());
        assertTrue(problems.get(1).message().contains("out of range"));
    }

    @Test
    void raggedCellRowsAreAllowedAndDrawnShorter() {
        assertEquals(List.of(), Diagrams.validate("cells", "| a | b | c\n| d\n"));
        Drawing drawing = Diagrams.draw("cells", "| a | b | c\n| d\n", 80, Glyphs.UNICODE);
        assertEquals(List.of("┌───┬───┬───┐", "│ a │ b │ c │", "├───┼───┴───┘", "│ d │", "└───┘"), drawing.lines());
    }

    @Test
    void wideCharactersCountAsTwoColumns() {
        Drawing drawing = Diagrams.draw("mermaid", "graph LR\n  a[注意力] --> b[输出]", 80, Glyphs.UNICODE);
        assertEquals("│ 注意力 ├──▶│ 输出 │", drawing.lines().get(1));
        assertEquals(DisplayWidth.of(drawing.lines().get(0)), DisplayWidth.of(drawing.lines().get(1)));
    }

    @Test
    void unknownLanguageIsShownAsSource() {
        Drawing drawing = Diagrams.draw("plantuml", "@startuml\n\tA -> B\n", 80, Glyphs.UNICODE);
        assertEquals(List.of("@startuml", "    A -> B"), drawing.lines());
        assertTrue(drawing.note().isPresent());
    }

    @Test
    void escapeSequencesNeverReachTheOutput() {
        Drawing drawing = Diagrams.draw("mermaid", "graph TD\n  a[\u001b[31mred] --> b", 80, Glyphs.UNICODE);
        drawing.lines().forEach(line -> assertFalse(line.contains("\u001b"), line));
    }
}
