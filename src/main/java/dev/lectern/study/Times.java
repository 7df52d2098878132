package dev.lectern.study;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How study data writes instants: UTC, always with milliseconds ({@code 2026-11-22T09:30:00.000Z}),
 * so that comparing the text compares the times (import keeps the later of two schedules).
 */
public final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String format(Instant i) {
        return i == null ? null : FORMAT.format(i.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
