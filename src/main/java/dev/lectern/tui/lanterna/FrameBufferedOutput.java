package dev.lectern.tui.lanterna;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal's output held until lanterna flushes (once a frame): lanterna writes every
 * character and escape sequence on its own, some 1,250 writes for a first frame, each a system
 * call on an unbuffered stream. A cursor-position query ({@code ESC [ 6n}) goes out at once, as
 * lanterna waits for the terminal's answer without flushing.
 */
final class FrameBufferedOutput extends BufferedOutputStream {
    FrameBufferedOutput(OutputStream out) {
        super(out, 1 << 16);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        if (len >= 3 && b[off + len - 3] == '[' && b[off + len - 2] == '6' && b[off + len - 1] == 'n') flush();
    }
}
