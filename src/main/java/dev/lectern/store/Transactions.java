package dev.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work as one SQLite transaction: committed when it returns, rolled back when it throws, and
 * the connection's auto-commit mode restored either way. A killed process leaves the previous
 * state, never half of the work. Connections from {@link Database} begin transactions IMMEDIATE
 * (the write lock is taken at the start, waiting out the busy timeout), and a transaction refused
 * with BUSY anyway is rolled back and run again from the start: the work must not keep state of
 * its own between attempts.
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
        // Inside another transaction the work joins it: the outer one commits, rolls back and retries.
        if (!c.getAutoCommit()) return w.run();
        return Busy.retry(() -> once(c, w));
    }

    private static <T> T once(Connection c, Result<T> w) throws SQLException {
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
