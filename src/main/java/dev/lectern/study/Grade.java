package dev.lectern.study;

import java.util.Locale;
import java.util.Optional;

/** How well a card was remembered, as FSRS rates a review: 1 Again, 2 Hard, 3 Good, 4 Easy. */
public enum Grade {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Grade of(int value) {
        for (Grade g : values()) if (g.value == value) return g;
        throw new IllegalArgumentException("grade must be 1-4, not " + value);
    }

    /** A grade typed by a user: {@code 1}-{@code 4} or a name (again, hard, good, easy, or its first letter). */
    public static Optional<Grade> parse(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return Optional.empty();
        for (Grade g : values()) {
            String n = g.name().toLowerCase(Locale.ROOT);
            if (t.equals(String.valueOf(g.value)) || t.equals(n) || t.equals(n.substring(0, 1))) return Optional.of(g);
        }
        return Optional.empty();
    }
}
