package dev.lectern.cli;

import dev.lectern.app.Session;
import dev.lectern.content.Essay;
import dev.lectern.content.EssayDocument;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.LibraryReader;
import dev.lectern.content.Problem;
import dev.lectern.content.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.lectern.content.Library;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the essay a user means by a slug they typed: exact slug, an alias, a {@code .md} path,
 * or a prefix that only one slug has. When nothing fits, the nearest slugs are offered.
 */
final class EssayLookup {
    private EssayLookup() {
    }

    /** The essay, or empty; {@code suggestions} receives candidates when empty. */
    static Optional<Essay> find(Library lib, String typed, List<String> suggestions) {
        String t = typed.strip();
        if (t.endsWith(".md")) t = t.substring(0, t.length() - 3);
        int slash = t.lastIndexOf('/');
        Optional<Essay> exact = lib.essay(t);
        if (exact.isPresent()) return exact;
        if (slash >= 0) {
            exact = lib.essay(t.substring(slash + 1));
            if (exact.isPresent()) return exact;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        List<Essay> prefixed = lib.essays().stream().filter(e -> e.slug().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (prefixed.size() == 1) return Optional.of(prefixed.get(0));
        if (prefixed.size() > 1) {
            prefixed.stream().limit(8).forEach(e -> suggestions.add(e.slug()));
            return Optional.empty();
        }
        record Near(String slug, int d) {
        }
        List<Near> near = new ArrayList<>();
        for (Essay e : lib.essays()) {
            int d = distance(lower, e.slug().toLowerCase(Locale.ROOT));
            if (d <= Math.max(2, lower.length() / 3) || e.slug().contains(lower)) near.add(new Near(e.slug(), d));
        }
        near.sort(Comparator.comparingInt(Near::d));
        near.stream().limit(5).forEach(n -> suggestions.add(n.slug()));
        return Optional.empty();
    }

    /**
     * Reads the essay {@code target} names: a slug as {@link #find} understands it (an
     * {@code #anchor} after it is ignored), or the path of any Markdown file. Null, with a message
     * already printed, when there is none.
     */
    static EssayDocument load(Session session, Out out, String target) throws Exception {
        String slug = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        Path asPath = Path.of(slug);
        if (slug.endsWith(".md") && Files.isRegularFile(asPath)) {
            List<Problem> problems = new ArrayList<>();
            String text = SourceText.read(new dev.lectern.content.SourceFile(dev.lectern.content.SourceFile.Kind.ESSAY,
                    asPath.getFileName().toString().replaceAll("\\.md$", ""), asPath.toString(), asPath,
                    Files.size(asPath), 0), problems);
            for (Problem p : problems) out.note(p.toString());
            if (text == null) return null;
            return LibraryReader.essay(asPath.getFileName().toString().replaceAll("\\.md$", ""), asPath.toString(), text, problems);
        }
        List<String> suggestions = new ArrayList<>();
        // A slug or alias as typed is found in the index; only a prefix or a typo needs the library.
        Optional<Essay> e = exact(session, slug);
        if (e.isEmpty()) e = EssayLookup.find(session.library(), slug, suggestions);
        if (e.isEmpty()) {
            out.error(EssayLookup.notFound(slug, suggestions));
            return null;
        }
        Path file = session.libraryRoot().resolve(e.get().path());
        List<Problem> problems = new ArrayList<>();
        String text = SourceText.read(new dev.lectern.content.SourceFile(dev.lectern.content.SourceFile.Kind.ESSAY,
                e.get().slug(), e.get().path(), file, Files.size(file), 0), problems);
        if (text == null) {
            for (Problem p : problems) out.error(p.toString());
            return null;
        }
        // The essay's fields as indexed (just brought up to date): only its body is needed here.
        FrontMatter fm = FrontMatter.bodyOnly(e.get().path(), text);
        return new EssayDocument(e.get(), fm.body(), fm.bodyLine());
    }

    /** What {@link #find} answers first, a slug or alias (after a folder prefix too), from the index. */
    private static Optional<Essay> exact(Session session, String typed) throws Exception {
        String t = typed.strip();
        if (t.endsWith(".md")) t = t.substring(0, t.length() - 3);
        Optional<Essay> exact = session.essay(t);
        int slash = t.lastIndexOf('/');
        if (exact.isEmpty() && slash >= 0) exact = session.essay(t.substring(slash + 1));
        return exact;
    }

    static String notFound(String typed, List<String> suggestions) {
        return "no essay `" + typed + "`" + (suggestions.isEmpty() ? "; `lectern list` shows them all"
                : "; did you mean: " + String.join(", ", suggestions));
    }

    static int distance(String a, String b) {
        return dev.lectern.text.EditDistance.between(a, b);
    }
}
