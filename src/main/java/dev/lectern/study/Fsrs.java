package dev.lectern.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 scheduler (Free Spaced Repetition Scheduler, 21 weights), a port of the reference
 * implementation: open-spaced-repetition/py-fsrs, {@code fsrs/scheduler.py} (py-fsrs 6.x, commit
 * 06dda32a82004ba32b3f659b32e6f14e3ac2972c, MIT licence), which Anki 25.x and ts-fsrs 5 share.
 * The default weights below are py-fsrs's {@code DEFAULT_PARAMETERS}; desired retention 0.9,
 * learning steps 1 min and 10 min, one relearning step of 10 min, maximum interval 36,500 days.
 *
 * <p>Interval fuzzing is off: the same grades at the same times always give the same schedule,
 * so tests and two machines agree. Intervals round half to even, as Python's {@code round} does.
 * Pure arithmetic, no storage: {@link #review} returns the next state.
 */
public final class Fsrs {
    /** FSRS-6 default weights w0..w20 (py-fsrs {@code DEFAULT_PARAMETERS}; w20 is the decay). */
    public static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    public static final double STABILITY_MIN = 0.001;
    public static final double MIN_DIFFICULTY = 1.0;
    public static final double MAX_DIFFICULTY = 10.0;

    private final double[] w;
    private final double desiredRetention;
    private final List<Duration> learningSteps;
    private final List<Duration> relearningSteps;
    private final int maximumInterval;
    private final double decay;
    private final double factor;

    public Fsrs(double[] weights, double desiredRetention, List<Duration> learningSteps,
                List<Duration> relearningSteps, int maximumInterval) {
        if (weights.length != 21) throw new IllegalArgumentException("FSRS-6 needs 21 weights, not " + weights.length);
        this.w = weights.clone();
        this.desiredRetention = desiredRetention;
        this.learningSteps = List.copyOf(learningSteps);
        this.relearningSteps = List.copyOf(relearningSteps);
        this.maximumInterval = maximumInterval;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** py-fsrs's defaults, without fuzzing. */
    public static Fsrs defaults() {
        return new Fsrs(DEFAULT_WEIGHTS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500);
    }

    /** The probability of recalling a card at {@code now}: {@code (1 + F·t/S)^-w20}, t in whole days. */
    public double retrievability(CardState c, Instant now) {
        if (c.lastReview() == null || c.stability() == null) return 0;
        long elapsed = Math.max(0, wholeDays(c.lastReview(), now));
        return Math.pow(1 + factor * elapsed / c.stability(), decay);
    }

    /** The card's state after a review with {@code grade} at {@code now}. */
    public CardState review(CardState card, Grade g, Instant now) {
        CardState.Phase phase = card.phase() == CardState.Phase.NEW ? CardState.Phase.LEARNING : card.phase();
        Integer step = card.phase() == CardState.Phase.NEW ? Integer.valueOf(0) : card.step();
        Double s = card.stability();
        Double d = card.difficulty();
        Long days = card.lastReview() == null ? null : wholeDays(card.lastReview(), now);
        Duration next;
        switch (phase) {
            case LEARNING, RELEARNING -> {
                if (s == null || d == null) {
                    s = initialStability(g);
                    d = clampDifficulty(initialDifficulty(g));
                } else if (days != null && days < 1) {
                    s = shortTermStability(s, g);
                    d = nextDifficulty(d, g);
                } else {
                    s = nextStability(d, s, retrievability(card, now), g);
                    d = nextDifficulty(d, g);
                }
                List<Duration> steps = phase == CardState.Phase.LEARNING ? learningSteps : relearningSteps;
                int st = step == null ? 0 : step;
                if (steps.isEmpty() || (st >= steps.size() && g != Grade.AGAIN)) {
                    phase = CardState.Phase.REVIEW;
                    step = null;
                    next = Duration.ofDays(nextInterval(s));
                } else {
                    switch (g) {
                        case AGAIN -> {
                            step = 0;
                            next = steps.get(0);
                        }
                        case HARD -> {
                            if (st == 0 && steps.size() == 1) next = scale(steps.get(0), 1.5);
                            else if (st == 0) next = steps.get(0).plus(steps.get(1)).dividedBy(2);
                            else next = steps.get(st);
                        }
                        case GOOD -> {
                            if (st + 1 == steps.size()) {
                                phase = CardState.Phase.REVIEW;
                                step = null;
                                next = Duration.ofDays(nextInterval(s));
                            } else {
                                step = st + 1;
                                next = steps.get(st + 1);
                            }
                        }
                        default -> {
                            phase = CardState.Phase.REVIEW;
                            step = null;
                            next = Duration.ofDays(nextInterval(s));
                        }
                    }
                }
            }
            default -> { // REVIEW
                if (days != null && days < 1) s = shortTermStability(s, g);
                else s = nextStability(d, s, retrievability(card, now), g);
                d = nextDifficulty(d, g);
                if (g == Grade.AGAIN && !relearningSteps.isEmpty()) {
                    phase = CardState.Phase.RELEARNING;
                    step = 0;
                    next = relearningSteps.get(0);
                } else {
                    next = Duration.ofDays(nextInterval(s));
                }
            }
        }
        return new CardState(phase, step, s, d, now.plus(next), now);
    }

    double initialStability(Grade g) {
        return Math.max(w[g.value() - 1], STABILITY_MIN);
    }

    double initialDifficulty(Grade g) {
        return w[4] - Math.exp(w[5] * (g.value() - 1)) + 1;
    }

    /** Days until retrievability falls to the desired retention, rounded, at least 1. */
    public int nextInterval(double stability) {
        double ivl = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        long days = (long) Math.rint(ivl); // Python's round: half to even
        return (int) Math.min(Math.max(days, 1), maximumInterval);
    }

    double shortTermStability(double s, Grade g) {
        double inc = Math.exp(w[17] * (g.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g == Grade.GOOD || g == Grade.EASY) inc = Math.max(inc, 1.0);
        return Math.max(s * inc, STABILITY_MIN);
    }

    double nextDifficulty(double d, Grade g) {
        double delta = -(w[6] * (g.value() - 3));
        double damped = d + (10.0 - d) * delta / 9.0; // linear damping
        double reverted = w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * damped; // mean reversion
        return clampDifficulty(reverted);
    }

    double nextStability(double d, double s, double r, Grade g) {
        double next = g == Grade.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, g);
        return Math.max(next, STABILITY_MIN);
    }

    private double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double d, double s, double r, Grade g) {
        double hard = g == Grade.HARD ? w[15] : 1;
        double easy = g == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private static Duration scale(Duration d, double by) {
        return Duration.ofNanos(Math.round(d.toNanos() * by));
    }

    /** Whole days between two instants, floored, as Python's {@code timedelta.days}. */
    static long wholeDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), 86400);
    }
}
