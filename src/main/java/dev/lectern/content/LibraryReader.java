package dev.lectern.content;

import dev.lectern.markdown.HeadingText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns library files into records: essays, tracks, series, the library page. Each method
 * reports what is wrong as {@link Problem}s and still returns the best record it can, so one
 * bad file never hides the rest of the library.
 */
public final class LibraryReader {
    private static final Set<String> ESSAY_FIELDS = Set.of("title", "dek", "date", "level", "series", "tags",
            "aliases", "draft");

    private LibraryReader() {
    }

    /** Reads an essay file; null when the file must be skipped (binary, too large). */
    public static EssayDocument essay(SourceFile f, List<Problem> problems) {
        String text = SourceText.read(f, problems);
        return text == null ? null : essay(f.slug(), f.path(), text, problems);
    }

    public static EssayDocument essay(String slug, String path, String text, List<Problem> problems) {
        FrontMatter fm = FrontMatter.parse(path, text);
        problems.addAll(fm.problems());
        for (String key : fm.fields().keySet()) {
            if (!ESSAY_FIELDS.contains(key)) {
                problems.add(new Problem(path, fm.line(key), "unknown front-matter field `" + key
                        + "` (known: title, dek, date, level, series, tags, aliases)"));
            }
        }
        String title = fm.string("title", path, problems);
        if (title == null) title = firstHeading(fm.body());
        if (title == null) title = slug;
        String dek = fm.string("dek", path, problems);
        LocalDate date = null;
        String d = fm.string("date", path, problems);
        if (d != null) {
            try {
                date = IsoDate.parse(d);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(path, fm.line("date"), "date `" + d + "` is not a real YYYY-MM-DD date"));
            }
        }
        Level level = null;
        String l = fm.string("level", path, problems);
        if (l != null) {
            level = Level.parse(l);
            if (level == null) {
                problems.add(new Problem(path, fm.line("level"), "level `" + l + "` is not one of intro, intermediate, advanced"));
            }
        }
        String series = fm.string("series", path, problems);
        Essay e = new Essay(slug, path, title, dek, date, level, series, fm.list("tags"), fm.list("aliases"),
                ReadingTime.words(fm.body()), ReadingTime.minutes(fm.body()));
        return new EssayDocument(e, fm.body(), fm.bodyLine());
    }

    public static Track track(SourceFile f, List<Problem> problems) {
        String text = SourceText.read(f, problems);
        return text == null ? null : track(f, text, problems);
    }

    /** A track from its file's text, already read (the indexer reads each file once). */
    public static Track track(SourceFile f, String text, List<Problem> problems) {
        FrontMatter fm = FrontMatter.parse(f.path(), text);
        problems.addAll(fm.problems());
        String title = orHeading(fm.string("title", f.path(), problems), fm.body(), f.slug());
        if (!fm.fields().containsKey("essays")) {
            problems.add(new Problem(f.path(), 1, "a track needs `essays: [slug, ...]` in its front matter"));
        }
        List<String> essays = new ArrayList<>();
        for (String s : fm.list("essays")) {
            essays.add(s.endsWith(".md") ? s.substring(0, s.length() - 3) : s);
        }
        return new Track(f.slug(), f.path(), title, nullToEmpty(fm.string("dek", f.path(), problems)), essays,
                withoutTitleHeading(fm.body(), title), fm.fields().containsKey("essays") ? fm.line("essays") : 1);
    }

    public static Series series(SourceFile f, List<Problem> problems) {
        String text = SourceText.read(f, problems);
        return text == null ? null : series(f, text, problems);
    }

    public static Series series(SourceFile f, String text, List<Problem> problems) {
        FrontMatter fm = FrontMatter.parse(f.path(), text);
        problems.addAll(fm.problems());
        String title = orHeading(fm.string("title", f.path(), problems), fm.body(), f.slug());
        return new Series(f.slug(), f.path(), title, nullToEmpty(fm.string("dek", f.path(), problems)),
                withoutTitleHeading(fm.body(), title));
    }

    /** The library page; {@code f} may be null for a folder without one. */
    public static LibraryInfo info(Path root, SourceFile f, List<Problem> problems) {
        return f == null ? info(root, null, null, problems) : info(root, f, SourceText.read(f, problems), problems);
    }

    /** The library page from its text, already read; {@code text} null when there is none or it could not be read. */
    public static LibraryInfo info(Path root, SourceFile f, String text, List<Problem> problems) {
        String folder = root.toAbsolutePath().normalize().getFileName() == null ? "library"
                : root.toAbsolutePath().normalize().getFileName().toString();
        if (text == null) return new LibraryInfo(folder, folder, "", "", java.util.List.of());
        FrontMatter fm = FrontMatter.parse(f.path(), text);
        problems.addAll(fm.problems());
        String id = fm.string("id", f.path(), problems);
        String title = orHeading(fm.string("title", f.path(), problems), fm.body(), folder);
        return new LibraryInfo(id == null ? folder : id, title, nullToEmpty(fm.string("dek", f.path(), problems)),
                withoutTitleHeading(fm.body(), title), fm.list("tracks"));
    }

    /** The text of the first ATX heading in {@code body}, outside code fences; null when none. */
    public static String firstHeading(String body) {
        boolean fence = false;
        for (String line : body.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) fence = !fence;
            if (fence) continue;
            if (t.startsWith("#")) {
                int n = 0;
                while (n < t.length() && t.charAt(n) == '#') n++;
                if (n <= 6 && (n == t.length() || t.charAt(n) == ' ')) {
                    String h = HeadingText.plain(t.substring(n));
                    if (!h.isEmpty()) return h;
                }
            }
        }
        return null;
    }

    /** The body without a leading {@code # Title} line that repeats the title. */
    static String withoutTitleHeading(String body, String title) {
        String b = body.stripLeading();
        if (b.startsWith("# ")) {
            int nl = b.indexOf('\n');
            String first = nl < 0 ? b : b.substring(0, nl);
            if (HeadingText.plain(first.substring(2)).equals(title)) return nl < 0 ? "" : b.substring(nl + 1).strip();
        }
        return body.strip();
    }

    private static String orHeading(String value, String body, String fallback) {
        if (value != null) return value;
        String h = firstHeading(body);
        return h != null ? h : fallback;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
