package dev.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Merges rows from another machine's export into the study data: each statement is prepared once
 * and reused for every row, since an import may bring a million. Logs, notes and bookmarks are
 * added unless present; an essay stays read once read (the earlier time wins) and keeps the
 * position opened last; a card keeps the schedule reviewed last. Each method says whether the row
 * changed anything, so merging the same rows twice reports nothing done. Run it inside
 * {@link Transactions}: an import is all or nothing.
 */
public final class StudyMerge implements AutoCloseable {
    /** Read stays read (earliest read wins); the position opened last wins; only a real change writes. */
    private static final String MERGE_STATE = "INSERT INTO essay_state (library, slug, read_at, position_block,"
            + " position_offset, last_opened) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (library, slug) DO UPDATE SET"
            + " read_at = CASE WHEN essay_state.read_at IS NULL THEN excluded.read_at"
            + "   WHEN excluded.read_at IS NULL THEN essay_state.read_at"
            + "   ELSE min(essay_state.read_at, excluded.read_at) END,"
            + " position_block = CASE WHEN excluded.last_opened > COALESCE(essay_state.last_opened, '')"
            + "   THEN excluded.position_block ELSE essay_state.position_block END,"
            + " position_offset = CASE WHEN excluded.last_opened > COALESCE(essay_state.last_opened, '')"
            + "   THEN excluded.position_offset ELSE essay_state.position_offset END,"
            + " last_opened = CASE WHEN excluded.last_opened > COALESCE(essay_state.last_opened, '')"
            + "   THEN excluded.last_opened ELSE essay_state.last_opened END"
            // Only when something would change, so a second import reports nothing done.
            + " WHERE (excluded.read_at IS NOT NULL AND (essay_state.read_at IS NULL"
            + "   OR excluded.read_at < essay_state.read_at))"
            + " OR excluded.last_opened > COALESCE(essay_state.last_opened, '')";

    /** An unknown card is added; a known one takes the schedule only if it was reviewed later. */
    private static final String MERGE_CARD = "INSERT INTO cards (state, step, stability, difficulty, due,"
            + " last_review, library, card_id, slug, question, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (library, card_id) DO UPDATE SET state = excluded.state, step = excluded.step,"
            + " stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
            + " last_review = excluded.last_review"
            + " WHERE excluded.last_review > COALESCE(cards.last_review, '')";

    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public StudyMerge(Connection c) {
        this.c = c;
    }

    public boolean essay(StudyTables.StateRow s) throws SQLException {
        return run(MERGE_STATE, s.library(), s.slug(), s.readAt(), s.block(), s.offset(), s.lastOpened());
    }

    public boolean read(StudyTables.ReadRow r) throws SQLException {
        return run(StudyTables.LOG_READ, r.library(), r.slug(), r.readAt());
    }

    public boolean card(CardTables.CardRow r) throws SQLException {
        return run(MERGE_CARD, r.state(), r.step(), r.stability(), r.difficulty(), r.due(), r.lastReview(),
                r.library(), r.cardId(), r.slug(), r.question(), r.answer());
    }

    public boolean review(CardTables.ReviewRow r) throws SQLException {
        return run(CardTables.LOG_REVIEW, r.library(), r.cardId(), r.reviewedAt(), r.grade(), r.stateBefore(),
                r.intervalSeconds());
    }

    public boolean bookmark(NoteTables.BookmarkRow b) throws SQLException {
        return run(NoteTables.ADD_BOOKMARK, b.library(), b.slug(), b.anchor(), b.createdAt());
    }

    public boolean note(NoteTables.NoteRow n) throws SQLException {
        return run(NoteTables.ADD_NOTE, n.library(), n.slug(), n.anchor(), n.createdAt(), n.text());
    }

    private boolean run(String sql, Object... args) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            prepared.put(sql, p);
        }
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
        return p.executeUpdate() > 0;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : prepared.values()) p.close();
        prepared.clear();
    }
}
