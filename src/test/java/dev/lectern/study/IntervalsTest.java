package dev.lectern.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IntervalsTest {
    @Test
    void intervalsReadAsAnkiShowsThemFromMinutesToYears() {
        assertEquals("1m", Intervals.human(Duration.ofSeconds(20)));
        assertEquals("10m", Intervals.human(Duration.ofMinutes(10)));
        assertEquals("3h", Intervals.human(Duration.ofHours(3)));
        assertEquals("4d", Intervals.human(Duration.ofDays(4)));
        assertEquals("2.5mo", Intervals.human(Duration.ofDays(76)));
        assertEquals("3mo", Intervals.human(Duration.ofDays(91)));
        assertEquals("3y", Intervals.human(Duration.ofDays(1096)));
    }

    @Test
    void aGermanOrTurkishDefaultLocaleStillPrintsADecimalPoint() {
        Locale before = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR")}) {
                Locale.setDefault(l);
                assertEquals("2.5mo", Intervals.human(Duration.ofDays(76)), l.toString());
                assertEquals("3mo", Intervals.human(Duration.ofDays(91)), l.toString());
                assertEquals("2.5y", Intervals.human(Duration.ofDays(900)), l.toString());
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
