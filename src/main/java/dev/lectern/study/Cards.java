package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.content.Track;
import dev.lectern.store.CardTables;
import dev.lectern.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review cards of one library and their FSRS schedule. Cards come from the essays'
 * {@code cards} fences, read on demand and stored the first time they are seen; a card becomes
 * due once its essay is read. The API the CLI and the full-screen reader share:
 * {@link #due}, {@link #dueCount}, {@link #grade}.
 */
public final class Cards {
    /** A card with its schedule and its essay. */
    public record DueCard(Card card, CardState state, Essay essay) {
    }

    /** A grade given: the card's state before and after. */
    public record Graded(Card card, Grade grade, CardState before, CardState after) {
        public Duration interval() {
            return Duration.between(after.lastReview(), after.due());
        }
    }

    /**
     * Which cards to review: those of one track (null: the whole library); with {@code everything},
     * cards of unread essays and cards not yet due too; at most {@code limit} (0: no limit).
     */
    public record Filter(String track, boolean everything, int limit) {
        public static final Filter DUE = new Filter(null, false, 0);
    }

    private final CardTables tables;
    private final Connection connection;
    private final String library;
    private final Library lib;
    private final EssayBodies bodies;
    private final ReadingProgress progress;
    private final Fsrs fsrs;
    private final Map<String, List<Card>> synced = new LinkedHashMap<>();
    private Map<String, CardTables.CardRow> rows;

    public Cards(CardTables tables, Connection connection, String library, Library lib, EssayBodies bodies,
                 ReadingProgress progress, Fsrs fsrs) {
        this.tables = tables;
        this.connection = connection;
        this.library = library;
        this.lib = lib;
        this.bodies = bodies;
        this.progress = progress;
        this.fsrs = fsrs;
    }

    public Fsrs scheduler() {
        return fsrs;
    }

    /** The cards an essay defines now, stored (text only) the first time they are seen. */
    public List<Card> of(Essay e) throws SQLException {
        List<Card> cards = synced.get(e.slug());
        if (cards != null) return cards;
        cards = bodies.body(e).map(b -> CardExtractor.extract(e.slug(), b)).orElse(List.of());
        Map<String, CardTables.CardRow> stored = rows();
        List<Card> fresh = new ArrayList<>();
        for (Card c : cards) {
            CardTables.CardRow r = stored.get(c.id());
            if (r == null || !r.question().equals(c.question()) || !r.answer().equals(c.answer())) fresh.add(c);
        }
        if (!fresh.isEmpty()) {
            Transactions.run(connection, () -> {
                for (Card c : fresh) tables.upsertText(library, c.id(), c.slug(), c.question(), c.answer());
            });
            this.rows = null;
        }
        synced.put(e.slug(), cards);
        return cards;
    }

    /** The schedule of a card (NEW when it has never been graded). */
    public CardState state(String cardId) throws SQLException {
        CardTables.CardRow r = rows().get(cardId);
        return r == null ? CardState.NEW : toState(r);
    }

    /**
     * The cards to review at {@code now}, in review order: cards in (re)learning and reviews by
     * due time first, then new cards in essay order (tracks first, then the rest of the library).
     */
    public List<DueCard> due(Instant now, Filter f) throws SQLException {
        List<DueCard> started = new ArrayList<>();
        List<DueCard> fresh = new ArrayList<>();
        for (Essay e : essays(f.track())) {
            if (!f.everything() && !progress.isRead(e)) continue;
            for (Card c : of(e)) {
                CardState s = state(c.id());
                if (!f.everything() && !s.isDue(now)) continue;
                (s.isNew() ? fresh : started).add(new DueCard(c, s, e));
            }
        }
        started.sort(Comparator.comparing((DueCard d) -> d.state().due()));
        List<DueCard> out = new ArrayList<>(started);
        out.addAll(fresh);
        return f.limit() > 0 && out.size() > f.limit() ? List.copyOf(out.subList(0, f.limit())) : out;
    }

    /** How many cards of read essays are due at {@code now}. */
    public int dueCount(Instant now) throws SQLException {
        return due(now, Filter.DUE).size();
    }

    /** How many cards of read essays in one track are due at {@code now}. */
    public int dueCount(Instant now, String track) throws SQLException {
        return due(now, new Filter(track, false, 0)).size();
    }

    /** Grades a card at {@code now}: its new schedule and the review log entry are written together. */
    public Graded grade(String cardId, Grade g, Instant now) throws SQLException {
        Card card = find(cardId).orElseThrow(() -> new IllegalArgumentException("no card `" + cardId + "`"));
        CardState before = state(cardId);
        CardState after = fsrs.review(before, g, now);
        Transactions.run(connection, () -> {
            tables.putSchedule(new CardTables.CardRow(library, cardId, card.slug(), card.question(), card.answer(),
                    after.phase().key(), after.step(), after.stability(), after.difficulty(), Times.format(after.due()),
                    Times.format(after.lastReview())));
            tables.logReview(new CardTables.ReviewRow(library, cardId, Times.format(now), g.value(),
                    before.phase().key(), Duration.between(now, after.due()).getSeconds()));
        });
        rows = null;
        return new Graded(card, g, before, after);
    }

    /** A card by id: from its essay when it still has it, else from the store. */
    public Optional<Card> find(String cardId) throws SQLException {
        for (Essay e : lib.essays()) {
            if (cardId.startsWith(e.slug() + "-")) {
                for (Card c : of(e)) if (c.id().equals(cardId)) return Optional.of(c);
            }
        }
        CardTables.CardRow r = rows().get(cardId);
        return r == null ? Optional.empty() : Optional.of(new Card(r.cardId(), r.slug(), "", r.question(), r.answer()));
    }

    /**
     * Stored cards no essay defines any more (essay removed, or question edited): kept with their
     * history, never dropped. Reads every essay's cards to know.
     */
    public List<CardTables.CardRow> orphaned() throws SQLException {
        Set<String> live = new HashSet<>();
        for (Essay e : lib.essays()) for (Card c : of(e)) live.add(c.id());
        List<CardTables.CardRow> out = new ArrayList<>();
        for (CardTables.CardRow r : rows().values()) if (!live.contains(r.cardId())) out.add(r);
        return out;
    }

    /** Number of grades given in this library. */
    public List<CardTables.ReviewRow> reviewLog() throws SQLException {
        return tables.reviews(library);
    }

    private List<Essay> essays(String track) {
        List<Essay> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Track> tracks = track == null ? lib.tracks() : lib.track(track).map(List::of).orElse(List.of());
        for (Track t : tracks) {
            for (String slug : t.essays()) {
                lib.essay(slug).filter(e -> seen.add(e.slug())).ifPresent(out::add);
            }
        }
        if (track == null) for (Essay e : lib.essays()) if (seen.add(e.slug())) out.add(e);
        return out;
    }

    private Map<String, CardTables.CardRow> rows() throws SQLException {
        if (rows == null) rows = tables.cards(library);
        return rows;
    }

    static CardState toState(CardTables.CardRow r) {
        return new CardState(CardState.Phase.parse(r.state()), r.step(), r.stability(), r.difficulty(),
                Times.parse(r.due()), Times.parse(r.lastReview()));
    }
}
