package dev.lectern.index;

import dev.lectern.content.Level;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.store.IndexTables;
import dev.lectern.text.Line;
import dev.lectern.text.Role;
import dev.lectern.text.Span;
import dev.lectern.text.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a user's query against the index: parse, check filters against the library, translate to
 * a quoted FTS5 expression, rank by the table's bm25 weights and shape the hits. A query that
 * cannot mean anything comes back as {@link SearchOutcome.Invalid} with a sentence saying why.
 */
public final class Searcher {
    /** Where the library comes from when a filter needs it: loading it costs start-up time. */
    public interface LibrarySource {
        Library get() throws SQLException, IOException;
    }

    private final IndexTables tables;
    private final LibrarySource source;
    private Library library;

    public Searcher(IndexTables tables, Library library) {
        this.tables = tables;
        this.library = library;
        this.source = () -> library;
    }

    /** A searcher that loads the library only for a {@code series:} or {@code track:} filter. */
    public Searcher(IndexTables tables, LibrarySource library) {
        this.tables = tables;
        this.source = library;
    }

    private Library library() throws SQLException {
        if (library == null) {
            try {
                library = source.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return library;
    }

    public SearchOutcome search(String input, int limit) throws SQLException {
        SearchQuery q = QueryParser.parse(input);
        List<String> notices = q.notices();
        if (q.terms().isEmpty()) {
            String msg = input == null || input.isBlank() ? "nothing to search for: give a word or \"a phrase\""
                    : "nothing to search for in `" + abbreviate(input) + "`: it has no letters or digits";
            if (q.filters().any()) msg = "add a word to search for; filters alone match nothing (try `lectern list`)";
            return new SearchOutcome.Invalid(msg, notices);
        }
        if (!q.hasPositiveTerm()) {
            return new SearchOutcome.Invalid("a search needs at least one word to find, not only -exclusions", notices);
        }
        SearchQuery.Filters f = q.filters();
        String level = null;
        if (f.level() != null) {
            Level l = Level.parse(f.level());
            if (l == null) return new SearchOutcome.Invalid("level must be intro, intermediate or advanced, not `"
                    + f.level() + "`", notices);
            level = l.key();
        }
        if (f.series() != null) {
            Library library = library();
            if (library.seriesNamed(f.series()).isEmpty() && !library.series().isEmpty()) {
                return new SearchOutcome.Invalid("no series `" + f.series() + "`; series are: "
                        + library.series().stream().map(s -> s.slug()).collect(Collectors.joining(", ")), notices);
            }
        }
        List<String> slugs = null;
        if (f.track() != null) {
            Library library = library();
            Optional<Track> t = library.track(f.track());
            if (t.isEmpty()) {
                return new SearchOutcome.Invalid("no track `" + f.track() + "`"
                        + (library.tracks().isEmpty() ? "; this library has no tracks" : "; tracks are: "
                        + library.tracks().stream().map(Track::slug).collect(Collectors.joining(", "))), notices);
            }
            slugs = t.get().essays();
        }
        IndexTables.SearchFilters filters = new IndexTables.SearchFilters(level, f.series(), f.tag(), slugs);
        String match = FtsExpression.of(q);
        List<IndexTables.HitRow> rows = tables.search(match, filters, Math.max(1, limit));
        if (rows.isEmpty()) {
            List<String> words = q.terms().stream().filter(t -> !t.negated())
                    .flatMap(t -> List.of(t.text().split("[^\\p{L}\\p{N}]+")).stream()).toList();
            return new SearchOutcome.NoMatch(new Suggester(tables).suggest(words, 5), notices);
        }
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (IndexTables.HitRow r : rows) {
            hits.add(new SearchHit(r.slug(), r.title(), r.heading(), r.anchor(), r.level(), r.minutes(),
                    snippetLine(r.snippet()), r.snippet() == null ? "" : r.snippet()));
        }
        return new SearchOutcome.Hits(hits, notices);
    }

    /** Turns FTS5's marked snippet into a line: matches styled, whitespace folded, one line. */
    static Line snippetLine(String marked) {
        List<Span> spans = new ArrayList<>();
        if (marked == null) return Line.EMPTY;
        String s = marked.replaceAll("[\\s]+", " ").replaceAll("[#>*`|]+ ?", "").strip();
        int i = 0;
        while (i < s.length()) {
            int a = s.indexOf('\u0001', i);
            if (a < 0) {
                spans.add(Span.plain(s.substring(i)));
                break;
            }
            if (a > i) spans.add(Span.plain(s.substring(i, a)));
            int b = s.indexOf('\u0002', a);
            if (b < 0) b = s.length();
            spans.add(new Span(s.substring(a + 1, b), Style.of(Role.MATCH).bold()));
            i = b + 1;
        }
        return new Line(spans, -1);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "\u2026" : t;
    }
}
