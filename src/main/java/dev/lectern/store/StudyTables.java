package dev.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL over the study data that concerns essays: reading state and position, the reading log, and
 * moving an essay's data to its new slug after a rename; keyed by library id and slug. Cards are in
 * {@link CardTables}, bookmarks and notes in {@link NoteTables}. Every write is its own statement
 * (autocommit) or an explicit transaction, so a killed process loses at most the write it was making.
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
        for (EssayState e : Sql.query(c, "SELECT slug, read_at, position_block, position_offset, last_opened"
                        + " FROM essay_state WHERE library = ?",
                r -> new EssayState(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)), library)) {
            out.put(e.slug(), e);
        }
        return out;
    }

    /** Marks an essay read at {@code when} (ISO instant), or unread when {@code when} is null. */
    public void setRead(String library, String slug, String when) throws SQLException {
        Sql.update(c, "INSERT INTO essay_state (library, slug, read_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (library, slug) DO UPDATE SET read_at = excluded.read_at", library, slug, when);
    }

    /** Stores where the reader is in an essay and when it was last open. */
    public void setPosition(String library, String slug, int block, int offset, String when) throws SQLException {
        Sql.update(c, "INSERT INTO essay_state (library, slug, position_block, position_offset, last_opened)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (library, slug) DO UPDATE SET"
                + " position_block = excluded.position_block, position_offset = excluded.position_offset,"
                + " last_opened = excluded.last_opened", library, slug, block, offset, when);
    }

    /** One row of essay state with its library, for export and import. */
    public record StateRow(String library, String slug, String readAt, int block, int offset, String lastOpened) {
    }

    /** One time an essay was marked read. */
    public record ReadRow(String library, String slug, String readAt) {
    }

    /** Every essay state of every library, in key order. */
    public List<StateRow> allStates() throws SQLException {
        return Sql.query(c, "SELECT library, slug, read_at, position_block, position_offset, last_opened"
                        + " FROM essay_state ORDER BY library, slug",
                r -> new StateRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getString(6)));
    }

    /** Records that an essay was read at {@code when}; the same instant is stored once. */
    public void logRead(ReadRow row) throws SQLException {
        Sql.update(c, LOG_READ, row.library(), row.slug(), row.readAt());
    }

    static final String LOG_READ = "INSERT OR IGNORE INTO reading_log (library, slug, read_at) VALUES (?, ?, ?)";

    /** The reading log of a library (all libraries when null), oldest first. */
    public List<ReadRow> readLog(String library) throws SQLException {
        return Sql.query(c, "SELECT library, slug, read_at FROM reading_log"
                        + (library == null ? "" : " WHERE library = ?") + " ORDER BY library, read_at, slug",
                r -> new ReadRow(r.getString(1), r.getString(2), r.getString(3)),
                library == null ? new Object[0] : new Object[] {library});
    }

    /** Every slug that has any study data in a library: essays, cards, notes, bookmarks. */
    public java.util.Set<String> slugsWithData(String library) throws SQLException {
        return new java.util.TreeSet<>(Sql.query(c, "SELECT slug FROM essay_state WHERE library = ?1"
                + " UNION SELECT slug FROM cards WHERE library = ?1 UNION SELECT slug FROM notes WHERE library = ?1"
                + " UNION SELECT slug FROM bookmarks WHERE library = ?1 UNION SELECT slug FROM reading_log WHERE library = ?1",
                r -> r.getString(1), library));
    }

    /**
     * Moves all study data of slug {@code from} to slug {@code to} (an essay renamed with
     * {@code aliases: [from]}), in one transaction. Card ids change with the slug, their question
     * hash stays. A row that would collide with data already under the new slug stays where it is:
     * nothing is ever deleted.
     */
    public void moveSlug(String library, String from, String to) throws SQLException {
        Transactions.run(c, () -> {
            for (String table : new String[] {"essay_state", "reading_log", "bookmarks", "notes"}) {
                Sql.update(c, "UPDATE OR IGNORE " + table + " SET slug = ?3 WHERE library = ?1 AND slug = ?2", library, from, to);
            }
            // Review log first: it finds its cards by the old ids.
            Sql.update(c, "UPDATE OR IGNORE review_log SET card_id = ?3 || substr(card_id, length(?2) + 1)"
                    + " WHERE library = ?1 AND card_id IN (SELECT card_id FROM cards WHERE library = ?1 AND slug = ?2)",
                    library, from, to);
            Sql.update(c, "UPDATE OR IGNORE cards SET slug = ?3, card_id = ?3 || substr(card_id, length(?2) + 1)"
                    + " WHERE library = ?1 AND slug = ?2", library, from, to);
        });
    }
}
