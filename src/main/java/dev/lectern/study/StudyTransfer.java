package dev.lectern.study;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.lectern.store.CardTables;
import dev.lectern.store.DataException;
import dev.lectern.store.NoteTables;
import dev.lectern.store.StudyMerge;
import dev.lectern.store.StudyTables;
import dev.lectern.store.Transactions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves all study data (every library in the file) between machines as JSON, in a format this
 * package owns (its records below; the store's rows are its own business). Export writes every
 * row in key order, so the same data always gives the same text. Import reads the file twice as
 * a stream: once to check all of it, then to merge it in one transaction, so a bad file changes
 * nothing and a file of a million rows needs the memory of one: logs, notes and bookmarks are
 * added unless present, an essay stays read once read and keeps the later position, a card keeps
 * the schedule reviewed last. Importing a file twice changes nothing the second time. The format
 * and the limits are described in docs/STUDY.md.
 */
public final class StudyTransfer {
    public static final String FORMAT = "lectern-study";
    public static final int VERSION = 1;
    /** The largest file import reads: far above years of heavy use, far below what a laptop's memory fears. */
    public static final long MAX_BYTES = 256L << 20;

    /** An essay's reading state. Times are ISO instants in UTC with milliseconds, or null. */
    public record EssayState(String library, String slug, String readAt, int block, int offset, String lastOpened) {
    }

    /** One time an essay was marked read. */
    public record Read(String library, String slug, String readAt) {
    }

    /** A review card and its FSRS schedule. */
    public record Card(String library, String cardId, String slug, String question, String answer, String state,
                       Integer step, Double stability, Double difficulty, String due, String lastReview) {
    }

    /** One grade given. */
    public record Review(String library, String cardId, String reviewedAt, int grade, String stateBefore,
                         long intervalSeconds) {
    }

    public record Bookmark(String library, String slug, String anchor, String createdAt) {
    }

    public record Note(String library, String slug, String anchor, String createdAt, String text) {
    }

    /** The file: a format name and version, then one list per kind of row. */
    public record Dump(String format, int version, List<EssayState> essays, List<Read> readingLog, List<Card> cards,
                       List<Review> reviewLog, List<Bookmark> bookmarks, List<Note> notes) {
    }

    /** Opens the text of an export afresh: import reads it twice. */
    public interface Source {
        Reader open() throws IOException;
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private StudyTransfer() {
    }

    public static Dump dump(Connection c) throws SQLException {
        StudyTables st = new StudyTables(c);
        CardTables ct = new CardTables(c);
        NoteTables nt = new NoteTables(c);
        return new Dump(FORMAT, VERSION,
                st.allStates().stream().map(r -> new EssayState(r.library(), r.slug(), r.readAt(), r.block(), r.offset(),
                        r.lastOpened())).toList(),
                st.readLog(null).stream().map(r -> new Read(r.library(), r.slug(), r.readAt())).toList(),
                ct.allCards().stream().map(r -> new Card(r.library(), r.cardId(), r.slug(), r.question(), r.answer(),
                        r.state(), r.step(), r.stability(), r.difficulty(), r.due(), r.lastReview())).toList(),
                ct.reviews(null).stream().map(r -> new Review(r.library(), r.cardId(), r.reviewedAt(), r.grade(),
                        r.stateBefore(), r.intervalSeconds())).toList(),
                nt.bookmarks(null).stream().map(r -> new Bookmark(r.library(), r.slug(), r.anchor(), r.createdAt())).toList(),
                nt.notes(null).stream().map(r -> new Note(r.library(), r.slug(), r.anchor(), r.createdAt(), r.text())).toList());
    }

    public static String exportJson(Connection c) throws SQLException {
        return exportJson(dump(c));
    }

    public static String exportJson(Dump d) {
        return GSON.toJson(d) + "\n";
    }

    /** Refuses a file over {@link #MAX_BYTES} before reading it. */
    public static void checkSize(long bytes, String name) {
        if (bytes > MAX_BYTES) {
            throw new DataException(name + " is " + (bytes >> 20) + " MB; lectern imports files of up to "
                    + (MAX_BYTES >> 20) + " MB (docs/STUDY.md). Nothing was imported.");
        }
    }

    /** Parses a whole export held in memory; a file that is not one, or is from a newer lectern, is a {@link DataException}. */
    public static Dump parse(String json, String name) {
        List<EssayState> essays = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        List<Bookmark> bookmarks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        try {
            ExportReader.read(new StringReader(json), name, new ExportReader.Rows() {
                public void essay(EssayState e) { essays.add(e); }

                public void read(Read r) { reads.add(r); }

                public void card(Card c) { cards.add(c); }

                public void review(Review r) { reviews.add(r); }

                public void bookmark(Bookmark b) { bookmarks.add(b); }

                public void note(Note n) { notes.add(n); }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("no database is involved in parsing", e);
        }
        return new Dump(FORMAT, VERSION, essays, reads, cards, reviews, bookmarks, notes);
    }

    /** Merges an export held in memory, in one transaction; what changed, per kind of row. */
    public static Map<String, Integer> importDump(Connection c, Dump d) throws SQLException {
        return Transactions.call(c, () -> {
            Merger m = new Merger(c);
            try (m) {
                for (EssayState r : list(d.essays())) m.essay(r);
                for (Read r : list(d.readingLog())) m.read(r);
                for (Card r : list(d.cards())) m.card(r);
                for (Review r : list(d.reviewLog())) m.review(r);
                for (Bookmark r : list(d.bookmarks())) m.bookmark(r);
                for (Note r : list(d.notes())) m.note(r);
            }
            return m.changed;
        });
    }

    /**
     * Imports the export {@code source} opens: checked whole first (nothing is written to a file
     * with a problem anywhere in it), then merged as it streams, in one transaction.
     */
    public static Map<String, Integer> importFrom(Connection c, Source source, String name) throws SQLException, IOException {
        try (Reader check = source.open()) {
            ExportReader.read(check, name, ExportReader.NOWHERE);
        }
        return Transactions.call(c, () -> {
            Merger m = new Merger(c);
            try (m; Reader in = source.open()) {
                ExportReader.read(in, name, m);
            } catch (IOException e) {
                throw new DataException("cannot read " + name + " again: " + e.getMessage() + ". Nothing was imported.", e);
            }
            return m.changed;
        });
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Rows into the store, counting what changed per kind in the order the file lists kinds. */
    private static final class Merger implements ExportReader.Rows, AutoCloseable {
        final Map<String, Integer> changed = new LinkedHashMap<>();
        private final StudyMerge merge;

        Merger(Connection c) {
            this.merge = new StudyMerge(c);
            for (String kind : List.of("essays", "reads", "cards", "reviews", "bookmarks", "notes")) changed.put(kind, 0);
        }

        private void count(String kind, boolean didChange) {
            if (didChange) changed.merge(kind, 1, Integer::sum);
        }

        public void essay(EssayState s) throws SQLException {
            count("essays", merge.essay(new StudyTables.StateRow(s.library(), s.slug(), s.readAt(), s.block(), s.offset(),
                    s.lastOpened())));
        }

        public void read(Read r) throws SQLException {
            count("reads", merge.read(new StudyTables.ReadRow(r.library(), r.slug(), r.readAt())));
        }

        public void card(Card r) throws SQLException {
            count("cards", merge.card(new CardTables.CardRow(r.library(), r.cardId(), r.slug(), r.question(), r.answer(),
                    r.state(), r.step(), r.stability(), r.difficulty(), r.due(), r.lastReview())));
        }

        public void review(Review r) throws SQLException {
            count("reviews", merge.review(new CardTables.ReviewRow(r.library(), r.cardId(), r.reviewedAt(), r.grade(),
                    r.stateBefore(), r.intervalSeconds())));
        }

        public void bookmark(Bookmark b) throws SQLException {
            count("bookmarks", merge.bookmark(new NoteTables.BookmarkRow(b.library(), b.slug(), b.anchor(), b.createdAt())));
        }

        public void note(Note n) throws SQLException {
            count("notes", merge.note(new NoteTables.NoteRow(n.library(), n.slug(), n.anchor(), n.createdAt(), n.text())));
        }

        @Override
        public void close() throws SQLException {
            merge.close();
        }
    }
}
