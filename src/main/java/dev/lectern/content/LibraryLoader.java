package dev.lectern.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads a library folder into a {@link Library}. The essays' metadata may come from the caller
 * (the search index keeps it, so commands need not re-read a thousand files); tracks, series,
 * the glossary and the library page are small and always read here. Cross-references are
 * checked at this level: duplicate slugs, tracks naming missing essays, unknown series.
 */
public final class LibraryLoader {
    private LibraryLoader() {
    }

    /** Reads every file, essays included. */
    public static Library load(Path root) throws IOException {
        return load(root, LibraryLayout.scan(root), null);
    }

    /**
     * Loads the library from already scanned files. When {@code essays} is given it supplies the
     * essays' metadata (with their problems already reported elsewhere); otherwise every essay
     * file is read.
     */
    public static Library load(Path root, List<SourceFile> files, Function<List<SourceFile>, List<Essay>> essays) {
        return load(root, files, essays, null);
    }

    /**
     * As {@link #load(Path, List, Function)}, with the glossary's entries from {@code glossary}
     * too when it is given (the index keeps them, parsed, with their problems; reading the
     * file again costs a cold start about 23 ms).
     */
    public static Library load(Path root, List<SourceFile> files, Function<List<SourceFile>, List<Essay>> essays,
                               Supplier<List<GlossaryEntry>> glossarySource) {
        return load(root, files, essays, glossarySource, null);
    }

    /**
     * Records an index already holds, parsed from these files when they last changed, by file path;
     * a file with none (it could not be read or parsed) gives no record, as reading it would not.
     */
    public record Parsed(Map<String, Track> tracks, Map<String, Series> series, Map<String, LibraryInfo> pages) {
    }

    /**
     * As {@link #load(Path, List, Function, Supplier)}, with tracks, series and the library page
     * from {@code parsed} when it is given: their YAML is then not read again (in a cold JVM that
     * parse cost every command that loads the library 20-30 ms).
     */
    public static Library load(Path root, List<SourceFile> files, Function<List<SourceFile>, List<Essay>> essays,
                               Supplier<List<GlossaryEntry>> glossarySource, Parsed parsed) {
        List<Problem> problems = new ArrayList<>();
        SourceFile libraryPage = null;
        List<Track> tracks = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        List<SourceFile> essayFiles = new ArrayList<>();
        boolean hasGlossary = false;
        for (SourceFile f : files) {
            switch (f.kind()) {
                case LIBRARY -> libraryPage = f;
                case GLOSSARY -> {
                    if (glossarySource == null) glossary.addAll(GlossaryReader.read(f, problems));
                    else hasGlossary = true;
                }
                case TRACK -> addIfPresent(tracks, parsed != null ? parsed.tracks().get(f.path()) : LibraryReader.track(f, problems));
                case SERIES -> addIfPresent(series, parsed != null ? parsed.series().get(f.path()) : LibraryReader.series(f, problems));
                case ESSAY -> essayFiles.add(f);
            }
        }
        LibraryInfo info = parsed == null || libraryPage == null ? LibraryReader.info(root, libraryPage, problems)
                : parsed.pages().getOrDefault(libraryPage.path(), LibraryReader.info(root, null, null, problems));
        orderTracks(tracks, info, problems);
        List<Essay> loaded;
        if (essays != null) {
            loaded = essays.apply(essayFiles);
        } else {
            loaded = new ArrayList<>();
            for (SourceFile f : essayFiles) {
                EssayDocument d = LibraryReader.essay(f, problems);
                if (d != null) loaded.add(d.essay());
            }
        }
        List<Essay> unique = checkReferences(loaded, tracks, series, problems);
        problems.sort(null);
        if (glossarySource == null) return new Library(root, info, unique, tracks, series, glossary, problems);
        return new Library(root, info, unique, tracks, series, hasGlossary ? glossarySource : List::of, problems);
    }

    /** Puts tracks in the order library.md gives ({@code tracks: [...]}); the rest follow by name. */
    private static void orderTracks(List<Track> tracks, LibraryInfo info, List<Problem> problems) {
        List<String> order = info.trackOrder();
        for (String slug : order) {
            if (tracks.stream().noneMatch(t -> t.slug().equals(slug))) {
                problems.add(new Problem("library.md", 1, "`tracks` lists `" + slug + "`, which has no file tracks/" + slug + ".md"));
            }
        }
        // A comparator class rather than comparingInt(...).thenComparing(...): those combinators'
        // own lambdas are linked at run time on every command that loads the library (~10 ms).
        tracks.sort(new java.util.Comparator<Track>() {
            @Override
            public int compare(Track a, Track b) {
                int byOrder = Integer.compare(rank(a), rank(b));
                return byOrder != 0 ? byOrder : a.slug().compareTo(b.slug());
            }

            private int rank(Track t) {
                int i = order.indexOf(t.slug());
                return i < 0 ? Integer.MAX_VALUE : i;
            }
        });
    }

    private static <T> void addIfPresent(List<T> list, T item) {
        if (item != null) list.add(item);
    }

    private static List<Essay> checkReferences(List<Essay> essays, List<Track> tracks, List<Series> series,
                                               List<Problem> problems) {
        Map<String, Essay> bySlug = new HashMap<>();
        List<Essay> unique = new ArrayList<>();
        for (Essay e : essays) {
            Essay prev = bySlug.putIfAbsent(e.slug(), e);
            if (prev != null) {
                problems.add(new Problem(e.path(), 1, "duplicate slug `" + e.slug() + "`: " + prev.path()
                        + " has the same file name; this one is skipped"));
            } else {
                unique.add(e);
            }
        }
        for (Essay e : unique) {
            for (String a : e.aliases()) {
                Essay other = bySlug.get(a);
                if (other != null && other != e) {
                    problems.add(new Problem(e.path(), 1, "alias `" + a + "` is the slug of " + other.path()));
                }
            }
        }
        for (Track t : tracks) {
            for (String s : t.essays()) {
                if (!bySlug.containsKey(s) && unique.stream().noneMatch(e -> e.aliases().contains(s))) {
                    problems.add(new Problem(t.path(), t.essaysLine(), "track lists `" + s + "`, which is not an essay in this library"));
                }
            }
        }
        if (!series.isEmpty() || unique.stream().anyMatch(e -> e.series() != null)) {
            for (Essay e : unique) {
                if (e.series() != null && series.stream().noneMatch(s -> s.slug().equals(e.series()))) {
                    problems.add(new Problem(e.path(), 1, "series `" + e.series() + "` has no file series/"
                            + e.series() + ".md"));
                }
            }
        }
        return unique;
    }
}
