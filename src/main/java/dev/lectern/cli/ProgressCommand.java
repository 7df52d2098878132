package dev.lectern.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern progress}: essays and minutes read, per track and for the whole library. */
@Command(name = "progress", description = "Show what you have read, per track and in all.", mixinStandardHelpOptions = true)
final class ProgressCommand extends SessionCommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        Library lib = session.library();
        ReadingProgress p = session.progress();
        int read = 0, minutesRead = 0, minutes = 0;
        for (Essay e : lib.essays()) {
            minutes += e.minutes();
            if (p.isRead(e)) {
                read++;
                minutesRead += e.minutes();
            }
        }
        List<TracksCommand.TrackProgress> tracks = new ArrayList<>();
        for (Track t : lib.tracks()) tracks.add(TracksCommand.TrackProgress.of(t, lib, p));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("essays", lib.essays().size());
            all.put("read", read);
            all.put("minutes", minutes);
            all.put("minutesRead", minutesRead);
            m.put("library", all);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TracksCommand.TrackProgress tp : tracks) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("slug", tp.track().slug());
                r.put("essays", tp.essays().size());
                r.put("read", tp.read());
                r.put("minutes", tp.minutes());
                r.put("minutesRead", tp.minutesRead());
                r.put("next", tp.next() == null ? null : tp.next().slug());
                rows.add(r);
            }
            m.put("tracks", rows);
            out.json(m);
            return ExitCodes.OK;
        }
        Symbols sym = Symbols.of(out.term().unicode());
        int nameWidth = Math.max(12, tracks.stream().mapToInt(t -> t.track().title().length()).max().orElse(12));
        nameWidth = Math.min(nameWidth, Math.max(12, out.term().width() - 50));
        for (TracksCommand.TrackProgress tp : tracks) {
            out.line(row(Fit.pad(tp.track().title(), nameWidth, sym.ellipsis()), tp.read(), tp.essays().size(),
                    tp.minutesRead(), tp.minutes(), sym));
        }
        if (!tracks.isEmpty()) out.line(Line.of(Span.of(sym.hrule().repeat(Math.min(out.term().width(), nameWidth + 44)), Role.RULE)));
        out.line(row(Fit.pad("Library", nameWidth, sym.ellipsis()), read, lib.essays().size(), minutesRead, minutes, sym));
        return ExitCodes.OK;
    }

    private static Line row(String name, int read, int total, int minRead, int min, Symbols sym) {
        return Line.of(Span.of(name, Role.HEADING), Span.plain("  "), Span.of(sym.bar(read, total, 10), Role.SUCCESS),
                Span.plain(String.format("  %3d/%-3d essays  %4d/%-4d min", read, total, minRead, min)));
    }
}
