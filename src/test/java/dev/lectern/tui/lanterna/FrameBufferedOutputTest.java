package dev.lectern.tui.lanterna;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What lanterna writes reaches the terminal once a frame, except a query the terminal must answer. */
class FrameBufferedOutputTest {
    /** Each write that reaches the terminal, as text. */
    static final class Writes extends OutputStream {
        final List<String> writes = new ArrayList<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            writes.add(String.valueOf((char) b));
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            writes.add(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }

        synchronized String all() {
            return String.join("", writes);
        }

        synchronized int count() {
            return writes.size();
        }
    }

    @Test
    void manySmallWritesReachTheTerminalAsOneWhenFlushed() throws Exception {
        Writes terminal = new Writes();
        FrameBufferedOutput out = new FrameBufferedOutput(terminal);
        for (String piece : List.of("\u001b[1;1H", "h", "e", "l", "l", "o", "\u001b[39m", " ", "w")) {
            out.write(piece.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, terminal.count());
        out.flush();
        assertEquals(List.of("\u001b[1;1Hhello\u001b[39m w"), terminal.writes);
    }

    @Test
    void aCursorPositionQueryGoesOutAtOnceWithWhatCameBefore() throws Exception {
        Writes terminal = new Writes();
        FrameBufferedOutput out = new FrameBufferedOutput(terminal);
        out.write("\u001b[s".getBytes(StandardCharsets.UTF_8));
        out.write("\u001b[5000;5000H".getBytes(StandardCharsets.UTF_8));
        out.write("\u001b[6n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("\u001b[s\u001b[5000;5000H\u001b[6n"), terminal.writes);
        out.write("\u001b[u".getBytes(StandardCharsets.UTF_8)); // held again until the frame
        assertEquals(1, terminal.count());
    }
}
