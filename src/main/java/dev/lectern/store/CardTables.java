package dev.lectern.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All SQL over review cards and the review log, keyed by library id and card id (slug + question
 * hash). Knows rows, not FSRS: the study package decides what a state means.
 */
public final class CardTables {
    /** One stored card. {@code due} and {@code lastReview} are fixed-width ISO instants or null. */
    public record CardRow(String library, String cardId, String slug, String question, String answer, String state,
                          Integer step, Double stability, Double difficulty, String due, String lastReview) {
    }

    /** One grade given. */
    public record ReviewRow(String library, String cardId, String reviewedAt, int grade, String stateBefore,
                            long intervalSeconds) {
    }

    private final Connection c;

    public CardTables(Connection c) {
        this.c = c;
    }

    private static final String COLUMNS = "library, card_id, slug, question, answer, state, step, stability,"
            + " difficulty, due, last_review";

    /** The stored cards of a library, by card id. */
    public Map<String, CardRow> cards(String library) throws SQLException {
        Map<String, CardRow> out = new LinkedHashMap<>();
        for (CardRow row : Sql.query(c, "SELECT " + COLUMNS + " FROM cards WHERE library = ? ORDER BY card_id",
                CardTables::row, library)) {
            out.put(row.cardId(), row);
        }
        return out;
    }

    /** Every card of every library, in key order (for export). */
    public List<CardRow> allCards() throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM cards ORDER BY library, card_id", CardTables::row);
    }

    private static CardRow row(ResultSet r) throws SQLException {
        return new CardRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getObject(7) == null ? null : Integer.valueOf(r.getInt(7)),
                r.getObject(8) == null ? null : Double.valueOf(r.getDouble(8)),
                r.getObject(9) == null ? null : Double.valueOf(r.getDouble(9)),
                r.getString(10), r.getString(11));
    }

    /** Adds a card not seen before, or refreshes the text of a known one (its schedule is kept). */
    public void upsertText(String library, String cardId, String slug, String question, String answer)
            throws SQLException {
        Sql.update(c, "INSERT INTO cards (library, card_id, slug, question, answer)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (library, card_id) DO UPDATE SET slug = excluded.slug,"
                + " question = excluded.question, answer = excluded.answer"
                + " WHERE cards.question <> excluded.question OR cards.answer <> excluded.answer OR cards.slug <> excluded.slug",
                library, cardId, slug, question, answer);
    }

    /** Stores a card's new schedule. */
    public void putSchedule(CardRow row) throws SQLException {
        Sql.update(c, "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?"
                + " WHERE library = ? AND card_id = ?",
                row.state(), row.step(), row.stability(), row.difficulty(), row.due(), row.lastReview(),
                row.library(), row.cardId());
    }

    /** Appends a review to the log; the same review (card and instant) is stored once. */
    public void logReview(ReviewRow r) throws SQLException {
        Sql.update(c, LOG_REVIEW, r.library(), r.cardId(), r.reviewedAt(), r.grade(), r.stateBefore(), r.intervalSeconds());
    }

    static final String LOG_REVIEW = "INSERT OR IGNORE INTO review_log (library, card_id, reviewed_at, grade,"
            + " state_before, interval_seconds) VALUES (?, ?, ?, ?, ?, ?)";

    /** The review log of a library (all libraries when null), oldest first. */
    public List<ReviewRow> reviews(String library) throws SQLException {
        return Sql.query(c, "SELECT library, card_id, reviewed_at, grade, state_before, interval_seconds FROM review_log"
                        + (library == null ? "" : " WHERE library = ?") + " ORDER BY library, reviewed_at, card_id",
                r -> new ReviewRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5), r.getLong(6)),
                library == null ? new Object[0] : new Object[] {library});
    }
}
