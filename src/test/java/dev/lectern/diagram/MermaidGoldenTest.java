package dev.lectern.diagram;

import static dev.lectern.diagram.GoldenFiles.assertGolden;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Golden layouts of Mermaid flowcharts; each golden is a picture a reader will see in an essay. */
class MermaidGoldenTest {
    private static final String CHAIN = """
            a[load text] --> b[tokenize] --> c[embed]
            """;

    private static final String TRAINING_LOOP = """
            %% the training loop: the update feeds the next forward pass
            data[batch of data] --> model(model)
            model -->|predictions| loss[loss]
            loss -->|backward| grad[gradients]
            grad --> update[optimizer step]
            update -->|new weights| model
            """;

    private static Drawing mermaid(String source, int width) {
        return Diagrams.draw("mermaid", source, width, Glyphs.UNICODE);
    }

    @Test
    void chainTopDownStacksRanksWithArrowsPointingDown() {
        assertGolden("chain-td", mermaid("graph TD\n" + CHAIN, 80));
    }

    @Test
    void chainLeftRightPutsRanksSideBySide() {
        assertGolden("chain-lr", mermaid("graph LR\n" + CHAIN, 80));
    }

    @Test
    void chainBottomUpMirrorsTopDownWithArrowsPointingUp() {
        assertGolden("chain-bt", mermaid("graph BT\n" + CHAIN, 80));
    }

    @Test
    void chainRightLeftMirrorsLeftRightWithArrowsPointingLeft() {
        assertGolden("chain-rl", mermaid("graph RL\n" + CHAIN, 80));
    }

    @Test
    void pipeLabelsSitAboveTheirEdgeLeftToRight() {
        assertGolden("labels-pipe-lr", mermaid("""
                graph LR
                  q[query] -->|dot product| s[scores]
                  s -->|softmax| w[weights]
                """, 80));
    }

    @Test
    void inlineTextLabelsSitBesideTheirEdgeTopDown() {
        assertGolden("labels-inline-td", mermaid("""
                flowchart TD
                  x[input] -- normalise --> n[layer norm]
                  n -. skip .-> y[output]
                  n == attend ==> y
                """, 80));
    }

    @Test
    void trainingLoopTopDownRoutesTheUpdateBackRoundTheRightSide() {
        assertGolden("training-loop-td", mermaid("graph TD\n" + TRAINING_LOOP, 80));
    }

    @Test
    void trainingLoopLeftRightRoutesTheUpdateBackUnderneath() {
        assertGolden("training-loop-lr", mermaid("graph LR\n" + TRAINING_LOOP, 120));
    }

    @Test
    void nodeShapesAndEdgeStrokesAreDistinguishable() {
        assertGolden("shapes", mermaid("""
                graph TD
                  a[box] --> b(round) --> c((circle))
                  c --> d{decision}
                  d --- e[open line]
                  d -.-> f[dotted]
                  d ==> g[thick]
                """, 80));
    }

    @Test
    void selfLoopCurlsBackIntoTheRightSideOfItsNode() {
        assertGolden("self-loop-td", mermaid("""
                graph TD
                  x[token] --> h((hidden state))
                  h -->|next step| h
                  h --> y[prediction]
                """, 80));
    }

    @Test
    void wideLeftRightGraphTurnsTopDownToFit() {
        Drawing drawing = mermaid("""
                graph LR
                  tokens --> embeddings --> attention --> feedforward --> logits --> sample
                """, 60);
        assertFalse(drawing.overflows());
        assertTrue(drawing.lines().size() > 10, "drawn top-down");
        assertGolden("wide-falls-back-to-td", drawing);
    }

    @Test
    void graphTooWideEitherWayOverflows() {
        Drawing drawing = mermaid("""
                graph TD
                  in[a rather long input name] --> one[first expert network] & two[second expert network]
                  one --> out[a rather long output name]
                  two --> out
                """, 40);
        assertTrue(drawing.overflows());
        assertGolden("too-wide-overflows", drawing);
    }

    @Test
    void subgraphIsShownAsSourceWithANoteNamingTheLine() {
        Drawing drawing = mermaid("""
                graph TD
                  a --> b
                  subgraph encoder
                    b --> c
                  end
                """, 80);
        assertTrue(drawing.note().orElseThrow().contains("line 3"));
        assertGolden("unsupported-subgraph", drawing);
    }

    @Test
    void asciiGlyphsDrawTheSameLayoutWithPlainCharacters() {
        Drawing drawing = Diagrams.draw("mermaid", "graph TD\n" + TRAINING_LOOP, 80, Glyphs.ASCII);
        for (String line : drawing.lines()) {
            assertTrue(line.chars().allMatch(c -> c < 128), line);
        }
        assertGolden("training-loop-ascii", drawing);
    }
}
