package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Opens SQLite files the way lectern needs them: WAL journal, a busy timeout so two lectern
 * processes wait for each other instead of failing, and the schema brought up to date by ordered
 * migrations, each in one transaction that also sets {@code PRAGMA user_version}.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 5000;

    private Database() {
    }

    /**
     * Starts the SQLite driver's one-time work (native library, classes, date format: about 35 ms
     * of a cold JVM) on a daemon thread, so the first connection finds it done. For {@code main}
     * to call first thing; a connection opened meanwhile waits for it rather than repeating it.
     */
    public static void warmUpInBackground() {
        // A Runnable class, not Driver::warmUp: linking a method reference first thing costs ~7 ms.
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                Driver.warmUp();
            }
        }, "lectern-sqlite-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Whether ending the process without its shutdown hooks ({@code Runtime.halt}) would leave
     * the SQLite driver's temporary files behind.
     */
    public static boolean needsNormalExit() {
        return Driver.mayHaveTemporaryFiles();
    }

    /** Opens (creating if needed) {@code file} and migrates it; the caller closes the connection. */
    public static Connection open(Path file, List<Migration> migrations, boolean durable) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DataException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        return prepare(connect(file), file, migrations, durable);
    }

    /**
     * A bare connection to {@code file}: nothing configured or migrated yet, so a caller can look
     * at the file first ({@link IndexFile} does) without paying for a second connection.
     */
    static Connection connect(Path file) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        // BEGIN IMMEDIATE: a transaction takes the write lock first, waiting for it under the busy
        // timeout; a deferred one that reads, then writes after another process committed, gets
        // BUSY at once with no wait at all.
        props.setProperty("transaction_mode", "IMMEDIATE");
        return Driver.connect("jdbc:sqlite:" + file.toAbsolutePath(), props);
    }

    /** Configures and migrates {@code c}, a connection from {@link #connect}; closes it when that fails. */
    static Connection prepare(Connection c, Path file, List<Migration> migrations, boolean durable) throws SQLException {
        try {
            Busy.retry(() -> {
                configure(c, durable);
                return null;
            });
            // Precious data is checked before a migration could write into a damaged file.
            if (durable) StudyFile.checkBeforeWriting(c, file, userVersion(c) < latest(migrations));
            migrate(c, migrations, file.toString());
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** An in-memory database with the schema applied, for tests. */
    public static Connection memory(List<Migration> migrations) throws SQLException {
        Connection c = Driver.connect("jdbc:sqlite::memory:", new java.util.Properties());
        migrate(c, migrations, ":memory:");
        return c;
    }

    private static void configure(Connection c, boolean durable) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA journal_mode = WAL");
            // FULL makes each committed transaction survive power loss; the index, a cache, does not need it.
            s.execute("PRAGMA synchronous = " + (durable ? "FULL" : "NORMAL"));
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    public static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static int latest(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    static void migrate(Connection c, List<Migration> migrations, String name) throws SQLException {
        int current = userVersion(c);
        int latest = latest(migrations);
        if (current > latest) {
            throw new DataException(name + " has schema version " + current + ", newer than this lectern knows ("
                    + latest + "); upgrade lectern to use it. The file was not changed.");
        }
        for (Migration m : migrations) {
            if (m.version() <= current) continue;
            try {
                // The statements and the new user_version commit together, or not at all.
                Transactions.run(c, () -> {
                    // Another process may have applied it while this one waited for the lock.
                    if (userVersion(c) >= m.version()) return;
                    try (Statement s = c.createStatement()) {
                        for (String sql : m.statements()) s.execute(sql);
                        s.execute("PRAGMA user_version = " + m.version());
                    }
                });
            } catch (SQLException e) {
                throw new SQLException("migration " + m.version() + " (" + m.description() + ") of " + name
                        + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** True when {@code e} says the file is not a database or is damaged: the index is then rebuilt. */
    public static boolean isCorruption(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")
                    || m.contains("not a database")) {
                return true;
            }
        }
        return false;
    }
}
