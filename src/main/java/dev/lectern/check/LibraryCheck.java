package dev.lectern.check;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.GlossaryEntry;
import dev.lectern.content.Library;
import dev.lectern.content.LibraryLayout;
import dev.lectern.content.LibraryLoader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceFile;
import dev.lectern.content.SourceText;
import dev.lectern.diagram.DiagramProblem;
import dev.lectern.diagram.Diagrams;
import dev.lectern.markdown.MarkdownParser;
import dev.lectern.render.CardText;
import dev.lectern.run.Snippet;
import dev.lectern.run.Snippets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a library folder and returns everything wrong with it. Reads the files directly (never
 * the search index), so it suits a CI job on a fresh checkout.
 */
public final class LibraryCheck {
    private LibraryCheck() {
    }

    /** What was checked and what was found; problems are sorted by file and line. */
    public record Report(List<Problem> problems, int files, int essays, int glossaryTerms, List<Snippet> snippets,
                         SnippetCheck.Summary snippetRuns) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks the library at {@code root}. With {@code runner} null the snippets are found and
     * their fences checked but not run.
     */
    public static Report check(Path root, SnippetCheck runner) throws IOException {
        List<SourceFile> files = LibraryLayout.scan(root);
        List<Problem> problems = new ArrayList<>();
        // Loading reports front matter, duplicate slugs, track and series references, glossary entries.
        Library library = LibraryLoader.load(root, files, null);
        problems.addAll(library.problems());
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        for (SourceFile f : files) {
            String text = SourceText.read(f, new ArrayList<>()); // its problems came with the load
            if (text == null) continue;
            FrontMatter fm = FrontMatter.parse(f.path(), text);
            parsed.put(f.path(), new Parsed(f, fm, MarkdownParser.parse(fm.body())));
            List<Integer> deep = dev.lectern.markdown.NestingLimit.deepLines(fm.body());
            if (!deep.isEmpty()) {
                problems.add(new Problem(f.path(), fm.bodyLine() + deep.get(0) - 1, "nesting deeper than "
                        + dev.lectern.markdown.NestingLimit.MAX_QUOTES + " levels of quotes or lists, or "
                        + dev.lectern.markdown.NestingLimit.MAX_INDENT + " columns of indentation is shown flattened ("
                        + deep.size() + " line" + (deep.size() == 1 ? "" : "s") + ")"));
            }
        }
        LinkCheck links = new LinkCheck(root, parsed);
        List<Snippet> snippets = new ArrayList<>();
        for (Parsed p : parsed.values()) {
            if (p.file().kind() == SourceFile.Kind.ESSAY) requiredFields(p, problems);
            for (Node n : p.document().getDescendants()) {
                int line = p.bodyLine() + n.getStartLineNumber();
                if (n instanceof Link l) links.check(p, l.getUrl().toString(), line, "link", problems);
                else if (n instanceof Image i) links.check(p, i.getUrl().toString(), line, "image", problems);
                else if (n instanceof Reference r) links.check(p, r.getUrl().toString(), line, "link", problems);
                else if (n instanceof FencedCodeBlock f) fence(p, f, line, problems);
            }
            if (p.file().kind() == SourceFile.Kind.ESSAY) {
                snippets.addAll(Snippets.extract(p.file().slug(), p.file().path(), p.document(), p.bodyLine(), problems));
            }
        }
        glossaryAliases(library.glossary(), glossaryPath(files), problems);
        orphans(library, links, problems);
        SnippetCheck.Summary runs = SnippetCheck.Summary.NOT_RUN;
        if (runner != null) runs = runner.run(snippets, problems);
        List<Problem> unique = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        unique.sort(null);
        int essays = (int) files.stream().filter(f -> f.kind() == SourceFile.Kind.ESSAY).count();
        return new Report(unique, files.size(), essays, library.glossary().size(), snippets, runs);
    }

    /**
     * In a library with tracks or series, an essay that no track lists, no series holds and no
     * other page links to can only be found by search: say so, so that authors place it. A plain
     * folder of Markdown has no such structure and is left alone.
     */
    private static void orphans(Library library, LinkCheck links, List<Problem> problems) {
        if (library.tracks().isEmpty() && library.series().isEmpty()) return;
        java.util.Set<String> inTracks = new java.util.HashSet<>();
        for (var t : library.tracks()) inTracks.addAll(t.essays());
        java.util.Set<String> series = new java.util.HashSet<>();
        for (var s : library.series()) series.add(s.slug());
        for (var e : library.essays()) {
            boolean placed = inTracks.contains(e.slug()) || (e.series() != null && series.contains(e.series()))
                    || links.linkedFromElsewhere(e.path());
            if (!placed) {
                problems.add(new Problem(e.path(), 1, "orphan: no track lists this essay, it is in no series and no other page links to it"));
            }
        }
    }

    /** A library file with its front matter and parsed body. */
    record Parsed(SourceFile file, FrontMatter frontMatter, Document document) {
        int bodyLine() {
            return frontMatter.bodyLine();
        }
    }

    /**
     * An essay with front matter is part of a library written for lectern, so it needs the two
     * fields lists and headers show: a title and a dek. A plain Markdown file without front
     * matter is fine as it is.
     */
    private static void requiredFields(Parsed p, List<Problem> problems) {
        FrontMatter fm = p.frontMatter();
        if (fm.bodyLine() <= 1) return;
        for (String field : List.of("title", "dek")) {
            if (!fm.fields().containsKey(field)) {
                problems.add(new Problem(p.file().path(), 1, "front matter has no `" + field + ":` (required)"));
            }
        }
    }

    private static void fence(Parsed p, FencedCodeBlock f, int line, List<Problem> problems) {
        String info = f.getInfo().toString().strip();
        String lang = info.isEmpty() ? "" : info.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String body = f.getContentChars().toString();
        String path = p.file().path();
        if (Diagrams.supports(lang)) {
            for (DiagramProblem d : Diagrams.validate(lang, body)) {
                problems.add(new Problem(path, line + Math.max(1, d.line()), lang + ": " + d.message()));
            }
        } else if (lang.equals("cards")) {
            for (CardText.Issue i : CardText.issues(body)) {
                problems.add(new Problem(path, line + i.line(), i.message()));
            }
        }
    }

    /** A glossary alias must not name another entry: `define` could not know which one was meant. */
    private static void glossaryAliases(List<GlossaryEntry> glossary, String path, List<Problem> problems) {
        Map<String, GlossaryEntry> names = new HashMap<>();
        for (GlossaryEntry e : glossary) names.put(e.term().toLowerCase(Locale.ROOT), e);
        for (GlossaryEntry e : glossary) {
            for (String a : e.aliases()) {
                GlossaryEntry other = names.putIfAbsent(a.toLowerCase(Locale.ROOT), e);
                if (other != null && other != e) {
                    problems.add(new Problem(path, e.line(), "alias `" + a + "` of `" + e.term() + "` also names `"
                            + other.term() + "` (line " + other.line() + ")"));
                }
            }
        }
    }

    private static String glossaryPath(List<SourceFile> files) {
        return files.stream().filter(f -> f.kind() == SourceFile.Kind.GLOSSARY).map(SourceFile::path).findFirst()
                .orElse("glossary.md");
    }
}
