package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Library;
import dev.lectern.study.ReadingProgress;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Symbols;

/**
 * What plain {@code lectern} prints when it cannot open the full-screen reader (output is not a
 * terminal): the library, its tracks with progress, and the commands to go on with.
 */
final class Overview {
    private final LecternCommand root;

    Overview(LecternCommand root) {
        this.root = root;
    }

    int run() {
        return SessionCommand.run(root, this::print);
    }

    private int print(Session session, Out out) throws Exception {
        Library lib = session.library();
        ReadingProgress p = session.progress();
        Symbols sym = Symbols.of(out.term().unicode());
        out.line(Line.of(Span.of(lib.info().title(), Role.TITLE)));
        if (!lib.info().dek().isEmpty()) out.line(Line.of(Span.of(lib.info().dek(), Role.DEK)));
        int read = 0;
        int minutes = 0;
        for (var e : lib.essays()) {
            if (p.isRead(e)) read++;
            minutes += e.minutes();
        }
        out.line(Line.of(Span.of(lib.essays().size() + " essays " + sym.dot() + " " + lib.tracks().size() + " tracks "
                + sym.dot() + " " + lib.series().size() + " series " + sym.dot() + " " + minutes + " minutes of reading "
                + sym.dot() + " " + read + " read", Role.MUTED)));
        out.blank();
        for (var t : lib.tracks()) {
            var tp = TracksCommand.TrackProgress.of(t, lib, p);
            out.line(Line.of(Span.of(sym.bar(tp.read(), tp.essays().size(), 8) + " ", Role.SUCCESS),
                    Span.of(t.title(), Role.HEADING),
                    Span.of(tp.next() == null ? "  complete" : "  next: " + tp.next().slug(), Role.MUTED)));
        }
        if (!lib.tracks().isEmpty()) out.blank();
        String[][] commands = {
            {"lectern", "on a terminal: the full-screen reader"},
            {"lectern next", "the next essay of the track you are on"},
            {"lectern read SLUG", "an essay, paged (plain text when piped)"},
            {"lectern search \"kv cache\"", "search; \"phrases\", prefix*, -not, level: series: track: tag:"},
            {"lectern define TERM", "a glossary entry"},
            {"lectern list", "every essay (--level, --series, --tag, --track, --sort)"},
            {"lectern tracks", "curated reading tracks and your progress"},
            {"lectern review", "the review cards that are due"},
            {"lectern progress", "what you have read, cards due, your streak"},
            {"lectern shell", "a prompt for all of these, with completion"},
            {"lectern --help", "all commands and options"},
        };
        for (String[] c : commands) {
            out.line(Line.of(Span.of(String.format("  %-28s", c[0]), Role.CODE), Span.of(c[1], Role.MUTED)));
        }
        return ExitCodes.OK;
    }
}
