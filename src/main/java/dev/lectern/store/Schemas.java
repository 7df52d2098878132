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
    public static final int INDEX_VERSION = 5;

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
            // Problems found when a file was indexed, shown until the file changes.
            "CREATE TABLE problems (path TEXT NOT NULL, line INTEGER NOT NULL, message TEXT NOT NULL)",
            "CREATE INDEX problems_path ON problems(path)")));

    public static final List<Migration> STUDY = List.of(
            new Migration(1, "reading state per essay", List.of(
                    // Keyed by library id + slug, never by index row ids: the index is rebuilt at will.
                    "CREATE TABLE essay_state (library TEXT NOT NULL, slug TEXT NOT NULL,"
                            + " read_at TEXT, position_block INTEGER NOT NULL DEFAULT 0,"
                            + " position_offset INTEGER NOT NULL DEFAULT 0, last_opened TEXT,"
                            + " PRIMARY KEY (library, slug)) WITHOUT ROWID")));
}
