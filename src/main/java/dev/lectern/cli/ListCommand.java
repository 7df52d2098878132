package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.Level;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.study.ReadingProgress;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Symbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern list}: the essays, filtered and sorted, one line each. */
@Command(name = "list", description = "List essays, filtered and sorted.", mixinStandardHelpOptions = true)
final class ListCommand extends SessionCommand {
    /**
     * The default order, as a class: {@code Comparator.comparing}'s own lambda is linked at run time
     * on each {@code lectern list}, about 4 ms of a cold start.
     */
    private static final Comparator<Essay> BY_TITLE = new Comparator<>() {
        @Override
        public int compare(Essay a, Essay b) {
            return a.title().toLowerCase().compareTo(b.title().toLowerCase());
        }
    };

    enum Sort { date, title, minutes }

    @Option(names = "--level", paramLabel = "LEVEL", description = "Only intro, intermediate or advanced essays.")
    String level;
    @Option(names = "--series", paramLabel = "SERIES", description = "Only essays of this series.")
    String series;
    @Option(names = "--tag", paramLabel = "TAG", description = "Only essays with this tag.")
    String tag;
    @Option(names = "--track", paramLabel = "TRACK", description = "Only essays of this track, in its order.")
    String track;
    @Option(names = "--sort", paramLabel = "KEY", description = "date (newest first), title or minutes. Default: title.")
    Sort sort;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        Library lib = session.library();
        List<Essay> essays = new ArrayList<>(lib.essays());
        if (level != null) {
            Level l = Level.parse(level);
            if (l == null) {
                out.error("--level must be intro, intermediate or advanced, not `" + level + "`");
                return ExitCodes.USAGE;
            }
            essays.removeIf(e -> e.level() != l);
        }
        if (series != null) {
            if (lib.seriesNamed(series).isEmpty()) {
                out.error("no series `" + series + "`" + (lib.series().isEmpty() ? "" : "; series are: "
                        + String.join(", ", lib.series().stream().map(s -> s.slug()).toList())));
                return ExitCodes.NOTHING;
            }
            essays.removeIf(e -> !series.equals(e.series()));
        }
        if (tag != null) essays.removeIf(e -> e.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag)));
        if (track != null) {
            Optional<Track> t = lib.track(track);
            if (t.isEmpty()) {
                out.error(TrackCommand.noTrack(lib, track));
                return ExitCodes.NOTHING;
            }
            List<String> order = t.get().essays();
            essays.removeIf(e -> !order.contains(e.slug()));
            essays.sort(Comparator.comparingInt(e -> order.indexOf(e.slug())));
        }
        if (sort != null || track == null) {
            Sort s = sort == null ? Sort.title : sort;
            switch (s) {
                case date -> essays.sort(Comparator.comparing((Essay e) -> e.date() == null ? "" : e.date().toString())
                        .reversed().thenComparing(Essay::title));
                case title -> essays.sort(BY_TITLE);
                case minutes -> essays.sort(Comparator.comparingInt(Essay::minutes).thenComparing(Essay::title));
            }
        }
        ReadingProgress progress = session.progress();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Essay e : essays) {
                Map<String, Object> m = essayJson(e);
                m.put("read", progress.isRead(e));
                rows.add(m);
            }
            out.json(rows);
            return essays.isEmpty() ? ExitCodes.NOTHING : ExitCodes.OK;
        }
        if (essays.isEmpty()) {
            out.note("no essays match");
            return ExitCodes.NOTHING;
        }
        if (!out.term().terminal()) {
            // Piped: one line per essay, tab-separated, for cut and awk.
            for (Essay e : essays) {
                out.fields(e.slug(), e.title(), e.level() == null ? "" : e.level().key(), String.valueOf(e.minutes()),
                        progress.isRead(e) ? "read" : "unread");
            }
            return ExitCodes.OK;
        }
        Symbols sym = Symbols.of(out.term().unicode());
        int width = out.term().width();
        for (Essay e : essays) {
            String mark = progress.isRead(e) ? sym.check() : " ";
            String meta = (e.level() == null ? "" : e.level().key()) + " " + sym.dot() + " " + e.minutes() + " min";
            int titleWidth = Math.max(10, width - 2 - 2 - meta.length());
            out.line(Line.of(Span.of(mark, Role.SUCCESS), Span.plain(" "),
                    Span.of(Fit.pad(e.title(), titleWidth, sym.ellipsis()), Role.TITLE), Span.plain("  "),
                    Span.of(meta, Role.MUTED)));
            out.line(Line.of(Span.plain("  "), Span.of(Fit.truncate(e.slug(), width - 2, sym.ellipsis()), Role.MUTED),
                    Span.of(e.dek().isEmpty() ? "" : "  " + Fit.truncate(e.dek(), Math.max(0, width - 6 - e.slug().length()),
                            sym.ellipsis()), Role.DEK)));
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> essayJson(Essay e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", e.slug());
        m.put("title", e.title());
        m.put("dek", e.dek());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("level", e.level() == null ? null : e.level().key());
        m.put("series", e.series());
        m.put("tags", e.tags());
        m.put("minutes", e.minutes());
        m.put("words", e.words());
        m.put("path", e.path());
        return m;
    }
}
