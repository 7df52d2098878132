package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.render.MarkdownRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.study.CardState;
import dev.lectern.study.Cards;
import dev.lectern.study.Grade;
import dev.lectern.study.ReviewSession;
import dev.lectern.study.Study;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Symbols;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lectern review}: the cards that are due, one at a time, in line mode: the question,
 * Enter shows the answer, then a grade 1-4 (Again, Hard, Good, Easy) schedules the next review
 * with FSRS. Cards come from the essays you have read; {@code --all} takes every card.
 */
@Command(name = "review", description = {"Review the cards that are due: Enter shows the answer, then grade it",
        "1 Again, 2 Hard, 3 Good or 4 Easy. Cards of an essay become due once you have read it."},
        mixinStandardHelpOptions = true)
final class ReviewCommand extends SessionCommand {
    @Option(names = "--track", paramLabel = "TRACK", description = "Only cards of this track's essays.")
    String track;
    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N cards (default: all that are due).")
    int limit;
    @Option(names = "--all", description = "Every card, read or not, due or not (cramming).")
    boolean all;
    @Option(names = "--list", description = "List the cards that are due instead of reviewing them.")
    boolean list;
    @Option(names = "--json", description = "With --list: print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        Study study = session.study();
        if (track != null && session.library().track(track).isEmpty()) {
            out.error(TrackCommand.noTrack(session.library(), track));
            return ExitCodes.USAGE;
        }
        if (limit < 0) {
            out.error("--limit must be 0 or more");
            return ExitCodes.USAGE;
        }
        Cards.Filter filter = new Cards.Filter(track, all, limit);
        Instant now = session.clock().instant();
        if (list || json) return list(study.cards().due(now, filter), out);
        ReviewSession rs = study.review(filter);
        if (rs.current().isEmpty()) {
            int total = study.cards().due(now, new Cards.Filter(track, true, 0)).size();
            out.note(total == 0 ? "this library has no cards (```cards blocks in essays)"
                    : "no cards are due" + (track == null ? "" : " in " + track)
                    + ". Cards of an essay become due once you have read it; --all reviews every card.");
            return ExitCodes.NOTHING;
        }
        Symbols sym = Symbols.of(out.term().unicode());
        RenderOptions opt = new RenderOptions(out.term().width() - 3, out.term().unicode(), false);
        try (LineInput in = LineInput.open(out, root.io.in())) {
            while (rs.current().isPresent()) {
                Cards.DueCard c = rs.current().get();
                out.blank();
                out.line(Line.of(Span.of("[" + rs.remaining() + " to go] ", Role.MUTED),
                        Span.of(c.essay().title(), Role.TITLE),
                        Span.of(c.card().anchor().isEmpty() ? "" : " " + sym.arrow() + " #" + c.card().anchor(), Role.MUTED)));
                print("Q: ", c.card().question(), Role.HEADING, opt, out);
                out.flush();
                String r = in.read("   (Enter shows the answer, q quits) ");
                if (r == null || r.strip().equalsIgnoreCase("q")) break;
                print("A: ", c.card().answer(), Role.SUCCESS, opt, out);
                Optional<Grade> g = Optional.empty();
                while (g.isEmpty()) {
                    out.flush();
                    r = in.read("   " + choices(study, c.state(), session.clock().instant()) + " > ");
                    if (r == null || r.strip().equalsIgnoreCase("q")) break;
                    if (r.strip().equalsIgnoreCase("s")) break;
                    g = Grade.parse(r);
                    if (g.isEmpty()) out.line("   type 1, 2, 3 or 4 (or q to stop, s to skip)", Role.MUTED);
                }
                if (g.isEmpty()) {
                    if (r != null && r.strip().equalsIgnoreCase("s")) {
                        rs.skip();
                        continue;
                    }
                    break;
                }
                Cards.Graded done = rs.grade(g.get());
                out.line("   " + done.grade().label() + " " + sym.arrow() + " next in " + human(done.interval()), Role.MUTED);
            }
        }
        out.blank();
        int dueNow = study.cards().dueCount(session.clock().instant());
        int n = rs.cardsGraded();
        out.line("Reviewed " + n + " card" + (n == 1 ? "" : "s") + (rs.graded() > n ? " (" + rs.graded() + " answers)" : "")
                + "." + (dueNow > 0 ? " " + dueNow + " still due." : ""));
        return ExitCodes.OK;
    }

    /** The grades with the interval each would give, as Anki shows them: {@code 1 Again 1m  2 Hard 6m ...}. */
    private static String choices(Study study, CardState state, Instant now) {
        StringBuilder sb = new StringBuilder();
        for (Grade g : Grade.values()) {
            CardState after = study.cards().scheduler().review(state, g, now);
            if (sb.length() > 0) sb.append("  ");
            sb.append(g.value()).append(' ').append(g.label()).append(' ').append(human(Duration.between(now, after.due())));
        }
        return sb.toString();
    }

    static String human(Duration d) {
        return dev.lectern.study.Intervals.human(d);
    }

    private static void print(String label, String markdown, Role role, RenderOptions opt, Out out) {
        List<Line> lines = MarkdownRenderer.render(markdown, opt).lines();
        boolean first = true;
        for (Line l : lines) {
            if (first && l.text().isBlank()) continue;
            List<Span> spans = new ArrayList<>();
            spans.add(Span.of(first ? label : "   ", role));
            spans.addAll(l.spans());
            out.line(new Line(spans, -1));
            first = false;
        }
    }

    private int list(List<Cards.DueCard> due, Out out) {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Cards.DueCard c : due) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.card().id());
                m.put("slug", c.essay().slug());
                m.put("anchor", c.card().anchor());
                m.put("question", c.card().question());
                m.put("answer", c.card().answer());
                m.put("state", c.state().phase().key());
                m.put("due", c.state().due() == null ? null : c.state().due().toString());
                rows.add(m);
            }
            out.json(rows);
        } else {
            for (Cards.DueCard c : due) {
                out.fields(c.card().id(), c.state().phase().key(),
                        c.state().due() == null ? "now" : c.state().due().toString(), c.card().question());
            }
            if (due.isEmpty()) out.note("no cards are due");
        }
        return due.isEmpty() ? ExitCodes.NOTHING : ExitCodes.OK;
    }
}
