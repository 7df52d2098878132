package dev.lectern.tui;

import java.io.IOException;

/**
 * A terminal the program paints frames on and reads keys from. The only implementation over a
 * real (or virtual) terminal lives in {@code tui.lanterna}; the program knows nothing else of it.
 */
public interface Display extends AutoCloseable {
    /** Columns and rows now. */
    int width();

    int height();

    /** Shows a frame, sending only what changed since the last one. */
    void paint(Frame frame) throws IOException;

    /** The next key; blocks; null when input has ended. */
    Key readKey() throws IOException;

    /** Called (on any thread) with the new size when the terminal is resized. */
    void onResize(ResizeListener listener);

    @Override
    void close() throws IOException;

    interface ResizeListener {
        void resized(int width, int height);
    }
}
