package dev.lectern.study;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * One sitting of reviews: a queue of the cards due when it starts. A card graded into a short
 * (re)learning step comes back at the end of the queue when its step ends within
 * {@link #LEARN_AHEAD} (Anki's default learn-ahead limit), so Again means "show me again soon".
 * Drives both {@code lectern review} and the reader's review screen.
 */
public final class ReviewSession {
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final Cards cards;
    private final Clock clock;
    private final Deque<Cards.DueCard> queue;
    private int graded;
    private final java.util.Set<String> cardsGraded = new java.util.HashSet<>();

    public ReviewSession(Cards cards, Cards.Filter filter, Clock clock) throws SQLException {
        this.cards = cards;
        this.clock = clock;
        this.queue = new ArrayDeque<>(cards.due(clock.instant(), filter));
    }

    /** The card to show now, or empty when the sitting is over. */
    public Optional<Cards.DueCard> current() {
        return Optional.ofNullable(queue.peekFirst());
    }

    /** Grades the current card and moves on. */
    public Cards.Graded grade(Grade g) throws SQLException {
        Cards.DueCard c = queue.removeFirst();
        Cards.Graded result = cards.grade(c.card().id(), g, clock.instant());
        graded++;
        cardsGraded.add(c.card().id());
        if (!result.after().due().isAfter(clock.instant().plus(LEARN_AHEAD))) {
            queue.addLast(new Cards.DueCard(c.card(), result.after(), c.essay()));
        }
        return result;
    }

    /** Puts the current card aside for this sitting without grading it. */
    public void skip() {
        queue.removeFirst();
    }

    public int remaining() {
        return queue.size();
    }

    /** Grades given in this sitting (a card shown again after Again counts twice). */
    public int graded() {
        return graded;
    }

    /** Different cards graded in this sitting. */
    public int cardsGraded() {
        return cardsGraded.size();
    }
}
