package dev.lectern.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The scheduler against the published FSRS-6 formulas (py-fsrs fsrs/scheduler.py), worked by hand
 * with the default weights. Notation: S stability, D difficulty, R retrievability, t whole days
 * since the last review, G the grade (1..4).
 *
 * <pre>
 * w = 0.212 1.2931 2.3065 8.2956 6.4133 0.8334 3.0194 0.001 1.8722 0.1666 0.796
 *     1.4835 0.0614 0.2629 1.6483 0.6014 1.8729 0.5425 0.0912 0.0658 0.1542
 * decay = -w20 = -0.1542;  F = 0.9^(1/decay) - 1 = 0.9^-6.48508 - 1 = 0.980346
 * R(t, S)         = (1 + F t / S)^decay
 * interval(S)     = round(S / F * (0.9^(1/decay) - 1)) = round(S)       (desired retention 0.9)
 * S0(G)           = w[G-1];     D0(G) = w4 - e^(w5 (G-1)) + 1
 * D'(D, G)        = w7 D0(4) + (1 - w7) (D + (10 - D)(-w6 (G-3)) / 9),  clamped to [1, 10]
 * S'short(S, G)   = S e^(w17 (G - 3 + w18)) S^-w19   (factor at least 1 for Good and Easy)
 * S'recall(D,S,R) = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) * w15 if Hard * w16 if Easy)
 * S'forget(D,S,R) = min(w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)),  S / e^(w17 w18))
 * </pre>
 */
class FsrsTest {
    private final Fsrs fsrs = Fsrs.defaults();
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void intervalsForAFixedSequenceOfGradesMatchTheFormulas() {
        // 1. New card, Good. S = w2 = 2.3065; D = 6.4133 - e^1.6668 + 1 = 6.4133 - 5.295196 + 1 = 2.118104.
        //    First of two learning steps passed: the next is 10 minutes.
        CardState c = fsrs.review(CardState.NEW, Grade.GOOD, T0);
        assertEquals(CardState.Phase.LEARNING, c.phase());
        assertEquals(2.3065, c.stability(), 1e-9);
        assertEquals(2.118104, c.difficulty(), 1e-6);
        assertEquals(T0.plusSeconds(600), c.due());

        // 2. Ten minutes later, Good. t = 0 < 1, so short-term: factor e^(0.5425 * 0.0912) * 2.3065^-0.0658
        //    = 1.050720 * 0.946494 = 0.994500, raised to 1 for Good: S stays 2.3065.
        //    D' = 0.001 * D0(4) + 0.999 * D = 0.001 * (-4.771631) + 0.999 * 2.118104 = 2.111214.
        //    Last learning step: the card graduates with interval round(2.3065) = 2 days.
        Instant t = T0.plusSeconds(600);
        c = fsrs.review(c, Grade.GOOD, t);
        assertEquals(CardState.Phase.REVIEW, c.phase());
        assertEquals(2.3065, c.stability(), 1e-9);
        assertEquals(2.111214, c.difficulty(), 1e-6);
        assertEquals(days(2), between(t, c.due()));

        // 3. Reviewed when due, 2 days later, Good. R = (1 + 0.980346 * 2 / 2.3065)^-0.1542 = 0.909493.
        //    S' = 2.3065 (1 + e^1.8722 (11 - 2.111214) 2.3065^-0.1666 (e^(0.796 * 0.090507) - 1))
        //       = 2.3065 (1 + 6.502 * 8.888786 * 0.869648 * 0.074724) = 10.971048  -> 11 days.
        t = c.due();
        c = fsrs.review(c, Grade.GOOD, t);
        assertEquals(10.971048, c.stability(), 1e-6);
        assertEquals(2.104331, c.difficulty(), 1e-6);
        assertEquals(days(11), between(t, c.due()));

        // 4. 11 days later, Again (forgotten). R = (1 + 0.980346 * 11 / 10.971048)^-0.1542 = 0.899819.
        //    long term = 1.4835 * 2.104331^-0.0614 * (11.971048^0.2629 - 1) * e^(1.6483 * 0.100181) = 1.539013
        //    short term = 10.971048 / e^(0.5425 * 0.0912) = 10.441454;  S = min = 1.539013.
        //    D' = 0.001 * -4.771631 + 0.999 * (2.104331 + (10 - 2.104331) * 6.0388 / 9) = 7.389976.
        //    Relearning: one step of 10 minutes.
        t = c.due();
        c = fsrs.review(c, Grade.AGAIN, t);
        assertEquals(CardState.Phase.RELEARNING, c.phase());
        assertEquals(1.539013, c.stability(), 1e-6);
        assertEquals(7.389976, c.difficulty(), 1e-6);
        assertEquals(Duration.ofMinutes(10), between(t, c.due()));

        // 5. Ten minutes later, Good: short-term factor e^(0.5425 * 0.0912) * 1.539013^-0.0658 = 1.021331,
        //    S = 1.571842 -> relearning done, interval round(1.571842) = 2 days.
        t = c.due();
        c = fsrs.review(c, Grade.GOOD, t);
        assertEquals(CardState.Phase.REVIEW, c.phase());
        assertEquals(1.571842, c.stability(), 1e-6);
        assertEquals(days(2), between(t, c.due()));

        // 6. 2 days later, Easy. R = (1 + 0.980346 * 2 / 1.571842)^-0.1542 = 0.882615; with the easy
        //    bonus w16 = 1.8729, S' = 7.870268 -> 8 days.
        t = c.due();
        c = fsrs.review(c, Grade.EASY, t);
        assertEquals(7.870268, c.stability(), 1e-6);
        assertEquals(days(8), between(t, c.due()));

        // 7. 8 days later, Hard. R = 0.898873; with the hard penalty w15 = 0.6014, S' = 16.127353 -> 16 days.
        t = c.due();
        c = fsrs.review(c, Grade.HARD, t);
        assertEquals(16.127353, c.stability(), 1e-6);
        assertEquals(7.653023, c.difficulty(), 1e-6);
        assertEquals(days(16), between(t, c.due()));
    }

    @Test
    void learningStepsFollowPyFsrs() {
        // Again on a new card: back to the first step, 1 minute.
        assertEquals(Duration.ofMinutes(1), between(T0, fsrs.review(CardState.NEW, Grade.AGAIN, T0).due()));
        // Hard on the first of two steps: halfway between them, (1 + 10) / 2 = 5.5 minutes.
        assertEquals(Duration.ofSeconds(330), between(T0, fsrs.review(CardState.NEW, Grade.HARD, T0).due()));
        // Easy skips learning: S = w3 = 8.2956 -> 8 days.
        CardState easy = fsrs.review(CardState.NEW, Grade.EASY, T0);
        assertEquals(CardState.Phase.REVIEW, easy.phase());
        assertEquals(days(8), between(T0, easy.due()));
    }

    @Test
    void intervalsRoundHalfToEvenAndStayAtLeastOneDay() {
        assertEquals(2, fsrs.nextInterval(2.5)); // Python's round(2.5) == 2
        assertEquals(4, fsrs.nextInterval(3.5));
        assertEquals(1, fsrs.nextInterval(0.2));
        assertEquals(36500, fsrs.nextInterval(1e9));
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }

    private static Duration between(Instant a, Instant b) {
        return Duration.between(a, b);
    }
}
