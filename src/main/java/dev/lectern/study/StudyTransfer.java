package dev.lectern.study;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import dev.lectern.store.CardTables;
import dev.lectern.store.DataException;
import dev.lectern.store.NoteTables;
import dev.lectern.store.StudyTables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves all study data (every library in the file) between machines as JSON. Export writes every
 * row in key order, so the same data always gives the same text. Import merges in one
 * transaction: logs, notes and bookmarks are added unless present, an essay stays read once read
 * and keeps the later position, a card keeps the schedule reviewed last. Importing a file twice
 * changes nothing the second time. The format is described in docs/STUDY.md.
 */
public final class StudyTransfer {
    public static final String FORMAT = "lectern-study";
    public static final int VERSION = 1;

    /** The file: a format name and version, then one list per kind of row. */
    public record Dump(String format, int version, List<StudyTables.StateRow> essays,
                       List<StudyTables.ReadRow> readingLog, List<CardTables.CardRow> cards,
                       List<CardTables.ReviewRow> reviewLog, List<NoteTables.BookmarkRow> bookmarks,
                       List<NoteTables.NoteRow> notes) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private StudyTransfer() {
    }

    public static Dump dump(Connection c) throws SQLException {
        return new Dump(FORMAT, VERSION, new StudyTables(c).allStates(), new StudyTables(c).readLog(null),
                new CardTables(c).allCards(), new CardTables(c).reviews(null), new NoteTables(c).bookmarks(null),
                new NoteTables(c).notes(null));
    }

    public static String exportJson(Connection c) throws SQLException {
        return GSON.toJson(dump(c)) + "\n";
    }

    /** Parses an export; a file that is not one, or is from a newer lectern, is a {@link DataException}. */
    public static Dump parse(String json, String name) {
        Dump d;
        try {
            d = GSON.fromJson(json, Dump.class);
        } catch (JsonParseException e) {
            throw new DataException(name + " is not a lectern export: " + e.getMessage(), e);
        }
        if (d == null || !FORMAT.equals(d.format())) {
            throw new DataException(name + " is not a lectern export (no \"format\": \"" + FORMAT + "\")");
        }
        if (d.version() > VERSION || d.version() < 1) {
            throw new DataException(name + " has export version " + d.version() + "; this lectern reads version "
                    + VERSION + ". Nothing was imported.");
        }
        return d;
    }

    /** What an import changed, per kind of row (rows added or updated). */
    public static Map<String, Integer> importDump(Connection c, Dump d) throws SQLException {
        Map<String, Integer> changed = new LinkedHashMap<>();
        StudyTables st = new StudyTables(c);
        CardTables ct = new CardTables(c);
        NoteTables nt = new NoteTables(c);
        dev.lectern.store.Transactions.run(c, () -> {
            long before = totalChanges(c);
            for (StudyTables.StateRow r : list(d.essays())) st.mergeState(r);
            before = count(c, changed, "essays", before);
            for (StudyTables.ReadRow r : list(d.readingLog())) st.logRead(r);
            before = count(c, changed, "reads", before);
            for (CardTables.CardRow r : list(d.cards())) ct.merge(r);
            before = count(c, changed, "cards", before);
            for (CardTables.ReviewRow r : list(d.reviewLog())) ct.logReview(r);
            before = count(c, changed, "reviews", before);
            for (NoteTables.BookmarkRow r : list(d.bookmarks())) nt.addBookmark(r);
            before = count(c, changed, "bookmarks", before);
            for (NoteTables.NoteRow r : list(d.notes())) nt.addNote(r);
            count(c, changed, "notes", before);
        });
        return changed;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static long count(Connection c, Map<String, Integer> changed, String what, long before) throws SQLException {
        long now = totalChanges(c);
        changed.put(what, (int) (now - before));
        return now;
    }

    private static long totalChanges(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT total_changes()")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
