package io.github.acsnumbers.emulator.phonenumbers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The service's date-time format: 7 fractional digits and a {@code +00:00} offset. */
public final class Times {

    /** .NET's {@code DateTime.MinValue}, which the service sends as {@code lastActionDateTime}. */
    public static final String MIN_VALUE = "0001-01-01T00:00:00+00:00";

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /**
     * Formats an instant like {@code 2025-06-17T16:40:22.5120904+00:00}.
     *
     * @param instant the new time
     * @return the formatted text
     */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
