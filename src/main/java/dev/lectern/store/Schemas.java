package dev.lectern.store;

import java.util.List;

/**
 * Every schema lectern writes, in one place. The index is a cache: it has a single version and
 * a file of any other version is deleted and rebuilt. Study data is precious: its migrations are
 * only ever appended, never edited, and a migration never drops a user's rows.
 */
public final class Schemas {
    private Schemas() {
    }

    /** Bump when the index tables or what the indexer stores change: old index files are rebuilt. */
    public static final int INDEX_VERSION = 8;

    public static final List<Migration> INDEX = List.of(new Migration(INDEX_VERSION, "search index", List.of(
            // One row per library file seen, to notice added, changed and removed files cheaply.
            "CREATE TABLE files (path TEXT PRIMARY KEY, kind TEXT NOT NULL, slug TEXT NOT NULL,"
                    + " size INTEGER NOT NULL, modified INTEGER NOT NULL, hash TEXT NOT NULL)",
            // Essay metadata, so list commands need not re-read every file.
            "CREATE TABLE documents (path TEXT PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,"
                    + " dek TEXT NOT NULL, date TEXT, level TEXT, series TEXT, tags TEXT NOT NULL,"
                    + " aliases TEXT NOT NULL, words INTEGER NOT NULL, minutes INTEGER NOT NULL)",
            "CREATE INDEX documents_slug ON documents(slug)",
            "CREATE TABLE doc_tags (path TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (path, tag)) WITHOUT ROWID",
            "CREATE INDEX doc_tags_tag ON doc_tags(tag)",
            // Sections are what search returns; their id is the rowid of the FTS row.
            "CREATE TABLE sections (id INTEGER PRIMARY KEY, path TEXT NOT NULL, slug TEXT NOT NULL,"
                    + " ordinal INTEGER NOT NULL, anchor TEXT NOT NULL, heading TEXT NOT NULL, level INTEGER NOT NULL,"
                    + " line INTEGER NOT NULL)",
            "CREATE INDEX sections_path ON sections(path)",
            "CREATE VIRTUAL TABLE sections_fts USING fts5(title, heading, dek, body,"
                    + " tokenize = 'porter unicode61 remove_diacritics 2')",
            // Field weights set once as the table's rank: title > heading > dek > body.
            "INSERT INTO sections_fts(sections_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 3.0, 1.0)')",
            // Words of the text as written (lower case) and how many essays hold each, kept up to
            // date by the indexer: the candidates for "did you mean" when a search finds nothing.
            "CREATE TABLE terms (word TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
            // The glossary's entries, so search and define need not parse glossary.md (and its YAML) each time.
            // rendered_*: the body rendered for each kind of terminal when it is only paragraphs
            // (render.MarkdownRenderer.Paragraphs), so define need not load the Markdown parser.
            "CREATE TABLE glossary (ordinal INTEGER PRIMARY KEY, path TEXT NOT NULL, term TEXT NOT NULL,"
                    + " aliases TEXT NOT NULL, definition TEXT NOT NULL, body TEXT NOT NULL, line INTEGER NOT NULL,"
                    + " rendered_unicode_links TEXT, rendered_unicode TEXT, rendered_ascii_links TEXT, rendered_ascii TEXT)",
            // Tracks, series and the library page as read, so loading the library parses no YAML.
            // Lists are one item per line; the page's id and title are as read, defaults applied.
            "CREATE TABLE tracks (path TEXT PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,"
                    + " dek TEXT NOT NULL, essays TEXT NOT NULL, introduction TEXT NOT NULL, essays_line INTEGER NOT NULL)",
            "CREATE TABLE series (path TEXT PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,"
                    + " dek TEXT NOT NULL, introduction TEXT NOT NULL)",
            "CREATE TABLE library_page (path TEXT PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL,"
                    + " dek TEXT NOT NULL, about TEXT NOT NULL, track_order TEXT NOT NULL)",
            // Problems found when a file was indexed, shown until the file changes.
            "CREATE TABLE problems (path TEXT NOT NULL, line INTEGER NOT NULL, message TEXT NOT NULL)",
            "CREATE INDEX problems_path ON problems(path)")));

    public static final List<Migration> STUDY = List.of(
            new Migration(1, "reading state per essay", List.of(
                    // Keyed by library id + slug, never by index row ids: the index is rebuilt at will.
                    "CREATE TABLE essay_state (library TEXT NOT NULL, slug TEXT NOT NULL,"
                            + " read_at TEXT, position_block INTEGER NOT NULL DEFAULT 0,"
                            + " position_offset INTEGER NOT NULL DEFAULT 0, last_opened TEXT,"
                            + " PRIMARY KEY (library, slug)) WITHOUT ROWID")),
            new Migration(2, "cards, review log, notes, bookmarks, reading log", List.of(
                    // One row per review card seen in an essay; the card id is slug + "-" + a hash of the
                    // question. Scheduling state is FSRS's: state, learning step, stability, difficulty.
                    // Instants are ISO-8601 UTC text. A card whose essay is gone keeps its row (orphaned).
                    "CREATE TABLE cards (library TEXT NOT NULL, card_id TEXT NOT NULL, slug TEXT NOT NULL,"
                            + " question TEXT NOT NULL, answer TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'new',"
                            + " step INTEGER, stability REAL, difficulty REAL, due TEXT, last_review TEXT,"
                            + " PRIMARY KEY (library, card_id)) WITHOUT ROWID",
                    "CREATE INDEX cards_slug ON cards(library, slug)",
                    // Every grade given, for statistics, streaks and rescheduling with other weights.
                    "CREATE TABLE review_log (library TEXT NOT NULL, card_id TEXT NOT NULL, reviewed_at TEXT NOT NULL,"
                            + " grade INTEGER NOT NULL, state_before TEXT NOT NULL, interval_seconds INTEGER NOT NULL,"
                            + " PRIMARY KEY (library, card_id, reviewed_at)) WITHOUT ROWID",
                    // Each time an essay was marked read, so streaks survive marking it unread and read again.
                    "CREATE TABLE reading_log (library TEXT NOT NULL, slug TEXT NOT NULL, read_at TEXT NOT NULL,"
                            + " PRIMARY KEY (library, slug, read_at)) WITHOUT ROWID",
                    "INSERT OR IGNORE INTO reading_log (library, slug, read_at)"
                            + " SELECT library, slug, read_at FROM essay_state WHERE read_at IS NOT NULL",
                    // Anchor '' means the essay as a whole.
                    "CREATE TABLE bookmarks (library TEXT NOT NULL, slug TEXT NOT NULL, anchor TEXT NOT NULL,"
                            + " created_at TEXT NOT NULL, PRIMARY KEY (library, slug, anchor)) WITHOUT ROWID",
                    "CREATE TABLE notes (library TEXT NOT NULL, slug TEXT NOT NULL, anchor TEXT NOT NULL,"
                            + " created_at TEXT NOT NULL, text TEXT NOT NULL,"
                            + " PRIMARY KEY (library, slug, anchor, created_at, text)) WITHOUT ROWID")));
}
