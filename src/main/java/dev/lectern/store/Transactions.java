package dev.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work as one SQLite transaction: committed when it returns, rolled back when it throws, and
 * the connection's auto-commit mode restored either way. A killed process leaves the previous
 * state, never half of the work.
 */
public final class Transactions {
    private Transactions() {
    }

    /** Work that writes and returns nothing. */
    public interface Work {
        void run() throws SQLException;
    }

    /** Work that writes and returns a result. */
    public interface Result<T> {
        T run() throws SQLException;
    }

    public static void run(Connection c, Work w) throws SQLException {
        call(c, () -> {
            w.run();
            return null;
        });
    }

    public static <T> T call(Connection c, Result<T> w) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = w.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
