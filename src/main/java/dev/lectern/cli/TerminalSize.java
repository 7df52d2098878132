package dev.lectern.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Asks the real terminal for its width. {@code stty size} on the controlling terminal answers in
 * a few milliseconds; jline, the fallback where there is no stty, takes well over 100 ms to build
 * a terminal. Kept apart so that piped runs, which never need it, never load jline.
 */
final class TerminalSize {
    private TerminalSize() {
    }

    static int columns() {
        int w = fromStty();
        return w > 0 ? w : fromJline();
    }

    /** "ROWS COLUMNS" from {@code stty size} reading /dev/tty; 0 when that is not possible. */
    private static int fromStty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) return 0;
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return 0;
            }
            String[] parts = out.split("\\s+");
            return parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static int fromJline() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return t.getWidth();
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }
}
