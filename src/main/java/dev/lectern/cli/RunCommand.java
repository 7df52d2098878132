package dev.lectern.cli;

import dev.lectern.app.LibraryTrust;
import dev.lectern.app.Session;
import dev.lectern.content.EssayDocument;
import dev.lectern.content.Problem;
import dev.lectern.run.OutputComparison;
import dev.lectern.run.RunResult;
import dev.lectern.run.Snippet;
import dev.lectern.run.SnippetRunner;
import dev.lectern.run.Snippets;
import dev.lectern.text.Role;
import dev.lectern.text.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern run SLUG [N]}: runs an essay's snippets as the reader would, prints what each
 * printed, and says whether it matches the output the essay shows.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an essay's snippet N (all of them when N is omitted) and compare with the expected output.")
final class RunCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "SLUG|PATH", description = "An essay's slug, or the path of a Markdown file.")
    String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "The snippet's number, from 1.")
    Integer number;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--allow-run", description = "Run this library's code this once, though it is not a trusted library.")
    boolean allowRun;

    @Option(names = "--trust", description = "Trust this library from now on (its folder goes into the config's trusted-libraries), and run.")
    boolean trust;

    @Override
    int execute(Session session, Out out) throws Exception {
        EssayDocument doc = EssayLookup.load(session, out, target);
        if (doc == null) return ExitCodes.NOTHING;
        List<Problem> problems = new ArrayList<>();
        List<Snippet> all = Snippets.extract(doc, problems);
        String slug = doc.essay().slug();
        if (all.isEmpty()) {
            out.error(slug + " has no runnable snippets");
            return ExitCodes.NOTHING;
        }
        List<Snippet> chosen = all;
        if (number != null) {
            if (number < 1 || number > all.size()) {
                out.error(slug + " has " + (all.size() == 1 ? "one snippet (1)" : all.size() + " snippets (1 to " + all.size() + ")"));
                return ExitCodes.USAGE;
            }
            chosen = List.of(all.get(number - 1));
        }
        // A library from elsewhere runs its code as the reader, with the reader's files: only once
        // the reader says so. The refusal comes before anything runs.
        if (trust) {
            LibraryTrust.trust(session.libraryRoot(), session.paths());
        } else if (!allowRun && !LibraryTrust.trusted(session.libraryRoot(), session.paths())) {
            out.error("not running: " + session.libraryRoot() + " is not a library you trust to run code (a snippet runs as you,\n"
                    + "  with your files). Read it first (lectern read " + slug + "), then run it once with --allow-run,\n"
                    + "  or trust this library from now on with --trust.");
            return ExitCodes.USAGE;
        }
        SnippetRunner runner = new SnippetRunner();
        boolean allOk = true;
        List<Map<String, Object>> rows = new ArrayList<>();
        Symbols sym = Symbols.of(out.term().unicode());
        for (Snippet s : chosen) {
            if (!json) out.line(new dev.lectern.text.Line(List.of(dev.lectern.text.Span.of("snippet " + s.number() + " "
                    + sym.dot() + " " + s.languageLabel() + " " + sym.dot() + " " + doc.essay().path()
                    + ":" + s.line(), Role.HEADING)), -1));
            RunResult r = runner.run(s);
            allOk &= r.ok();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("snippet", s.number());
                m.put("language", s.languageLabel());
                m.put("line", s.line());
                m.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
                m.put("ok", r.ok());
                m.put("exitCode", r.exitCode());
                m.put("millis", r.elapsed().toMillis());
                m.put("stdout", r.stdout());
                m.put("stderr", r.stderr());
                s.expected().ifPresent(e -> m.put("expected", e));
                rows.add(m);
                continue;
            }
            for (String line : OutputComparison.normalizedLines(r.output())) out.line("  " + line, Role.OUTPUT);
            String mark = (r.ok() ? sym.pass() : sym.fail()) + " ";
            out.line(mark + r.summary(), r.ok() ? Role.SUCCESS : Role.ERROR);
            r.difference().filter(d -> r.outcome() == RunResult.Outcome.MISMATCHED).ifPresent(d -> {
                out.line("  expected: " + d.expected(), Role.MUTED);
                out.line("  printed:  " + d.actual(), Role.MUTED);
            });
            if (chosen.size() > 1) out.blank();
        }
        if (json) out.json(rows);
        return allOk ? ExitCodes.OK : ExitCodes.NOTHING;
    }
}
