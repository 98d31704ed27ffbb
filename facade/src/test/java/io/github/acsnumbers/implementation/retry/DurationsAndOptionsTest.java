package io.github.acsnumbers.implementation.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Duration arithmetic, Retry-After reading, retry settings and the sleepers' contracts. */
class DurationsAndOptionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void clampingKeepsDurationsBetweenZeroAndForever() {
        assertEquals(Duration.ZERO, Durations.clamp(null));
        assertEquals(Duration.ZERO, Durations.clamp(Duration.ofNanos(-1)));
        assertEquals(Duration.ofSeconds(5), Durations.clamp(Duration.ofSeconds(5)));
        assertEquals(Durations.FOREVER, Durations.clamp(Durations.FOREVER));
        assertEquals(Durations.FOREVER, Durations.clamp(Durations.FOREVER.plusNanos(1)));
        assertEquals(Durations.FOREVER.toNanos(), Durations.nanos(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals(7, Durations.nanos(Duration.ofNanos(7)));
    }

    @Test
    void durationsAreDescribedInSecondsOrMilliseconds() {
        assertEquals("7 s", Durations.describe(Duration.ofSeconds(7)));
        assertEquals("250 ms", Durations.describe(Duration.ofMillis(250)));
        assertEquals("1500 ms", Durations.describe(Duration.ofMillis(1500)));
        assertEquals("0 s", Durations.describe(null));
        assertEquals("0 s", Durations.describe(Duration.ofSeconds(-3)));
        assertEquals("1000000 s", Durations.describe(Duration.ofSeconds(1_000_000).plusMillis(1)));
        assertEquals("999999001 ms", Durations.describe(Duration.ofSeconds(999_999).plusMillis(1)));
        // a fraction whose nanoseconds are a multiple of 2^23 is still a fraction
        assertEquals("8 ms", Durations.describe(Duration.ofNanos(8_388_608)));
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertNull(RetryAfter.parse(null, CLOCK));
        assertNull(RetryAfter.parse("  ", CLOCK));
        assertNull(RetryAfter.parse("soon", CLOCK));
        assertEquals(Duration.ofSeconds(12), RetryAfter.parse(" 12 ", CLOCK));
        assertEquals(Durations.FOREVER, RetryAfter.parse("99999999999999999999999", CLOCK));
        assertEquals(Duration.ofSeconds(-60), RetryAfter.parse("Tue, 01 Dec 2026 09:59:00 GMT", CLOCK));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Tue, 01 Dec 2026 10:01:30 GMT", CLOCK));
    }

    @Test
    void replaySafetyFollowsTheMethod() {
        assertEquals(ReplaySafety.UNSAFE, ReplaySafety.forMethod("POST"));
        assertEquals(ReplaySafety.UNSAFE, ReplaySafety.forMethod("post"));
        for (String m : new String[] {"GET", "PUT", "PATCH", "DELETE"}) {
            assertEquals(ReplaySafety.SAFE, ReplaySafety.forMethod(m));
        }
    }

    @Test
    void retryOptionsAreCopiedWithEachChangeAndCheckTheirRanges() {
        RetryOptions d = RetryOptions.defaults();
        assertEquals(3, d.getMaxRetries());
        assertEquals(Duration.ofMillis(800), d.getBaseDelay());
        assertEquals(Duration.ofSeconds(60), d.getMaxDelay());
        assertEquals(Duration.ofMinutes(5), d.getMaxRetryAfter());
        assertEquals(0.2, d.getJitter());
        assertEquals(0, RetryOptions.none().getMaxRetries());
        RetryOptions c = d.withMaxRetries(20).withBaseDelay(Duration.ofSeconds(1)).withMaxDelay(Duration.ofSeconds(9))
            .withMaxRetryAfter(Duration.ofSeconds(30)).withJitter(1);
        assertEquals("RetryOptions{maxRetries=20, baseDelay=PT1S, maxDelay=PT9S, maxRetryAfter=PT30S, jitter=1.0}",
            c.toString());
        assertEquals(3, d.getMaxRetries(), "the original is unchanged");
        assertEquals(0.0, d.withJitter(0).getJitter());
        for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withJitter(bad));
            assertEquals("'jitter' must be between 0 and 1, but was " + bad + ".", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> d.withMaxRetries(21));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withBaseDelay(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxDelay(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxRetryAfter(null));
    }

    @Test
    void aSleeperThatOnlySleepsDelaysOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        Thread[] sleptOn = new Thread[1];
        Sleeper recording = d -> sleptOn[0] = Thread.currentThread();
        assertTrue(recording.delay(Duration.ofSeconds(3)).isDone());
        assertSame(caller, sleptOn[0]);

        Sleeper interrupted = d -> {
            throw new InterruptedException("stop");
        };
        CompletableFuture<Void> f = interrupted.delay(Duration.ofSeconds(1));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller (and cleared here)");
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(1, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof InterruptedException);

        Sleeper broken = d -> {
            throw new IllegalStateException("broken");
        };
        assertTrue(broken.delay(Duration.ZERO).isCompletedExceptionally());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void theSystemSleeperEndsAZeroOrNegativeWait() throws Exception {
        Sleeper.SYSTEM.sleep(Duration.ZERO);
        Sleeper.SYSTEM.sleep(Duration.ofSeconds(-5));
        Sleeper.SYSTEM.delay(Duration.ZERO).get(10, TimeUnit.SECONDS);
        Sleeper.SYSTEM.delay(Duration.ofMillis(-5)).get(10, TimeUnit.SECONDS);
        assertEquals("Sleeper.SYSTEM", Sleeper.SYSTEM.toString());
    }
}
