package dev.lectern.tui;

import dev.lectern.study.Stats;

/**
 * The study numbers the home screen shows: cards due now, the streak (days in a row with reading
 * or reviews), minutes read and reviews given today. A snapshot read from the study store off the
 * input loop; {@link #NONE} until the first one arrives.
 */
public record StudyInfo(boolean loaded, int cardsDue, int streak, boolean activeToday, int minutesRead, int reviewsToday) {
    public static final StudyInfo NONE = new StudyInfo(false, 0, 0, false, 0, 0);

    public static StudyInfo of(Stats s) {
        return new StudyInfo(true, s.cardsDue(), s.streak(), s.activeToday(), s.minutesRead(), s.reviewsToday());
    }
}
