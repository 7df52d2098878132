package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal set through {@code stty} on {@code /dev/tty}, as lanterna does, but in one process
 * to take it and one to give it back: a process costs 15-25 ms before the first frame, and
 * lanterna would start five.
 */
final class SttyTty implements Tty {
    private static final File TTY = new File("/dev/tty");
    private String saved;

    @Override
    public void take() throws IOException {
        // -g first: if setting the mode fails half-way, what was there can still be given back
        String out = sh("stty -g && stty -icanon min 1 -echo intr undef").trim();
        if (!out.isEmpty()) saved = out;
    }

    @Override
    public void giveBack() throws IOException {
        if (saved == null) return;
        // the saved form is stty's own (hex fields and colons), never anything a shell would expand
        if (!saved.matches("[0-9A-Za-z:=]+")) throw new IOException("stty gave back an unexpected state: " + saved);
        sh("stty " + saved);
    }

    @Override
    public TerminalSize size() {
        return null; // one more process per resize; lanterna's cursor report needs none
    }

    private static String sh(String script) throws IOException {
        Process p = new ProcessBuilder("/bin/sh", "-c", script)
                .redirectInput(ProcessBuilder.Redirect.from(TTY))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(buf);
        }
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
