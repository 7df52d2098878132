package dev.lectern.store;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries work that SQLite refused with BUSY or LOCKED: another lectern process held the write
 * lock for longer than the busy timeout, or a deferred read turned into a write after another
 * process committed (SQLite then answers BUSY at once, without waiting, to avoid a deadlock).
 * The work must be safe to run again from the start: a whole transaction or one statement.
 */
final class Busy {
    /** Attempts in all; with the busy timeout on each, the last gives up after about a minute. */
    private static final int ATTEMPTS = 8;

    private Busy() {
    }

    static <T> T retry(Transactions.Result<T> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (SQLException e) {
                if (!is(e) || attempt >= ATTEMPTS) throw e;
                pause(attempt);
            }
        }
    }

    /** SQLITE_BUSY (5) or SQLITE_LOCKED (6), in any of the driver's ways of saying it. */
    static boolean is(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() & 0xff) == 5 || t instanceof SQLException l
                    && (l.getErrorCode() & 0xff) == 6) {
                return true;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || m.contains("database is locked")) return true;
        }
        return false;
    }

    private static void pause(int attempt) throws SQLException {
        // Random back-off so that processes refused together do not all come back together.
        long ms = 10L * attempt + ThreadLocalRandom.current().nextLong(10L * attempt + 1);
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database", e);
        }
    }
}
