package dev.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * All SQL over the study data: reading state and position per essay, keyed by library id and
 * slug. Every write is its own statement (autocommit) or an explicit transaction, so a killed
 * process loses at most the write it was making.
 */
public final class StudyTables {
    /** What the store holds for one essay. {@code readAt} and {@code lastOpened} are ISO instants or null. */
    public record EssayState(String slug, String readAt, int block, int offset, String lastOpened) {
        public boolean read() {
            return readAt != null;
        }
    }

    private final Connection c;

    public StudyTables(Connection c) {
        this.c = c;
    }

    public Connection connection() {
        return c;
    }

    /** All essay states of a library, by slug. */
    public Map<String, EssayState> states(String library) throws SQLException {
        Map<String, EssayState> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT slug, read_at, position_block, position_offset, last_opened FROM essay_state WHERE library = ?")) {
            p.setString(1, library);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new EssayState(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                            r.getString(5)));
                }
            }
        }
        return out;
    }

    /** Marks an essay read at {@code when} (ISO instant), or unread when {@code when} is null. */
    public void setRead(String library, String slug, String when) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO essay_state (library, slug, read_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (library, slug) DO UPDATE SET read_at = excluded.read_at")) {
            p.setString(1, library);
            p.setString(2, slug);
            p.setString(3, when);
            p.executeUpdate();
        }
    }

    /** Stores where the reader is in an essay and when it was last open. */
    public void setPosition(String library, String slug, int block, int offset, String when) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO essay_state (library, slug, position_block, position_offset, last_opened)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (library, slug) DO UPDATE SET"
                        + " position_block = excluded.position_block, position_offset = excluded.position_offset,"
                        + " last_opened = excluded.last_opened")) {
            p.setString(1, library);
            p.setString(2, slug);
            p.setInt(3, block);
            p.setInt(4, offset);
            p.setString(5, when);
            p.executeUpdate();
        }
    }
}
