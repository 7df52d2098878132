package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.render.MarkdownRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.study.Glossary;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern define TERM}: a glossary entry, found by term, alias, prefix, or "did you mean". */
@Command(name = "define", description = {"Look a term up in the library's glossary: exact term, alias or prefix;",
        "a near miss gets \"did you mean\"."}, mixinStandardHelpOptions = true)
final class DefineCommand extends SessionCommand {
    @Parameters(arity = "1..*", paramLabel = "TERM", description = "The term (several words are one term).")
    List<String> words;
    @Option(names = "--short", description = "Only the one-paragraph definition.")
    boolean brief;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        String typed = String.join(" ", words);
        Glossary g = session.glossary(); // no study data or library load: define stays quick
        Glossary.Lookup l = g.lookup(typed);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", typed);
            m.put("match", l.how().name().toLowerCase(java.util.Locale.ROOT));
            m.put("entry", l.found() ? entryJson(l.entry()) : null);
            m.put("suggestions", l.suggestions());
            out.json(m);
            return l.found() ? ExitCodes.OK : ExitCodes.NOTHING;
        }
        if (!l.found()) {
            if (g.isEmpty()) out.error("this library has no glossary (glossary.md)");
            else if (l.how() == Glossary.How.PREFIX) out.error("`" + typed + "` could be: " + String.join(", ", l.suggestions()));
            else if (l.suggestions().isEmpty()) out.error("no term `" + typed + "` in the glossary");
            else out.error("no term `" + typed + "` in the glossary; did you mean: " + String.join(", ", l.suggestions()) + "?");
            return ExitCodes.NOTHING;
        }
        GlossaryEntry e = l.entry();
        List<Span> head = new ArrayList<>();
        head.add(new Span(e.term(), Style.of(Role.HEADING).bold()));
        if (!e.aliases().isEmpty()) head.add(Span.of("  also: " + String.join(", ", e.aliases()), Role.MUTED));
        out.line(Line.of(head.toArray(Span[]::new)));
        String md = brief ? e.definition() : e.body();
        RenderOptions opt = new RenderOptions(out.term().width(), out.term().unicode(), out.term().hyperlinks());
        // Usually as the indexer rendered it: laid out here without loading the Markdown parser.
        MarkdownRenderer.Paragraphs kept = brief ? null : session.renderedGlossaryBody(e, opt);
        List<Line> lines = kept != null ? kept.lines(opt.width()) : MarkdownRenderer.render(md, opt).lines();
        for (Line line : lines) out.line(line);
        return ExitCodes.OK;
    }

    static Map<String, Object> entryJson(GlossaryEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", e.term());
        m.put("aliases", e.aliases());
        m.put("definition", e.definition());
        m.put("body", e.body());
        return m;
    }
}
