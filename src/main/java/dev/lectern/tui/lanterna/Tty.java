package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;

/**
 * The terminal's line discipline, as the reader needs it: taken into the reader's mode (no line
 * editing, no echo, Ctrl-C a key like any other), given back exactly as it was, and asked its
 * size. lanterna does this by running {@code stty} once per setting, each a process of its own;
 * {@link NativeTty} asks the kernel directly, {@link SttyTty} is the fallback where the native
 * library is missing, and {@link Detached} stands in for a terminal that is only a pair of
 * streams (install.sh's training run).
 */
sealed interface Tty permits NativeTty, SttyTty, Tty.Detached {

    /** Remembers the settings to give back, then sets the reader's mode. */
    void take() throws IOException;

    /** Gives the settings remembered by {@link #take} back; nothing when it was never taken. */
    void giveBack() throws IOException;

    /** Columns and rows as the kernel knows them, or null when it cannot say (lanterna then asks the terminal). */
    TerminalSize size();

    /** The process's own terminal on standard input: native when the library loads, else stty. */
    static Tty ofProcess() {
        NativeTty n = NativeTty.onStandardInput();
        dev.lectern.app.Trace.mark("terminal settings ready");
        return n != null ? n : new SttyTty();
    }

    /** No terminal behind the streams: nothing to take, and a size fixed in advance. */
    record Detached(TerminalSize size) implements Tty {
        @Override
        public void take() {
        }

        @Override
        public void giveBack() {
        }
    }
}
