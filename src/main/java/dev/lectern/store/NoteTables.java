package dev.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR IGNORE INTO bookmarks (library, slug, anchor, created_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, b.library());
            p.setString(2, b.slug());
            p.setString(3, b.anchor());
            p.setString(4, b.createdAt());
            return p.executeUpdate() > 0;
        }
    }

    /** Removes a bookmark; true when there was one. */
    public boolean removeBookmark(String library, String slug, String anchor) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "DELETE FROM bookmarks WHERE library = ? AND slug = ? AND anchor = ?")) {
            p.setString(1, library);
            p.setString(2, slug);
            p.setString(3, anchor);
            return p.executeUpdate() > 0;
        }
    }

    /** Bookmarks of a library (all libraries when null), oldest first. */
    public List<BookmarkRow> bookmarks(String library) throws SQLException {
        List<BookmarkRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT library, slug, anchor, created_at FROM bookmarks"
                + (library == null ? "" : " WHERE library = ?") + " ORDER BY library, created_at, slug, anchor")) {
            if (library != null) p.setString(1, library);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new BookmarkRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        return out;
    }

    /** Adds a note; true when it is new. */
    public boolean addNote(NoteRow n) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR IGNORE INTO notes (library, slug, anchor, created_at, text) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, n.library());
            p.setString(2, n.slug());
            p.setString(3, n.anchor());
            p.setString(4, n.createdAt());
            p.setString(5, n.text());
            return p.executeUpdate() > 0;
        }
    }

    /** Removes one note; true when there was one. */
    public boolean removeNote(NoteRow n) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM notes WHERE library = ? AND slug = ? AND anchor = ?"
                + " AND created_at = ? AND text = ?")) {
            p.setString(1, n.library());
            p.setString(2, n.slug());
            p.setString(3, n.anchor());
            p.setString(4, n.createdAt());
            p.setString(5, n.text());
            return p.executeUpdate() > 0;
        }
    }

    /** Notes of a library (all libraries when null), oldest first. */
    public List<NoteRow> notes(String library) throws SQLException {
        List<NoteRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT library, slug, anchor, created_at, text FROM notes"
                + (library == null ? "" : " WHERE library = ?") + " ORDER BY library, created_at, slug, anchor, text")) {
            if (library != null) p.setString(1, library);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new NoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
        }
        return out;
    }
}
