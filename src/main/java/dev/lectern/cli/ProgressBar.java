package dev.lectern.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on stderr, redrawn with a carriage return at most every 50 ms so a
 * slow link is not flooded. Used only when stderr is a terminal.
 */
final class ProgressBar implements IntConsumer {
    private final PrintStream err;
    private final int total;
    private final boolean unicode;
    private long lastDraw;

    ProgressBar(PrintStream err, int total, boolean unicode) {
        this.err = err;
        this.total = Math.max(1, total);
        this.unicode = unicode;
    }

    @Override
    public void accept(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 50_000_000L) return;
        lastDraw = now;
        int width = 30;
        int filled = (int) ((long) done * width / total);
        dev.lectern.text.Symbols sym = dev.lectern.text.Symbols.of(unicode);
        err.print("\r" + sym.full().repeat(filled) + sym.empty().repeat(width - filled) + String.format(" %d/%d", done, total));
        err.flush();
    }

    void finish() {
        err.print("\r" + " ".repeat(50) + "\r");
        err.flush();
    }
}
