package dev.lectern.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final List<GlossaryEntry> glossary;
    private final List<Problem> problems;
    private final Map<String, Essay> bySlug = new LinkedHashMap<>();
    private final Map<String, Essay> byAlias = new LinkedHashMap<>();

    public Library(Path root, LibraryInfo info, List<Essay> essays, List<Track> tracks,
                   List<Series> series, List<GlossaryEntry> glossary, List<Problem> problems) {
        this.root = root;
        this.info = info;
        this.essays = List.copyOf(essays);
        this.tracks = List.copyOf(tracks);
        this.series = List.copyOf(series);
        this.glossary = List.copyOf(glossary);
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
        return glossary;
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
