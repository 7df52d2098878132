package dev.lectern.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Asks the real terminal for its width through jline. Kept apart so that piped runs, which
 * never need it, never load jline's terminal classes.
 */
final class TerminalSize {
    private TerminalSize() {
    }

    static int columns() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return t.getWidth();
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }
}
