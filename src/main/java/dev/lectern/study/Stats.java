package dev.lectern.study;

import dev.lectern.content.Essay;
import dev.lectern.content.Library;
import dev.lectern.store.CardTables;
import dev.lectern.store.StudyTables;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learner's numbers for one library: the streak (days in a row with reading or reviews, in the
 * reader's time zone; today counts once something is done, and a streak still stands until a
 * whole day passes without either), essays and minutes read, reviews given and cards due.
 *
 * @param streak days in a row up to today (or yesterday, when nothing is done yet today)
 * @param longestStreak the longest run ever
 * @param activeToday whether something was read or reviewed today
 */
public record Stats(int streak, int longestStreak, boolean activeToday, int essaysRead, int essays,
                    int minutesRead, int minutes, int reviews, int reviewsToday, int cardsDue) {

    public static Stats of(Library lib, ReadingProgress progress, StudyTables study, CardTables cards,
                           Cards due, String library, Instant now, ZoneId zone) throws SQLException {
        int read = 0, minutesRead = 0, minutes = 0;
        for (Essay e : lib.essays()) {
            minutes += e.minutes();
            if (progress.isRead(e)) {
                read++;
                minutesRead += e.minutes();
            }
        }
        Set<LocalDate> days = new TreeSet<>();
        for (StudyTables.ReadRow r : study.readLog(library)) days.add(day(r.readAt(), zone));
        List<CardTables.ReviewRow> reviews = cards.reviews(library);
        LocalDate today = now.atZone(zone).toLocalDate();
        int reviewsToday = 0;
        for (CardTables.ReviewRow r : reviews) {
            LocalDate d = day(r.reviewedAt(), zone);
            days.add(d);
            if (d.equals(today)) reviewsToday++;
        }
        boolean active = days.contains(today);
        int streak = 0;
        for (LocalDate d = active ? today : today.minusDays(1); days.contains(d); d = d.minusDays(1)) streak++;
        int longest = 0, run = 0;
        LocalDate prev = null;
        for (LocalDate d : days) {
            run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
            longest = Math.max(longest, run);
            prev = d;
        }
        return new Stats(streak, longest, active, read, lib.essays().size(), minutesRead, minutes, reviews.size(),
                reviewsToday, due.dueCount(now));
    }

    private static LocalDate day(String instant, ZoneId zone) {
        return Instant.parse(instant).atZone(zone).toLocalDate();
    }
}
