package dev.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * All SQL over bookmarks and notes, keyed by library id, essay slug and section anchor ('' for
 * the whole essay). Adding the same bookmark or the same note twice stores it once.
 */
public final class NoteTables {
    public record BookmarkRow(String library, String slug, String anchor, String createdAt) {
    }

    public record NoteRow(String library, String slug, String anchor, String createdAt, String text) {
    }

    private final Connection c;

    public NoteTables(Connection c) {
        this.c = c;
    }

    /** Adds a bookmark; true when it is new. */
    public boolean addBookmark(BookmarkRow b) throws SQLException {
        return Sql.update(c, ADD_BOOKMARK, b.library(), b.slug(), b.anchor(), b.createdAt()) > 0;
    }

    static final String ADD_BOOKMARK = "INSERT OR IGNORE INTO bookmarks (library, slug, anchor, created_at) VALUES (?, ?, ?, ?)";

    /** Removes a bookmark; true when there was one. */
    public boolean removeBookmark(String library, String slug, String anchor) throws SQLException {
        return Sql.update(c, "DELETE FROM bookmarks WHERE library = ? AND slug = ? AND anchor = ?",
                library, slug, anchor) > 0;
    }

    /** Bookmarks of a library (all libraries when null), oldest first. */
    public List<BookmarkRow> bookmarks(String library) throws SQLException {
        return Sql.query(c, "SELECT library, slug, anchor, created_at FROM bookmarks"
                        + (library == null ? "" : " WHERE library = ?") + " ORDER BY library, created_at, slug, anchor",
                r -> new BookmarkRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                library == null ? new Object[0] : new Object[] {library});
    }

    /** Adds a note; true when it is new. */
    public boolean addNote(NoteRow n) throws SQLException {
        return Sql.update(c, ADD_NOTE, n.library(), n.slug(), n.anchor(), n.createdAt(), n.text()) > 0;
    }

    static final String ADD_NOTE = "INSERT OR IGNORE INTO notes (library, slug, anchor, created_at, text) VALUES (?, ?, ?, ?, ?)";

    /** Removes one note; true when there was one. */
    public boolean removeNote(NoteRow n) throws SQLException {
        return Sql.update(c, "DELETE FROM notes WHERE library = ? AND slug = ? AND anchor = ? AND created_at = ? AND text = ?",
                n.library(), n.slug(), n.anchor(), n.createdAt(), n.text()) > 0;
    }

    /** Notes of a library (all libraries when null), oldest first. */
    public List<NoteRow> notes(String library) throws SQLException {
        return Sql.query(c, "SELECT library, slug, anchor, created_at, text FROM notes"
                        + (library == null ? "" : " WHERE library = ?") + " ORDER BY library, created_at, slug, anchor, text",
                r -> new NoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
                library == null ? new Object[0] : new Object[] {library});
    }
}
