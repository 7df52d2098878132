package dev.lectern.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import org.junit.jupiter.api.Test;

/** The cell buffer views draw into: whole frames compared as text, and scroll recognition. */
class FrameTest {
    private static Frame lines(int from, int rows, String status) {
        Frame f = new Frame(20, rows + 1);
        for (int i = 0; i < rows; i++) f.put(0, i, "line " + (from + i), Style.PLAIN);
        f.put(0, rows, status, Style.of(Role.STATUS).reverse());
        return f;
    }

    @Test
    void drawsStyledLinesClippedAndScrolledSideways() {
        Frame f = new Frame(10, 2);
        f.line(1, 0, Line.of(Span.plain("abcdefghijklmnop")), 0, 10);
        f.line(1, 1, Line.of(Span.plain("abc"), Span.of("defghijk", Role.CODE)), 4, 10);
        assertEquals(" abcdefghi\n efghijk\n", f.plain());
        assertEquals(Role.CODE, f.style(1, 1).role());
    }

    @Test
    void wideCharactersTakeTwoCellsAndAreNeverSplitAtTheEdge() {
        Frame f = new Frame(5, 1);
        f.put(0, 0, "\u4e2d\u6587\u5b57", Style.PLAIN);
        assertEquals("\u4e2d\u6587 \n".replace(" \n", "\n"), f.plain());
        assertEquals("", f.text(1, 0));
    }

    @Test
    void aOneLineScrollIsRecognisedAboveAChangedStatusLine() {
        Frame before = lines(0, 10, "10%");
        Frame after = lines(1, 10, "11%");
        assertEquals(new Frame.Scroll(0, 9, 1), after.scrollFrom(before));
        assertEquals(new Frame.Scroll(0, 9, -1), before.scrollFrom(after));
    }

    @Test
    void noScrollWhenNothingMovedOrEverythingChanged() {
        assertNull(lines(0, 10, "a").scrollFrom(lines(0, 10, "b")));
        assertNull(lines(0, 10, "a").scrollFrom(lines(50, 10, "a")));
        assertNull(lines(0, 10, "a").scrollFrom(null));
    }
}
