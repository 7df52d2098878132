package dev.lectern.study;

import java.time.Instant;

/**
 * Where a card stands in its schedule, as FSRS keeps it. A card never reviewed is {@link Phase#NEW}
 * with no stability or difficulty; {@code step} is the learning or relearning step, else null.
 */
public record CardState(Phase phase, Integer step, Double stability, Double difficulty, Instant due,
                        Instant lastReview) {

    /** The phases of py-fsrs's {@code State}, plus NEW for a card that has never been graded. */
    public enum Phase {
        NEW, LEARNING, REVIEW, RELEARNING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Phase parse(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public static final CardState NEW = new CardState(Phase.NEW, null, null, null, null, null);

    public boolean isNew() {
        return phase == Phase.NEW;
    }

    /** Due at {@code now}: new cards always are. */
    public boolean isDue(Instant now) {
        return due == null || !due.isAfter(now);
    }
}
