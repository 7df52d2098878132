package dev.lectern.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A {@code YYYY-MM-DD} date, read as {@link LocalDate#parse} reads it. By hand for the plain form:
 * {@code LocalDate.parse} first builds java.time's formatters, about 3 ms of a cold start, and
 * every command that lists or opens essays reads their dates.
 */
public final class IsoDate {
    private IsoDate() {
    }

    /** The date, or a {@link DateTimeParseException} as {@code LocalDate.parse} would throw. */
    public static LocalDate parse(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
                && digits(s, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException(e.getMessage(), s, 0, e);
            }
        }
        return LocalDate.parse(s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
