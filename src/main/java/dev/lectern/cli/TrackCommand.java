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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern track NAME}: one track's essays in order with read marks. */
@Command(name = "track", description = "Show one track's essays in order.", mixinStandardHelpOptions = true)
final class TrackCommand extends SessionCommand {
    @Parameters(paramLabel = "TRACK", description = "The track's slug (see `lectern tracks`).")
    String name;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    static String noTrack(Library lib, String name) {
        return "no track `" + name + "`" + (lib.tracks().isEmpty() ? "; this library has no tracks"
                : "; tracks are: " + lib.tracks().stream().map(Track::slug).collect(Collectors.joining(", ")));
    }

    @Override
    int execute(Session session, Out out) throws Exception {
        Library lib = session.library();
        Optional<Track> found = lib.track(name);
        if (found.isEmpty()) {
            found = lib.tracks().stream().filter(t -> t.slug().startsWith(name) || t.title().equalsIgnoreCase(name)).findFirst();
        }
        if (found.isEmpty()) {
            out.error(noTrack(lib, name));
            return ExitCodes.NOTHING;
        }
        Track t = found.get();
        ReadingProgress p = session.progress();
        TracksCommand.TrackProgress tp = TracksCommand.TrackProgress.of(t, lib, p);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slug", t.slug());
            m.put("title", t.title());
            m.put("dek", t.dek());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Essay e : tp.essays()) {
                Map<String, Object> r = ListCommand.essayJson(e);
                r.put("read", p.isRead(e));
                rows.add(r);
            }
            m.put("essays", rows);
            m.put("next", tp.next() == null ? null : tp.next().slug());
            out.json(m);
            return ExitCodes.OK;
        }
        Symbols sym = Symbols.of(out.term().unicode());
        int width = out.term().width();
        out.line(Line.of(Span.of(t.title(), Role.HEADING), Span.of("  " + tp.read() + "/" + tp.essays().size() + " read "
                + sym.bar(tp.read(), tp.essays().size(), 10), Role.MUTED)));
        if (!t.dek().isEmpty()) out.line(Line.of(Span.of(Fit.truncate(t.dek(), width, sym.ellipsis()), Role.DEK)));
        out.blank();
        int n = 1;
        for (Essay e : tp.essays()) {
            boolean read = p.isRead(e);
            String num = String.format("%2d. ", n++);
            String mins = String.format("%4d min", e.minutes());
            int room = Math.max(10, width - num.length() - 4 - mins.length() - 2);
            out.line(Line.of(Span.plain(num), Span.of(read ? "[" + sym.check() + "] " : "[ ] ", Role.SUCCESS),
                    Span.of(Fit.pad(e.title(), room, sym.ellipsis()), e == tp.next() ? Role.TITLE : Role.PLAIN),
                    Span.plain("  "), Span.of(mins, Role.MUTED)));
            out.line(Line.of(Span.of("         " + e.slug(), Role.MUTED)));
        }
        out.blank();
        if (tp.next() != null) {
            out.line(Line.of(Span.plain("Next: "), Span.of(tp.next().title(), Role.TITLE),
                    Span.of("  (lectern read " + tp.next().slug() + ")", Role.MUTED)));
        } else {
            out.line(Line.of(Span.of(sym.check() + " Track complete.", Role.SUCCESS)));
        }
        return ExitCodes.OK;
    }
}
