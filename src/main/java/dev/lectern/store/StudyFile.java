package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.sqlite.SQLiteConfig;

/**
 * The study-data file, opened with care because it cannot be rebuilt: a folder in its place, a
 * read-only file or folder, or a damaged file is refused with a message that names the file and
 * what to do, before anything is written to it. Nothing here ever deletes or rewrites the file;
 * {@link #setAside} renames it, and only when the user asks.
 */
public final class StudyFile {
    /** The documented command that sets a damaged study file aside (docs/STUDY.md). */
    public static final String SET_ASIDE = "lectern data set-aside";

    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StudyFile() {
    }

    /** A connection to the study file, created and migrated if needed; refused when it cannot be used safely. */
    public static Connection open(Path file) throws SQLException {
        refuseUnusable(file);
        try {
            return Database.open(file, Schemas.STUDY, true);
        } catch (SQLException e) {
            DataException explained = explain(file, e);
            if (explained != null) throw explained;
            throw e;
        }
    }

    private static void refuseUnusable(Path file) {
        if (Files.isDirectory(file)) {
            throw new DataException(file + " is a folder, not lectern's study file; nothing was changed.\n"
                    + "  Move that folder elsewhere (lectern keeps your study data at that path), or use --data-dir DIR.");
        }
        if (Files.exists(file) && !Files.isWritable(file)) throw readOnly(file, "the file is read-only");
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) throw readOnly(file, "its folder " + dir + " is read-only");
    }

    private static DataException readOnly(Path file, String why) {
        return new DataException("cannot write the study file " + file + ": " + why + "; nothing was changed.\n"
                + "  Make it writable (chmod u+w; chattr -i if it is immutable), or use --data-dir DIR.");
    }

    private static DataException damaged(Path file, String detail) {
        return new DataException("the study file " + file + " is damaged (" + detail + "); nothing was written to it.\n"
                + "  Keep a copy, then run `" + SET_ASIDE + "` to set it aside and start a fresh one (docs/STUDY.md).");
    }

    /**
     * The message for an error met while using the study file, when the file itself is the cause
     * (damaged, or no longer writable); null when it is not.
     */
    public static DataException explain(Path file, SQLException e) {
        if (Files.isDirectory(file) || Files.exists(file) && !Files.isWritable(file)) {
            try {
                refuseUnusable(file);
            } catch (DataException d) {
                return d;
            }
        }
        if ((e.getErrorCode() & 0xff) == 8 || String.valueOf(e.getMessage()).contains("SQLITE_READONLY")) {
            return readOnly(file, "the file or its folder is read-only");
        }
        if (Database.isCorruption(e)) return damaged(file, firstLine(e));
        return null;
    }

    /**
     * Checks the study file before anything is written to it. Always, and cheaply: a file cut
     * short (fewer bytes than its header's page count) is damaged. Before a migration (the only
     * write that opening makes) also SQLite's quick check, which reads every page: about 1 ms for
     * a typical study file, 25 ms for one of 200,000 notes, too dear for every command. Damage
     * elsewhere SQLite reports when it meets it, and {@link #explain} names the file then.
     */
    static void checkBeforeWriting(Connection c, Path file, boolean migrating) throws SQLException {
        try (Statement s = c.createStatement()) {
            long pages = single(s, "PRAGMA page_count");
            long pageSize = single(s, "PRAGMA page_size");
            Path wal = Path.of(file + "-wal");
            // With a WAL beside it, pages may live there: nothing can be concluded from the size.
            boolean walHasPages = Files.exists(wal) && Files.size(wal) > 0;
            if (!walHasPages && pages * pageSize > Files.size(file)) {
                throw damaged(file, "it is shorter than its own header says: cut short");
            }
            if (!migrating) return;
            try (ResultSet r = s.executeQuery("PRAGMA quick_check(1)")) {
                String verdict = r.next() ? r.getString(1) : "no answer from quick_check";
                if (!"ok".equals(verdict)) throw damaged(file, verdict);
            }
        } catch (SQLException e) {
            if (Database.isCorruption(e)) throw damaged(file, firstLine(e));
            throw e;
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long single(Statement s, String pragma) throws SQLException {
        try (ResultSet r = s.executeQuery(pragma)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** Whether the file passes SQLite's quick check, read without writing anything. */
    public static boolean healthy(Path file) {
        SQLiteConfig ro = new SQLiteConfig();
        ro.setReadOnly(true);
        try (Connection c = Driver.connect("jdbc:sqlite:" + file.toAbsolutePath(), ro.toProperties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check(1)")) {
            return r.next() && "ok".equals(r.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Renames the study file (and its WAL and shared-memory files, which hold part of its data)
     * to {@code study.db.damaged-YYYYMMDD-HHMMSS}, so the next command starts a fresh file.
     * Returns the new name. Nothing is deleted.
     */
    public static Path setAside(Path file, Clock clock) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataException(Files.isDirectory(file) ? file + " is a folder, not a study file; move it yourself"
                    : "there is no study file at " + file + "; nothing to set aside");
        }
        String base = file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP);
        Path target = file.resolveSibling(base);
        for (int n = 2; taken(target); n++) target = file.resolveSibling(base + "-" + n);
        // Companions first: a study.db without its WAL beside it would be opened without that data.
        for (String suffix : COMPANIONS) {
            Path companion = Path.of(file + suffix);
            if (Files.exists(companion)) Files.move(companion, Path.of(target + suffix), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static boolean taken(Path target) {
        if (Files.exists(target)) return true;
        for (String suffix : COMPANIONS) if (Files.exists(Path.of(target + suffix))) return true;
        return false;
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        // The driver says "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)".
        int open = m.lastIndexOf(" (");
        return m.startsWith("[SQLITE_") && open > 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
    }
}
