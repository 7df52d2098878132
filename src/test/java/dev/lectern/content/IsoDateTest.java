package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoDateTest {
    @Test
    void readsDatesAsLocalDateParseDoesAndRefusesWhatItRefuses() {
        for (String ok : new String[] {"2026-12-07", "2024-02-29", "0001-01-01", "9999-12-31"}) {
            assertEquals(LocalDate.parse(ok), IsoDate.parse(ok), ok);
        }
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-07", "26-12-07",
                "2026/12/07", "", "2026-12-07x", "２０２６-12-07"}) {
            assertThrows(DateTimeParseException.class, () -> LocalDate.parse(bad), bad);
            assertThrows(DateTimeParseException.class, () -> IsoDate.parse(bad), bad);
        }
    }
}
