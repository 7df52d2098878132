package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens the search index's file, and deletes it when it cannot be used. The index is a cache:
 * a file from another schema version, one that is not a database, or a damaged one is removed
 * (with its WAL and journal) and started again, without asking. Study data never goes through
 * here.
 */
public final class IndexFile {
    private IndexFile() {}

    /** A connection to the index at {@code file}, migrated to the current schema. */
    public static Connection open(Path file) throws SQLException {
        if (Files.exists(file) && !usable(file)) delete(file);
        try {
            return Database.open(file, Schemas.INDEX, false);
        } catch (SQLException e) {
            if (!Database.isCorruption(e)) throw e;
            delete(file);
            return Database.open(file, Schemas.INDEX, false);
        }
    }

    private static boolean usable(Path file) {
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            int v = Database.userVersion(probe);
            if (v != 0 && v != Schemas.INDEX_VERSION) return false;
            // Reading the schema table is what fails on a file that is not a database.
            probe.createStatement().executeQuery("SELECT count(*) FROM sqlite_master").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Removes the index file and its companions; absent files are fine. */
    public static void delete(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new DataException("cannot remove the old index " + file + suffix + ": " + e.getMessage(), e);
            }
        }
    }
}
