package dev.lectern.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The test's own look into lectern's SQLite files, opened as any other SQLite client would. */
final class SqliteFiles {
    private SqliteFiles() {
    }

    static Connection open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
        }
        return c;
    }

    /** What {@code PRAGMA integrity_check} says of {@code file}: "ok" when it is whole. */
    static String integrity(Path file) throws SQLException {
        if (!Files.exists(file)) return "ok"; // nothing written yet is nothing broken
        try (Connection c = open(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (r.next()) lines.add(r.getString(1));
            return String.join("; ", lines);
        }
    }
}
