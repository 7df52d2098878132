package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.index.SearchHit;
import dev.lectern.index.SearchOutcome;
import dev.lectern.index.Searcher;
import dev.lectern.text.Fit;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import dev.lectern.text.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern search QUERY}: ranked sections with a highlighted snippet. */
@Command(name = "search", description = {"Search the library. Words must all match; \"phrases\", prefix*,",
        "-exclusion and level: series: track: tag: filters are understood."}, mixinStandardHelpOptions = true)
final class SearchCommand extends SessionCommand {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> words = new ArrayList<>();
    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N results (default 10).")
    int limit = 10;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        String query = String.join(" ", words);
        SearchOutcome result = new Searcher(session.freshIndex(), session::library).search(query, Math.max(1, Math.min(limit, 1000)));
        for (String n : result.notices()) out.note("note: " + n);
        // Glossary terms are matched in memory (a glossary has a few hundred terms), above the essay hits.
        List<GlossaryEntry> terms = session.glossary().search(query, 3);
        if (json) return printJson(query, result, terms, out);
        Symbols sym = Symbols.of(out.term().unicode());
        if (result instanceof SearchOutcome.Invalid inv) {
            out.error(inv.message());
            return ExitCodes.USAGE;
        }
        if (!terms.isEmpty()) {
            out.line(Line.of(Span.of("glossary:", Role.MUTED)));
            for (GlossaryEntry g : terms) {
                String head = "  " + g.term() + " " + sym.dot() + " ";
                out.line(Line.of(new Span("  " + g.term(), Style.of(Role.HEADING).bold()),
                        Span.of(" " + sym.dot() + " " + Fit.truncate(g.definition(), Math.max(10, out.term().width() - head.length()),
                                sym.ellipsis()), Role.DEK)));
            }
            out.line(Line.of(Span.of("  (lectern define TERM for the full entry)", Role.MUTED)));
            if (result instanceof SearchOutcome.Hits) out.blank();
        }
        if (result instanceof SearchOutcome.NoMatch nm) {
            if (!terms.isEmpty()) return ExitCodes.OK;
            out.note("nothing matches `" + query.strip() + "`"
                    + (nm.suggestions().isEmpty() ? "" : "; did you mean: " + String.join(", ", nm.suggestions()) + "?"));
            return ExitCodes.NOTHING;
        }
        List<SearchHit> hits = ((SearchOutcome.Hits) result).hits();
        int width = out.term().width();
        boolean first = true;
        for (SearchHit h : hits) {
            if (!first) out.blank();
            first = false;
            String target = h.slug() + (h.anchor().isEmpty() ? "" : "#" + h.anchor());
            String where = h.heading().isEmpty() || h.heading().equals(h.title()) ? "" : " " + sym.arrow() + " " + h.heading();
            String head = Fit.truncate(h.title() + where, width, sym.ellipsis());
            out.line(Line.of(new Span(head, Style.of(Role.HEADING).bold())));
            out.line(Line.of(Span.of("    " + Fit.truncate(target, width - 4, sym.ellipsis()), Role.LINK)));
            out.line(indentFit(h.snippet(), width - 4, sym.ellipsis()));
        }
        return ExitCodes.OK;
    }

    /** The snippet indented by four spaces and cut to the width, styles kept. */
    private static Line indentFit(Line snippet, int width, String ellipsis) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.plain("    "));
        int used = 0;
        for (Span s : snippet.spans()) {
            int w = s.width();
            if (used + w <= width) {
                spans.add(s);
                used += w;
            } else {
                spans.add(new Span(Fit.truncate(s.text(), Math.max(0, width - used), ellipsis), s.style()));
                break;
            }
        }
        return new Line(spans, -1);
    }

    private static int printJson(String query, SearchOutcome result, List<GlossaryEntry> terms, Out out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", query);
        List<Map<String, Object>> hits = new ArrayList<>();
        if (result instanceof SearchOutcome.Hits h) {
            for (SearchHit hit : h.hits()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("slug", hit.slug());
                row.put("title", hit.title());
                row.put("heading", hit.heading());
                row.put("anchor", hit.anchor());
                row.put("snippet", hit.snippetText());
                row.put("level", hit.level());
                row.put("minutes", hit.minutes());
                hits.add(row);
            }
        }
        m.put("glossary", terms.stream().map(DefineCommand::entryJson).toList());
        m.put("hits", hits);
        m.put("suggestions", result instanceof SearchOutcome.NoMatch nm ? nm.suggestions() : List.of());
        m.put("error", result instanceof SearchOutcome.Invalid inv ? inv.message() : null);
        m.put("notices", result.notices());
        out.json(m);
        if (result instanceof SearchOutcome.Invalid) return ExitCodes.USAGE;
        return hits.isEmpty() && terms.isEmpty() ? ExitCodes.NOTHING : ExitCodes.OK;
    }
}
