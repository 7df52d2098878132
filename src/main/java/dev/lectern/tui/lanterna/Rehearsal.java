package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

/**
 * A short scripted session of the full-screen reader: open an essay, scroll, find, open the
 * contents, go home, search, quit. install.sh's training run ({@code cli.Train}) plays it so that
 * the class-data archive holds the reader's classes too, and the first {@code lectern} on a real
 * terminal starts faster. It plays on the same terminal class as a real session, over a pipe and
 * with a {@link Tty.Detached} line discipline, so that what takes a terminal and decodes its keys
 * is in the archive as well. It writes only to the session's data folder, which the training run
 * throws away.
 */
public final class Rehearsal {
    private static final byte ESC = 0x1b;

    private Rehearsal() {
    }

    /** Plays the session; gives up after {@code timeoutMillis} so a training run can never hang. */
    public static void play(Session session, long timeoutMillis) throws InterruptedException, IOException {
        NativeTty.warmUp(); // no terminal here, but the native library and its classes load as at a real start
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream keyboard = new PipedInputStream(typing);
        Tty tty = new Tty.Detached(new TerminalSize(100, 30));
        Thread reader = new Thread(() -> {
            try {
                FullScreen.run(session, keyboard, OutputStream.nullOutputStream(), () -> tty, Theme.builtIn("dark"), 256, true,
                        "rlhf-papers", null);
            } catch (Exception e) {
                // a rehearsal that fails only leaves classes out of the archive
            }
        }, "lectern-rehearsal");
        reader.setDaemon(true);
        reader.start();
        byte[] keys = {'j', 'j', ' ', 'G', 'g', '/', 's', 'o', '\r', 'n', 't', ESC, '\t', 'q', 's', 'k', 'v', ESC, 'e',
            'q', 'q', 'q'};
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            for (byte k : keys) {
                if (!reader.isAlive() || System.currentTimeMillis() > deadline) break;
                Thread.sleep(120); // each key after the frame of the one before, as a person types
                typing.write(k);
                typing.flush();
            }
            reader.join(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (IOException readerGone) {
            // the reader quit before the script's end: nothing left to rehearse
        } finally {
            typing.close();
        }
    }
}
