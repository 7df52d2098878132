package dev.lectern.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A loaded library: its page, essays (metadata only), tracks, series, glossary and the problems
 * found while loading. Immutable; look-ups by slug go through the maps built once here.
 */
public final class Library {
    private final Path root;
    private final LibraryInfo info;
    private final List<Essay> essays;
    private final List<Track> tracks;
    private final List<Series> series;
    /** Read when first asked for: a command that prints an essay or a list never needs its few hundred entries. */
    private final Supplier<List<GlossaryEntry>> glossarySource;
    private volatile List<GlossaryEntry> glossary;
    private final List<Problem> problems;
    private final Map<String, Essay> bySlug = new LinkedHashMap<>();
    private final Map<String, Essay> byAlias = new LinkedHashMap<>();

    public Library(Path root, LibraryInfo info, List<Essay> essays, List<Track> tracks,
                   List<Series> series, List<GlossaryEntry> glossary, List<Problem> problems) {
        this(root, info, essays, tracks, series, (Supplier<List<GlossaryEntry>>) null, problems);
        this.glossary = List.copyOf(glossary);
    }

    /** A library whose glossary is read from {@code glossary} when first asked for (the index keeps it). */
    public Library(Path root, LibraryInfo info, List<Essay> essays, List<Track> tracks,
                   List<Series> series, Supplier<List<GlossaryEntry>> glossary, List<Problem> problems) {
        this.root = root;
        this.info = info;
        this.essays = List.copyOf(essays);
        this.tracks = List.copyOf(tracks);
        this.series = List.copyOf(series);
        this.glossarySource = glossary;
        this.problems = List.copyOf(problems);
        for (Essay e : this.essays) {
            bySlug.putIfAbsent(e.slug(), e);
            for (String a : e.aliases()) byAlias.putIfAbsent(a, e);
        }
    }

    public Path root() {
        return root;
    }

    public LibraryInfo info() {
        return info;
    }

    public List<Essay> essays() {
        return essays;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public List<Series> series() {
        return series;
    }

    public List<GlossaryEntry> glossary() {
        // No lock: two threads may both read it once; either list is the same.
        List<GlossaryEntry> g = glossary;
        if (g == null) glossary = g = List.copyOf(glossarySource.get());
        return g;
    }

    /** This library with other problems (the same glossary, read or not). */
    public Library withProblems(List<Problem> others) {
        List<GlossaryEntry> g = glossary;
        return g != null ? new Library(root, info, essays, tracks, series, g, others)
                : new Library(root, info, essays, tracks, series, glossarySource, others);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The essay with this slug, or one that lists it among its {@code aliases}. */
    public Optional<Essay> essay(String slug) {
        Essay e = bySlug.get(slug);
        return Optional.ofNullable(e != null ? e : byAlias.get(slug));
    }

    public Optional<Track> track(String slug) {
        return tracks.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<Series> seriesNamed(String slug) {
        return series.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The tracks an essay is on, in library order. */
    public List<Track> tracksOf(String slug) {
        return tracks.stream().filter(t -> t.essays().contains(slug)).toList();
    }
}
