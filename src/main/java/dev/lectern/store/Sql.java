package dev.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two shapes most statements take, so each DAO method is its SQL and its row mapping: an
 * update with positional arguments, and a query mapping each row. Arguments are bound by
 * {@code setObject}, so null binds SQL NULL.
 */
final class Sql {
    private Sql() {
    }

    /** Maps the current row of a result set. */
    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
    static int update(Connection c, String sql, Object... args) throws SQLException {
        // A statement on its own is its own transaction and may be retried; inside one, the transaction is.
        if (c.getAutoCommit()) return Busy.retry(() -> updateOnce(c, sql, args));
        return updateOnce(c, sql, args);
    }

    private static int updateOnce(Connection c, String sql, Object[] args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            return p.executeUpdate();
        }
    }

    /** Runs a query and maps every row. */
    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(row.map(r));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement p, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
    }
}
