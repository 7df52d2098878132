package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.check.LibraryCheck;
import dev.lectern.check.SnippetCheck;
import dev.lectern.content.Problem;
import dev.lectern.run.SnippetRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lectern check}: every problem in a library as {@code file:line: message}, one per
 * line, paths as seen from the current directory so editors and CI logs can jump to them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a library for authors: front matter, links and anchors, tracks, series, glossary,"
                + " diagrams, cards, and every runnable snippet against its expected output.",
                "Exits 1 when anything is wrong; use it in CI."})
final class CheckCommand extends SessionCommand {
    @Option(names = "--no-run", description = "Do not run the snippets (check everything else).")
    boolean noRun;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Run N snippets at a time (default: one per core).")
    Integer jobs;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int execute(Session session, Out out) throws Exception {
        Path root = session.libraryRoot();
        if (!java.nio.file.Files.isDirectory(root)) {
            throw new Session.LibraryMissingException("no library at " + root);
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        ProgressBar[] bar = new ProgressBar[1];
        // On a terminal a bar shows the snippets finishing; snippets finish on several threads.
        SnippetCheck.Progress progress = (done, total) -> {
            if (!out.term().terminal()) return;
            synchronized (bar) {
                if (bar[0] == null) bar[0] = new ProgressBar(out.stderr(), total, out.term().unicode());
                bar[0].accept(done);
            }
        };
        LibraryCheck.Report report = LibraryCheck.check(root,
                noRun ? null : new SnippetCheck(new SnippetRunner(), threads, progress));
        synchronized (bar) {
            if (bar[0] != null) bar[0].finish();
        }
        String shown = displayRoot(root);
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("library", root.toString());
            j.put("passed", report.passed());
            List<Map<String, Object>> ps = new ArrayList<>();
            for (Problem p : report.problems()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", shown + p.file());
                m.put("line", p.line());
                m.put("message", p.message());
                ps.add(m);
            }
            j.put("problems", ps);
            j.put("essays", report.essays());
            j.put("snippets", report.snippets().size());
            j.put("snippetsRun", report.snippetRuns().run());
            out.json(j);
        } else {
            for (Problem p : report.problems()) {
                out.line(new Problem(shown + p.file(), p.line(), p.message()).toString());
            }
            String snippets = noRun ? report.snippets().size() + " snippets (not run)"
                    : report.snippetRuns().run() + " snippets run";
            String summary = String.format("checked %d files: %d essays, %d glossary terms, %s: %s", report.files(),
                    report.essays(), report.glossaryTerms(), snippets,
                    report.passed() ? "no problems" : report.problems().size() + (report.problems().size() == 1
                            ? " problem" : " problems"));
            if (report.passed()) out.line(summary);
            else out.error(summary);
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.NOTHING;
    }

    /** The library root as a prefix relative to the current directory ("content/"), or absolute. */
    private static String displayRoot(Path root) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = root.toAbsolutePath().normalize();
        String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "" : s.replace('\\', '/') + "/";
    }
}
