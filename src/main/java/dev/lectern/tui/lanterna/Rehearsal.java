package dev.lectern.tui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lectern.app.Session;
import dev.lectern.text.Theme;
import java.util.List;

/**
 * A short scripted session of the full-screen reader on a virtual terminal: open an essay,
 * scroll, find, open the contents, go home, search, quit. install.sh's training run
 * ({@code cli.Train}) plays it so that the class-data archive holds the reader's classes too, and
 * the first {@code lectern} on a real terminal starts faster. It writes only to the session's
 * data folder, which the training run throws away.
 */
public final class Rehearsal {
    private Rehearsal() {
    }

    /** Plays the session; gives up after {@code timeoutMillis} so a training run can never hang. */
    public static void play(Session session, long timeoutMillis) throws InterruptedException {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        Thread reader = new Thread(() -> {
            try {
                FullScreen.run(session, vt, Theme.builtIn("dark"), 256, true, "rlhf-papers", null);
            } catch (Exception e) {
                // a rehearsal that fails only leaves classes out of the archive
            }
        }, "lectern-rehearsal");
        reader.setDaemon(true);
        reader.start();
        List<KeyStroke> keys = List.of(chr('j'), chr('j'), chr(' '), chr('G'), chr('g'), chr('/'), chr('s'), chr('o'),
                new KeyStroke(KeyType.Enter), chr('n'), chr('t'), new KeyStroke(KeyType.Escape), new KeyStroke(KeyType.Tab),
                chr('q'), chr('s'), chr('k'), chr('v'), new KeyStroke(KeyType.Escape), chr('e'), chr('q'), chr('q'), chr('q'));
        long deadline = System.currentTimeMillis() + timeoutMillis;
        for (KeyStroke k : keys) {
            if (!reader.isAlive() || System.currentTimeMillis() > deadline) break;
            Thread.sleep(120); // each key after the frame of the one before, as a person types
            vt.addInput(k);
        }
        reader.join(Math.max(1, deadline - System.currentTimeMillis()));
    }

    private static KeyStroke chr(char c) {
        return new KeyStroke(c, false, false);
    }
}
