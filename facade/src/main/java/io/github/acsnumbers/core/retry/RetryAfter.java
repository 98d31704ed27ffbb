package io.github.acsnumbers.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} value, shared by the retry interceptor and the pollers. */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param value the header value: whole seconds or an RFC 1123 HTTP date; may be null
     * @param clock the local clock, for HTTP dates
     * @return the wait it asks for, unclamped (negative for a date in the past), or null when absent or unreadable
     */
    public static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Duration.between(clock.instant(), at);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
