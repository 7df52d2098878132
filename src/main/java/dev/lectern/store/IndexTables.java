package dev.lectern.store;

import dev.lectern.content.Essay;
import dev.lectern.content.Level;
import dev.lectern.content.Problem;
import dev.lectern.markdown.Section;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All SQL that reads and writes the search index. The index package decides what to store and
 * what to ask; this class only knows the tables. Each statement says in a comment what it is for.
 */
public final class IndexTables {
    /** What the index remembers of a file to tell whether it changed. */
    public record FileState(String kind, String slug, long size, long modified, String hash) {
    }

    /** One ranked search result row, before the index package shapes it. */
    public record HitRow(String path, String slug, String title, String heading, String anchor, int ordinal,
                         String snippet, String level, int minutes) {
    }

    private final Connection c;

    public IndexTables(Connection c) {
        this.c = c;
    }

    public Connection connection() {
        return c;
    }

    /** Every file the index has seen, by path. */
    public Map<String, FileState> files() throws SQLException {
        Map<String, FileState> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT path, kind, slug, size, modified, hash FROM files")) {
            while (r.next()) {
                out.put(r.getString(1), new FileState(r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                        r.getString(6)));
            }
        }
        return out;
    }

    /**
     * Every write of an indexing run, with its statements prepared once. Sections get their ids
     * here (one more than the largest so far) instead of a generated-key round trip per row, so
     * the section and full-text inserts go to SQLite in JDBC batches. Changes to the word list
     * used for suggestions are summed in memory and written when the writer closes. Removals
     * flush the pending batches first, so the order of changes is kept.
     */
    public final class Writer implements AutoCloseable {
        private static final int BATCH = 512;
        private final PreparedStatement doc = c.prepareStatement(
                "INSERT OR REPLACE INTO documents (path, slug, title, dek, date, level, series, tags, aliases, words,"
                        + " minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        private final PreparedStatement tag = c.prepareStatement(
                "INSERT OR IGNORE INTO doc_tags (path, tag) VALUES (?, ?)");
        private final PreparedStatement section = c.prepareStatement(
                "INSERT INTO sections (id, path, slug, ordinal, anchor, heading, level, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        private final PreparedStatement fts = c.prepareStatement(
                "INSERT INTO sections_fts (rowid, title, heading, dek, body) VALUES (?, ?, ?, ?, ?)");
        private final PreparedStatement file = c.prepareStatement(
                "INSERT OR REPLACE INTO files (path, kind, slug, size, modified, hash) VALUES (?, ?, ?, ?, ?, ?)");
        private final PreparedStatement problem = c.prepareStatement(
                "INSERT INTO problems (path, line, message) VALUES (?, ?, ?)");
        private final Map<String, int[]> termDeltas = new HashMap<>();
        private long nextId;
        private int pending;

        Writer() throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM sections")) {
                nextId = r.next() ? r.getLong(1) + 1 : 1;
            }
        }

        /** Adds an essay and its sections; {@code bodies} are the sections' plain text for search. */
        public void add(Essay e, List<Section> sections, List<String> bodies) throws SQLException {
            doc.setString(1, e.path());
            doc.setString(2, e.slug());
            doc.setString(3, e.title());
            doc.setString(4, e.dek());
            doc.setString(5, e.date() == null ? null : e.date().toString());
            doc.setString(6, e.level() == null ? null : e.level().key());
            doc.setString(7, e.series());
            doc.setString(8, String.join("\n", e.tags()));
            doc.setString(9, String.join("\n", e.aliases()));
            doc.setInt(10, e.words());
            doc.setInt(11, e.minutes());
            doc.addBatch();
            for (String t : e.tags()) {
                tag.setString(1, e.path());
                tag.setString(2, t);
                tag.addBatch();
            }
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                long id = nextId++;
                section.setLong(1, id);
                section.setString(2, e.path());
                section.setString(3, e.slug());
                section.setInt(4, s.ordinal());
                section.setString(5, s.anchor());
                section.setString(6, s.heading());
                section.setInt(7, s.level());
                section.setInt(8, s.line());
                section.addBatch();
                // Title and dek go on the first section only, so a title match lands on the essay's top.
                fts.setLong(1, id);
                fts.setString(2, i == 0 ? e.title() : "");
                fts.setString(3, s.heading());
                fts.setString(4, i == 0 ? e.dek() : "");
                fts.setString(5, bodies.get(i));
                fts.addBatch();
            }
            pending += sections.size() + 1;
            if (pending >= BATCH) flush();
        }

        /** Records (or updates) what a file looked like when it was indexed. */
        public void putFile(String path, FileState f) throws SQLException {
            file.setString(1, path);
            file.setString(2, f.kind());
            file.setString(3, f.slug());
            file.setLong(4, f.size());
            file.setLong(5, f.modified());
            file.setString(6, f.hash());
            file.addBatch();
            pending++;
        }

        /** Adds problems for a file (whose old problems, if any, were removed with it). */
        public void addProblems(List<Problem> problems) throws SQLException {
            for (Problem pr : problems) {
                problem.setString(1, pr.file());
                problem.setInt(2, pr.line());
                problem.setString(3, pr.message());
                problem.addBatch();
                pending++;
            }
        }

        /** Counts {@code words} (each once) as found in one more ({@code delta} 1) or one fewer (-1) essay. */
        public void countTerms(Iterable<String> words, int delta) {
            for (String w : words) countTerm(w, delta);
        }

        /** Counts {@code word} as found in {@code delta} more (or, negative, fewer) essays. */
        public void countTerm(String word, int delta) {
            int[] n = termDeltas.get(word);
            if (n == null) termDeltas.put(word, n = new int[1]);
            n[0] += delta;
        }

        /**
         * The searchable text of a document's sections, as indexed (title, heading, dek, body of
         * each), read before the document is removed so its words can be uncounted.
         */
        public List<String> indexedText(String path) throws SQLException {
            flush();
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT title, heading, dek, body FROM sections_fts"
                    + " WHERE rowid IN (SELECT id FROM sections WHERE path = ?)")) {
                p.setString(1, path);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        for (int i = 1; i <= 4; i++) {
                            String t = r.getString(i);
                            if (t != null && !t.isEmpty()) out.add(t);
                        }
                    }
                }
            }
            return out;
        }

        /** Removes a document's metadata, tags, sections, full-text rows and problems. */
        public void removeDocument(String path) throws SQLException {
            flush();
            // FTS rows first: they are found through the sections being removed.
            exec("DELETE FROM sections_fts WHERE rowid IN (SELECT id FROM sections WHERE path = ?)", path);
            exec("DELETE FROM sections WHERE path = ?", path);
            exec("DELETE FROM doc_tags WHERE path = ?", path);
            exec("DELETE FROM documents WHERE path = ?", path);
            exec("DELETE FROM problems WHERE path = ?", path);
            exec("DELETE FROM glossary WHERE path = ?", path);
            exec("DELETE FROM tracks WHERE path = ?", path);
            exec("DELETE FROM series WHERE path = ?", path);
            exec("DELETE FROM library_page WHERE path = ?", path);
        }

        public void putTrack(dev.lectern.content.Track t) throws SQLException {
            exec("INSERT OR REPLACE INTO tracks (path, slug, title, dek, essays, introduction, essays_line)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", t.path(), t.slug(), t.title(), t.dek(), String.join("\n", t.essays()),
                    t.introduction(), t.essaysLine());
        }

        public void putSeries(dev.lectern.content.Series x) throws SQLException {
            exec("INSERT OR REPLACE INTO series (path, slug, title, dek, introduction) VALUES (?, ?, ?, ?, ?)",
                    x.path(), x.slug(), x.title(), x.dek(), x.introduction());
        }

        public void putLibraryPage(String path, dev.lectern.content.LibraryInfo i) throws SQLException {
            exec("INSERT OR REPLACE INTO library_page (path, id, title, dek, about, track_order) VALUES (?, ?, ?, ?, ?, ?)",
                    path, i.id(), i.title(), i.dek(), i.about(), String.join("\n", i.trackOrder()));
        }

        /** Replaces the glossary entries read from {@code path}. */
        public void putGlossary(String path, List<dev.lectern.content.GlossaryEntry> entries) throws SQLException {
            putGlossary(path, entries, null);
        }

        /**
         * As {@link #putGlossary(String, List)}, with each entry's body already rendered for the
         * four kinds of terminal ({@link #RENDERED} columns; an entry's array or a variant may be null).
         */
        public void putGlossary(String path, List<dev.lectern.content.GlossaryEntry> entries, List<String[]> rendered)
                throws SQLException {
            exec("DELETE FROM glossary WHERE path = ?", path);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO glossary (path, term, aliases, definition, body, line, "
                    + String.join(", ", RENDERED) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < entries.size(); i++) {
                    dev.lectern.content.GlossaryEntry e = entries.get(i);
                    ins.setString(1, path);
                    ins.setString(2, e.term());
                    ins.setString(3, String.join("\n", e.aliases()));
                    ins.setString(4, e.definition());
                    ins.setString(5, e.body());
                    ins.setInt(6, e.line());
                    String[] r = rendered == null ? null : rendered.get(i);
                    for (int v = 0; v < RENDERED.size(); v++) ins.setString(7 + v, r == null ? null : r[v]);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }

        /** Forgets a file and everything indexed from it. */
        public void removeFile(String path) throws SQLException {
            removeDocument(path);
            exec("DELETE FROM files WHERE path = ?", path);
        }

        /** Sends the pending batches to SQLite. */
        public void flush() throws SQLException {
            if (pending == 0) return;
            doc.executeBatch();
            tag.executeBatch();
            section.executeBatch();
            fts.executeBatch();
            file.executeBatch();
            problem.executeBatch();
            pending = 0;
        }

        /** Flushes and writes the summed changes to the word list; the caller commits. */
        public void finish() throws SQLException {
            flush();
            if (termDeltas.isEmpty()) return;
            try (PreparedStatement up = c.prepareStatement("INSERT INTO terms (word, docs) VALUES (?, ?)"
                    + " ON CONFLICT (word) DO UPDATE SET docs = docs + excluded.docs")) {
                for (Map.Entry<String, int[]> t : termDeltas.entrySet()) {
                    if (t.getValue()[0] == 0) continue;
                    up.setString(1, t.getKey());
                    up.setInt(2, t.getValue()[0]);
                    up.addBatch();
                }
                up.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM terms WHERE docs <= 0");
            }
            termDeltas.clear();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : List.of(doc, tag, section, fts, file, problem)) p.close();
        }
    }

    public Writer writer() throws SQLException {
        return new Writer();
    }

    /** Tracks as last indexed, by file path. */
    public Map<String, dev.lectern.content.Track> tracks() throws SQLException {
        Map<String, dev.lectern.content.Track> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT path, slug, title, dek, essays, introduction, essays_line FROM tracks")) {
            while (r.next()) {
                out.put(r.getString(1), new dev.lectern.content.Track(r.getString(2), r.getString(1), r.getString(3),
                        r.getString(4), lines(r.getString(5)), r.getString(6), r.getInt(7)));
            }
        }
        return out;
    }

    /** Series as last indexed, by file path. */
    public Map<String, dev.lectern.content.Series> series() throws SQLException {
        Map<String, dev.lectern.content.Series> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT path, slug, title, dek, introduction FROM series")) {
            while (r.next()) {
                out.put(r.getString(1), new dev.lectern.content.Series(r.getString(2), r.getString(1), r.getString(3),
                        r.getString(4), r.getString(5)));
            }
        }
        return out;
    }

    /** The library page as last indexed, by file path (one at most). */
    public Map<String, dev.lectern.content.LibraryInfo> libraryPages() throws SQLException {
        Map<String, dev.lectern.content.LibraryInfo> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT path, id, title, dek, about, track_order FROM library_page")) {
            while (r.next()) {
                out.put(r.getString(1), new dev.lectern.content.LibraryInfo(r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), lines(r.getString(6))));
            }
        }
        return out;
    }

    /** The glossary's names as last indexed, in file order, with the row each entry is kept in. */
    public record GlossaryNames(List<dev.lectern.content.GlossaryTerm> terms, long[] rows) {
    }

    /** Only the glossary's names: a look-up needs them all, but the text of one entry or three. */
    public GlossaryNames glossaryNames() throws SQLException {
        List<dev.lectern.content.GlossaryTerm> terms = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT ordinal, term, aliases FROM glossary ORDER BY ordinal");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getLong(1));
                String aliases = rs.getString(3);
                terms.add(new dev.lectern.content.GlossaryTerm(rs.getString(2),
                        aliases.isEmpty() ? List.of() : List.of(aliases.split("\n"))));
            }
        }
        long[] r = new long[rows.size()];
        for (int i = 0; i < r.length; i++) r[i] = rows.get(i);
        return new GlossaryNames(terms, r);
    }

    /** The glossary's rendered bodies, one column per kind of terminal, in render.MarkdownRenderer.Paragraphs.VARIANTS order. */
    public static final List<String> RENDERED = List.of("rendered_unicode_links", "rendered_unicode",
            "rendered_ascii_links", "rendered_ascii");

    /** The body of the entry with this term and line, as rendered for terminal kind {@code variant}; null when not kept. */
    public String glossaryRendered(String term, int line, int variant) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + RENDERED.get(variant)
                + " FROM glossary WHERE term = ? AND line = ?")) {
            q.setString(1, term);
            q.setInt(2, line);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The entry kept in {@code row} (one of {@link #glossaryNames}' rows), or null when it is gone. */
    public dev.lectern.content.GlossaryEntry glossaryEntry(long row) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT term, aliases, definition, body, line FROM glossary WHERE ordinal = ?")) {
            q.setLong(1, row);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? glossaryEntry(rs) : null;
            }
        }
    }

    private static dev.lectern.content.GlossaryEntry glossaryEntry(ResultSet rs) throws SQLException {
        String aliases = rs.getString(2);
        return new dev.lectern.content.GlossaryEntry(rs.getString(1),
                aliases.isEmpty() ? List.of() : List.of(aliases.split("\n")), rs.getString(3), rs.getString(4),
                rs.getInt(5));
    }

    /** The glossary as last indexed, in file order. */
    public List<dev.lectern.content.GlossaryEntry> glossary() throws SQLException {
        List<dev.lectern.content.GlossaryEntry> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT term, aliases, definition, body, line FROM glossary ORDER BY ordinal");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) out.add(glossaryEntry(rs));
        }
        return out;
    }

    /** Problems recorded for files as they were last indexed. */
    public List<Problem> problems() throws SQLException {
        List<Problem> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT path, line, message FROM problems ORDER BY path, line")) {
            while (r.next()) out.add(new Problem(r.getString(1), r.getInt(2), r.getString(3)));
        }
        return out;
    }

    /** Essays' metadata for the given files, in path order. */
    public List<Essay> essays() throws SQLException {
        List<Essay> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + ESSAY_COLUMNS + " FROM documents ORDER BY path")) {
            while (r.next()) out.add(essay(r));
        }
        return out;
    }

    private static final String ESSAY_COLUMNS = "slug, path, title, dek, date, level, series, tags, aliases, words, minutes";

    private static Essay essay(ResultSet r) throws SQLException {
        String date = r.getString(5);
        return new Essay(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                date == null ? null : dev.lectern.content.IsoDate.parse(date), Level.parse(r.getString(6)), r.getString(7),
                lines(r.getString(8)), lines(r.getString(9)), r.getInt(10), r.getInt(11));
    }

    /**
     * The essay a library loaded from this index would answer for {@code slug} (Library.essay): the
     * first in path order with that slug, else the first that lists it as an alias among essays
     * whose slug is not taken by an earlier file; null when none.
     */
    public Essay essay(String slug) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + ESSAY_COLUMNS + " FROM documents WHERE slug = ?"
                + " ORDER BY path LIMIT 1")) {
            q.setString(1, slug);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) return essay(r);
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT " + ESSAY_COLUMNS + " FROM documents d"
                + " WHERE instr(char(10) || aliases || char(10), char(10) || ? || char(10)) > 0"
                + " AND path = (SELECT MIN(path) FROM documents e WHERE e.slug = d.slug) ORDER BY path LIMIT 1")) {
            q.setString(1, slug);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? essay(r) : null;
            }
        }
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    /**
     * Which documents a search may return; null fields do not restrict. The values are what the
     * user asked for, already checked against the library: {@code level} a level key,
     * {@code slugs} a track's essays (empty: nothing can match).
     */
    public record SearchFilters(String level, String series, String tag, List<String> slugs) {
        public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

        boolean any() {
            return level != null || series != null || tag != null || slugs != null;
        }

        /** The condition on sections {@code s} and documents {@code d}; its values go to {@code args}. */
        String sql(List<String> args) {
            List<String> conditions = new ArrayList<>();
            if (level != null) {
                conditions.add("d.level = ?");
                args.add(level);
            }
            if (series != null) {
                conditions.add("d.series = ?");
                args.add(series);
            }
            if (tag != null) {
                conditions.add("d.path IN (SELECT path FROM doc_tags WHERE tag = ? COLLATE NOCASE)");
                args.add(tag);
            }
            if (slugs != null) {
                conditions.add(slugs.isEmpty() ? "0" : "s.slug IN (" + String.join(", ", Collections.nCopies(slugs.size(), "?")) + ")");
                args.addAll(slugs);
            }
            return String.join(" AND ", conditions);
        }
    }

    /**
     * The best sections for an FTS5 expression, best first, among the documents {@code filters}
     * allows. User text only ever arrives as bound values.
     */
    public List<HitRow> search(String match, SearchFilters filters, int limit) throws SQLException {
        List<String> restrictArgs = new ArrayList<>();
        String restrictSql = filters.any() ? filters.sql(restrictArgs) : null;
        String sql = "SELECT s.path, s.slug, d.title, s.heading, s.anchor, s.ordinal, h.snip, d.level, d.minutes"
                + " FROM (SELECT rowid AS id, rank, snippet(sections_fts, -1, char(1), char(2), '\u2026', 14) AS snip"
                + "       FROM sections_fts WHERE sections_fts MATCH ?"
                // "+rowid", not "rowid": a plain rowid IN (...) is handed to FTS5 as a constraint and
                // the MATCH (a prefix expansion, say) is run again for every allowed row: 0.3-0.7 s
                // for "atte* level:intro" at 10,000 sections. As a filter it is one set lookup a row.
                + (restrictSql == null ? "" : " AND +rowid IN (SELECT s.id FROM sections s JOIN documents d"
                + " ON d.path = s.path WHERE " + restrictSql + ")")
                + "       ORDER BY rank LIMIT ?) h"
                + " JOIN sections s ON s.id = h.id JOIN documents d ON d.path = s.path ORDER BY h.rank";
        List<HitRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setString(i++, match);
            for (String a : restrictArgs) p.setString(i++, a);
            p.setInt(i, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new HitRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6), r.getString(7), r.getString(8), r.getInt(9)));
                }
            }
        }
        return out;
    }

    /**
     * Words of the indexed text (lower case, as written, not stemmed) from {@code from} up to but
     * not including {@code to}, between {@code minLength} and {@code maxLength} characters long,
     * with the number of essays holding each: the candidates for "did you mean".
     */
    public Map<String, Integer> terms(String from, String to, int minLength, int maxLength) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT word, docs FROM terms WHERE word >= ? AND word < ? AND length(word) BETWEEN ? AND ?")) {
            p.setString(1, from);
            p.setString(2, to);
            p.setInt(3, minLength);
            p.setInt(4, maxLength);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.put(r.getString(1), r.getInt(2));
            }
        }
        return out;
    }

    /** Whether the full-text index has any row matching {@code match} (an FTS5 expression). */
    public boolean anyMatch(String match) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sections_fts WHERE sections_fts MATCH ? LIMIT 1")) {
            p.setString(1, match);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Number of sections indexed. */
    public int sectionCount() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sections")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            p.executeUpdate();
        }
    }
}
