package dev.lectern.study;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Review intervals as a learner reads them, as Anki shows them next to its buttons: {@code 1m},
 * {@code 10m}, {@code 4d}, {@code 2.5mo}, {@code 3y}. Shared by {@code lectern review} and the
 * reader's review screen.
 */
public final class Intervals {
    private Intervals() {
    }

    /** Always with a decimal point: a German or Turkish default locale would print {@code 2,5mo}. */
    public static String human(Duration d) {
        long s = d.getSeconds();
        if (s < 3600) return Math.max(1, Math.round(s / 60.0)) + "m";
        if (s < 86400) return Math.round(s / 3600.0) + "h";
        long days = Math.round(s / 86400.0);
        if (days < 60) return days + "d";
        if (days < 730) return String.format(Locale.ROOT, "%.1fmo", days / 30.4).replace(".0mo", "mo");
        return String.format(Locale.ROOT, "%.1fy", days / 365.25).replace(".0y", "y");
    }

    /** What grading a card in {@code state} at {@code now} would give, for grades 1 to 4 in order. */
    public static List<String> choices(Fsrs fsrs, CardState state, Instant now) {
        List<String> out = new ArrayList<>();
        for (Grade g : Grade.values()) out.add(human(Duration.between(now, fsrs.review(state, g, now).due())));
        return out;
    }
}
