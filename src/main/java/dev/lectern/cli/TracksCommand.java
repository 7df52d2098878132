package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.study.ReadingProgress;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Symbols;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern tracks}: each track with its essays, minutes and progress. */
@Command(name = "tracks", description = "Show the tracks with your progress.", mixinStandardHelpOptions = true)
final class TracksCommand extends SessionCommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** Progress through one track. */
    record TrackProgress(Track track, List<Essay> essays, int read, int minutes, int minutesRead, Essay next) {
        static TrackProgress of(Track t, Library lib, ReadingProgress p) throws SQLException {
            List<Essay> essays = new ArrayList<>();
            int read = 0, minutes = 0, minutesRead = 0;
            Essay next = null;
            for (String slug : t.essays()) {
                Essay e = lib.essay(slug).orElse(null);
                if (e == null) continue;
                essays.add(e);
                minutes += e.minutes();
                if (p.isRead(e)) {
                    read++;
                    minutesRead += e.minutes();
                } else if (next == null) {
                    next = e;
                }
            }
            return new TrackProgress(t, essays, read, minutes, minutesRead, next);
        }
    }

    @Override
    int execute(Session session, Out out) throws Exception {
        Library lib = session.library();
        ReadingProgress p = session.progress();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Track t : lib.tracks()) {
                TrackProgress tp = TrackProgress.of(t, lib, p);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("slug", t.slug());
                m.put("title", t.title());
                m.put("dek", t.dek());
                m.put("essays", tp.essays().stream().map(Essay::slug).toList());
                m.put("minutes", tp.minutes());
                m.put("read", tp.read());
                m.put("next", tp.next() == null ? null : tp.next().slug());
                rows.add(m);
            }
            out.json(rows);
            return lib.tracks().isEmpty() ? ExitCodes.NOTHING : ExitCodes.OK;
        }
        if (lib.tracks().isEmpty()) {
            out.note("this library has no tracks (a track is a file in tracks/)");
            return ExitCodes.NOTHING;
        }
        Symbols sym = Symbols.of(out.term().unicode());
        int width = out.term().width();
        boolean first = true;
        for (Track t : lib.tracks()) {
            TrackProgress tp = TrackProgress.of(t, lib, p);
            if (!first) out.blank();
            first = false;
            String stats = tp.read() + "/" + tp.essays().size() + " read  " + sym.bar(tp.read(), tp.essays().size(), 10)
                    + "  " + tp.essays().size() + " essays " + sym.dot() + " " + tp.minutes() + " min";
            out.line(Line.of(Span.of(Fit.truncate(t.title(), Math.max(10, width - stats.length() - 2 - t.slug().length() - 3),
                            sym.ellipsis()), Role.HEADING), Span.plain(" "), Span.of("(" + t.slug() + ")", Role.MUTED),
                    Span.plain("  "), Span.of(stats, Role.MUTED)));
            if (!t.dek().isEmpty()) out.line(Line.of(Span.of("  " + Fit.truncate(t.dek(), width - 2, sym.ellipsis()), Role.DEK)));
            if (tp.next() != null) {
                out.line(Line.of(Span.plain("  next: "), Span.of(tp.next().title(), Role.TITLE),
                        Span.of(" (" + tp.next().slug() + ", " + tp.next().minutes() + " min)", Role.MUTED)));
            } else if (!tp.essays().isEmpty()) {
                out.line(Line.of(Span.of("  " + sym.check() + " complete", Role.SUCCESS)));
            }
        }
        return ExitCodes.OK;
    }
}
