package io.github.acsnumbers.implementation.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} value, shared by the retry loop and the pollers. */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param value the header value: whole seconds or an RFC 1123 HTTP date; may be null
     * @param clock the local clock, for HTTP dates
     * @return the wait it asks for, unclamped (negative for a date in the past; a number of seconds too large
     *         for a {@code long} reads as {@link Durations#FOREVER}), or null when absent or unreadable; users of
     *         the value clamp it ({@link Durations#clamp}) before any arithmetic
     */
    public static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException notSeconds) {
            if (v.chars().allMatch(Character::isDigit)) {
                return Durations.FOREVER;
            }
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Duration.between(clock.instant(), at);
            } catch (DateTimeParseException | ArithmeticException notDate) {
                return null;
            }
        }
    }
}
