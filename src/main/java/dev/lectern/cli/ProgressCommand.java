package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.study.ReadingProgress;
import dev.lectern.study.Stats;
import dev.lectern.study.Study;
import java.time.Instant;
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

/**
 * {@code lectern progress}: essays and minutes read and cards due, per track and for the whole
 * library; the streak and reviews; study data kept for essays no longer in the library.
 */
@Command(name = "progress", description = {"Show what you have read and the cards due, per track and in all;",
        "your streak (days in a row with reading or reviews) and reviews."}, mixinStandardHelpOptions = true)
final class ProgressCommand extends SessionCommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        Library lib = session.library();
        ReadingProgress p = session.progress();
        Study study = session.study();
        Instant now = session.clock().instant();
        Stats stats = study.stats();
        List<String> orphaned = study.orphanedSlugs();
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
            all.put("cardsDue", stats.cardsDue());
            m.put("library", all);
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("streak", stats.streak());
            st.put("longestStreak", stats.longestStreak());
            st.put("activeToday", stats.activeToday());
            st.put("reviews", stats.reviews());
            st.put("reviewsToday", stats.reviewsToday());
            m.put("study", st);
            m.put("orphaned", orphaned);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TracksCommand.TrackProgress tp : tracks) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("slug", tp.track().slug());
                r.put("essays", tp.essays().size());
                r.put("read", tp.read());
                r.put("minutes", tp.minutes());
                r.put("minutesRead", tp.minutesRead());
                r.put("cardsDue", study.cards().dueCount(now, tp.track().slug()));
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
                    tp.minutesRead(), tp.minutes(), study.cards().dueCount(now, tp.track().slug()), sym));
        }
        if (!tracks.isEmpty()) out.line(Line.of(Span.of(sym.hrule().repeat(Math.min(out.term().width(), nameWidth + 53)), Role.RULE)));
        out.line(row(Fit.pad("Library", nameWidth, sym.ellipsis()), read, lib.essays().size(), minutesRead, minutes,
                stats.cardsDue(), sym));
        out.blank();
        out.line(Line.of(Span.of("Streak: ", Role.HEADING), Span.plain(stats.streak() + " day" + (stats.streak() == 1 ? "" : "s")
                + (stats.activeToday() || stats.streak() == 0 ? "" : " (read or review today to keep it)")
                + "  " + sym.dot() + "  longest " + stats.longestStreak() + "  " + sym.dot() + "  " + stats.reviews()
                + " review" + (stats.reviews() == 1 ? "" : "s") + " (" + stats.reviewsToday() + " today)")));
        if (stats.cardsDue() > 0) out.line(Line.of(Span.of(stats.cardsDue() + " card" + (stats.cardsDue() == 1 ? " is" : "s are")
                + " due: lectern review", Role.MUTED)));
        if (!orphaned.isEmpty()) {
            out.line(Line.of(Span.of("Kept for essays no longer in the library: " + String.join(", ", orphaned)
                    + " (lectern notes and lectern export still show it)", Role.WARNING)));
        }
        return ExitCodes.OK;
    }

    private static Line row(String name, int read, int total, int minRead, int min, int due, Symbols sym) {
        return Line.of(Span.of(name, Role.HEADING), Span.plain("  "), Span.of(sym.bar(read, total, 10), Role.SUCCESS),
                Span.plain(String.format("  %3d/%-3d essays  %4d/%-4d min  %3d due", read, total, minRead, min, due)));
    }
}
