package dev.lectern.cli;

import dev.lectern.app.Session;

/**
 * Plain {@code lectern} (and {@code lectern open}) on a terminal: the full-screen reader. A class
 * of its own so that picocli, reflecting over the command classes at start-up, never loads
 * lanterna or the TUI.
 */
final class FullScreenRun {
    private FullScreenRun() {
    }

    /** Whether stdin and stdout are a terminal that can show the full-screen reader. */
    static boolean possible(Io io) {
        String term = io.env().getOrDefault("TERM", "");
        return io.terminal() && !term.isEmpty() && !term.equals("dumb");
    }

    static int run(LecternCommand root) {
        return SessionCommand.run(root, (session, out) -> show(root, session, out, null, null), false);
    }

    /** Runs the reader in this session, at an essay (and section) when {@code slug} is given. */
    static int show(LecternCommand root, Session session, Out out, String slug, String anchor) throws Exception {
        boolean color = !root.noColor && !root.io.env().containsKey("NO_COLOR");
        String err = dev.lectern.tui.lanterna.FullScreen.run(session, out.theme(), color ? out.term().colors() : 0,
                out.term().unicode(), slug, anchor);
        if (err != null) out.error("could not save reading progress: " + err);
        return ExitCodes.OK;
    }
}
