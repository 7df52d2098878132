package dev.lectern.tui.lanterna;

import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import dev.lectern.tui.Data;
import dev.lectern.tui.Display;
import dev.lectern.tui.Msg;
import dev.lectern.tui.Program;
import dev.lectern.tui.SessionEffects;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The full-screen reader on a terminal at the far end of two streams (an SSH channel), so that a
 * server needs no lanterna type of its own: it hands over the streams and the size the client
 * announced, passes on window changes, and may post a notice (an idle warning) while the reader
 * runs. One instance per connection, run once.
 */
public final class RemoteReader {
    private final StreamTerminal terminal;
    private final boolean unicode;
    private volatile Program program;

    /** @param unicode whether the client's locale is UTF-8 (else ASCII fallbacks, Latin-1 out) */
    public RemoteReader(InputStream in, OutputStream out, boolean unicode, int columns, int rows) {
        this.unicode = unicode;
        this.terminal = new StreamTerminal(in, new NulFreeOutput(out),
                unicode ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1, columns, rows);
    }

    /** The client's window changed: the reader reflows and keeps its place. */
    public void resize(int columns, int rows) {
        terminal.resize(columns, rows);
    }

    /** Shows a line on the reader's bottom row (ignored before the reader starts or after it ends). */
    public void notice(String text) {
        Program p = program;
        if (p != null) p.post(new Msg.Notice(text));
    }

    /**
     * Runs the reader until the reader quits or the input ends (the client went away); returns the
     * last error writing study data, or null. Every study write asked for has finished on return.
     *
     * @param readerName shown on home (from the key's authorized_keys comment), or null
     */
    public String run(Session session, Theme theme, int colors, boolean allowRun, String readerName) throws Exception {
        Data data = FullScreen.data(session, unicode).withReader(readerName);
        SessionEffects fx = new SessionEffects(session, unicode, allowRun);
        try (Display display = new LanternaDisplay(terminal, theme, colors, unicode)) {
            Program p = FullScreen.program(fx, data, display, null, null);
            program = p;
            try {
                p.run();
            } finally {
                program = null;
            }
            return p.storeError();
        }
    }
}
