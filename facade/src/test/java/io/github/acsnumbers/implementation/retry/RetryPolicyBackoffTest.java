package io.github.acsnumbers.implementation.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.retry.RetryOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The backoff schedule and its jitter, and the precedence of the service's wait headers. */
class RetryPolicyBackoffTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutJitterEachRetryDoublesTheWaitUpToTheMaximum() {
        RetryPolicy p = new RetryPolicy(RetryOptions.defaults().withJitter(0).withBaseDelay(Duration.ofMillis(800))
            .withMaxDelay(Duration.ofSeconds(5)), CLOCK);
        assertEquals(Duration.ofMillis(800), p.backoff(1));
        assertEquals(Duration.ofMillis(1600), p.backoff(2));
        assertEquals(Duration.ofMillis(3200), p.backoff(3));
        assertEquals(Duration.ofSeconds(5), p.backoff(4));
        assertEquals(Duration.ofSeconds(5), p.backoff(60), "a huge retry number neither overflows nor goes past the cap");
        assertEquals(Duration.ofMillis(800), p.backoff(0), "numbers below 1 read as the first retry");
        assertEquals(Duration.ofMillis(800), p.backoff(-3));
    }

    @Test
    void jitterSpreadsEachWaitAroundItsBaseWithinTheShare() {
        RetryPolicy p = new RetryPolicy(RetryOptions.defaults().withJitter(0.5).withBaseDelay(Duration.ofSeconds(1)),
            CLOCK);
        int below = 0;
        int above = 0;
        for (int i = 0; i < 400; i++) {
            long ms = p.backoff(1).toMillis();
            assertTrue(ms >= 500 && ms <= 1500, ms + " ms is outside 1 s +/- 50%");
            if (ms < 900) {
                below++;
            } else if (ms > 1100) {
                above++;
            }
        }
        // each side has probability 0.4 per draw: 400 draws without one would be a broken jitter, not bad luck
        assertTrue(below > 0 && above > 0, "below " + below + ", above " + above);
    }

    @Test
    void fullJitterStaysBetweenZeroAndTwiceTheBase() {
        RetryPolicy p = new RetryPolicy(RetryOptions.defaults().withJitter(1).withBaseDelay(Duration.ofSeconds(1)),
            CLOCK);
        for (int i = 0; i < 200; i++) {
            long ms = p.backoff(2).toMillis();
            assertTrue(ms >= 0 && ms <= 4000, ms + " ms is outside 2 s +/- 100%");
        }
    }

    @Test
    void theMillisecondHeadersComeFirstAndAreNeverNegativeOrNaN() {
        RetryPolicy p = new RetryPolicy(RetryOptions.defaults(), CLOCK);
        assertEquals(Duration.ofMillis(250), p.retryAfter(Headers.of("retry-after-ms", "250", "Retry-After", "9")));
        assertEquals(Duration.ofMillis(40), p.retryAfter(Headers.of("x-ms-retry-after-ms", " 40.7 ")));
        assertEquals(Duration.ZERO, p.retryAfter(Headers.of("retry-after-ms", "-5")));
        assertEquals(Duration.ofSeconds(3), p.retryAfter(Headers.of("retry-after-ms", "NaN", "Retry-After", "3")));
        assertEquals(Duration.ofSeconds(3), p.retryAfter(Headers.of("retry-after-ms", "soon", "Retry-After", "3")));
        assertEquals(Durations.FOREVER, p.retryAfter(Headers.of("retry-after-ms", "1e300")));
        assertEquals(Duration.ZERO, p.retryAfter(Headers.of("Retry-After", "Tue, 01 Dec 2026 09:00:00 GMT")));
        assertEquals(Duration.ofMinutes(1), p.retryAfter(Headers.of("Retry-After", "Tue, 01 Dec 2026 10:01:00 GMT")));
        assertNull(p.retryAfter(Headers.of()));
    }
}
