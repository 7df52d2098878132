package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the search index's file, and deletes it when it cannot be used. The index is a cache:
 * a file from another schema version, one that is not a database, or a damaged one is removed
 * (with its WAL and journal) and started again, without asking. Study data never goes through
 * here.
 */
public final class IndexFile {
    private IndexFile() {}

    /** An open index, and why it is a temporary one when it is (null when it is the file). */
    public record Opened(Connection connection, String notice) {
    }

    /**
     * The index at {@code file}, or, when no index can be kept there (a folder in its place, a
     * read-only folder, a file that cannot be removed), a temporary index in memory for this run,
     * with a notice that says why and what to do. A search never fails for want of its cache.
     */
    public static Opened openOrTemporary(Path file) throws SQLException {
        String why = cannotKeep(file);
        if (why == null) {
            try {
                return new Opened(open(file), null);
            } catch (DataException e) {
                why = e.getMessage();
            } catch (SQLException e) {
                if (!Database.isCorruption(e) && (e.getErrorCode() & 0xff) != 8 && (e.getErrorCode() & 0xff) != 14) throw e;
                why = e.getMessage();
            }
        }
        return new Opened(Database.memory(Schemas.INDEX), "cannot keep the search index at " + file + " (" + why
                + "); using a temporary index for now.\n  It is only a cache: make " + file.getParent()
                + " writable or move away what is in its place, and it is rebuilt there.");
    }

    /** Why no index file can be written at {@code file}, or null when one can. */
    private static String cannotKeep(Path file) {
        if (Files.isDirectory(file)) return "a folder is in its place";
        Path dir = file.toAbsolutePath().getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) return dir + " is not a folder";
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) return "its folder is read-only";
        return null;
    }

    /** A connection to the index at {@code file}, migrated to the current schema. */
    public static Connection open(Path file) throws SQLException {
        // A read-only index is rebuilt like a damaged one: it is a cache, and its folder is writable.
        if (Files.exists(file) && !Files.isWritable(file)) delete(file);
        try {
            return Database.prepare(checked(file), file, Schemas.INDEX, false);
        } catch (SQLException e) {
            if (!Database.isCorruption(e)) throw e;
            delete(file);
            return Database.open(file, Schemas.INDEX, false);
        }
    }

    /**
     * A bare connection to the index file, after a look at what is there: a file from another
     * schema version, not a database, or cut short is deleted and a new one started. The look
     * uses the connection the index then keeps: a second one would cost a search about as much
     * again as the first (the driver's start-up is most of it).
     */
    private static Connection checked(Path file) throws SQLException {
        boolean existed = Files.exists(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DataException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        Connection c = Database.connect(file);
        if (!existed || usable(c, file)) return c;
        c.close();
        delete(file);
        return Database.connect(file);
    }

    private static boolean usable(Connection c, Path file) {
        try {
            int v = Database.userVersion(c);
            if (v != 0 && v != Schemas.INDEX_VERSION) return false;
            // Reading the schema table is what fails on a file that is not a database.
            try (var s = c.createStatement()) {
                s.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
            return !truncated(c, file);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Whether the file is shorter than the pages its header counts: cut short by a full disk or a
     * bad copy. Cheap (no page is read), unlike an integrity check on every start. With a WAL
     * beside it, pages may live there instead, so nothing is concluded.
     */
    private static boolean truncated(Connection probe, Path file) throws SQLException {
        try {
            Path wal = Path.of(file + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) return false;
            long size = Files.size(file);
            try (var s = probe.createStatement(); var pages = s.executeQuery("PRAGMA page_count");
                 var s2 = probe.createStatement(); var pageSize = s2.executeQuery("PRAGMA page_size")) {
                return pages.next() && pageSize.next() && pages.getLong(1) * pageSize.getLong(1) > size;
            }
        } catch (IOException e) {
            return true;
        }
    }

    /** Removes the index file and its companions; absent files are fine, and a folder is never removed. */
    public static void delete(Path file) {
        if (Files.isDirectory(file)) return;
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new DataException("cannot remove the old index " + file + suffix + ": " + e.getMessage(), e);
            }
        }
    }
}
