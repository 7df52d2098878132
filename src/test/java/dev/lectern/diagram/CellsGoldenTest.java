package dev.lectern.diagram;

import static dev.lectern.diagram.GoldenFiles.assertGolden;

import org.junit.jupiter.api.Test;

/** Golden drawings of the {@code cells} language. */
class CellsGoldenTest {
    private static Drawing cells(String source) {
        return Diagrams.draw("cells", source, 80, Glyphs.UNICODE);
    }

    @Test
    void arrayWithIndexHeadersCentresEachIndexOverItsCell() {
        assertGolden("cells-array", cells("""
                # binary search, first probe
                cols: 0 | 1 | 2 | 3 | 4 | 5 | 6
                xs: 2 | 3 | 5 | 7 | 11 | 13 | 17
                ^ 3 mid = (lo + hi) / 2
                """));
    }

    @Test
    void stackWithPointersHangsSeveralNotesUnderOneRow() {
        assertGolden("cells-stack", cells("""
                title: call stack, grows right
                | main | parse | expr | term | _
                ^ 0 bottom
                ^ 3 top
                ^ 4 next push
                """));
    }

    @Test
    void pagedKvCacheDrawsBlockTableAndTwoBlocksWithSharedGutter() {
        assertGolden("cells-paged-kv-cache", cells("""
                title: block table, sequence A
                logical: 0 | 1
                physical: 7 | 2

                title: physical blocks, 4 slots each
                cols: slot 0 | slot 1 | slot 2 | slot 3
                block 7: k0 v0 | k1 v1 | k2 v2 | k3 v3
                block 2: k4 v4 | k5 v5 | _ | _
                ^ 2 next write
                """));
    }

    @Test
    void attentionMaskSharesBordersAndCentresDigitsUnderHeaders() {
        assertGolden("cells-attention-mask", cells("""
                title: causal mask (1 = may attend)
                cols: t0 | t1 | t2 | t3
                t0: 1 | 0 | 0 | 0
                t1: 1 | 1 | 0 | 0
                t2: 1 | 1 | 1 | 0
                t3: 1 | 1 | 1 | 1
                """));
    }

    @Test
    void asciiCellsUsePlusMinusAndCaret() {
        assertGolden("cells-ascii", Diagrams.draw("cells", """
                keys: k0 | k1 | k2 | _
                values: v0 | v1 | v2 | _
                ^ 3 next write
                """, 80, Glyphs.ASCII));
    }
}
