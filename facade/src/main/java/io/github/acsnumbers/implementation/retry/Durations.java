package io.github.acsnumbers.implementation.retry;

import java.time.Duration;

/** Overflow-free arithmetic on the durations the service and the user hand the SDK. */
public final class Durations {
    /** Longer than any wait the SDK makes; larger values are clamped to it (about 292 years fits in nanos). */
    public static final Duration FOREVER = Duration.ofDays(365L * 100);

    private Durations() {
    }

    /**
     * @param d a duration, possibly huge or negative; null reads as zero
     * @return d clamped to [0, {@link #FOREVER}]
     */
    public static Duration clamp(Duration d) {
        if (d == null || d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(FOREVER) > 0 ? FOREVER : d;
    }

    /**
     * @param d a duration
     * @return its nanoseconds, saturated instead of overflowing
     */
    public static long nanos(Duration d) {
        return clamp(d).toNanos();
    }

    /**
     * @param d a duration
     * @return a short human form: "7 s", "250 ms"
     */
    public static String describe(Duration d) {
        Duration c = d == null || d.isNegative() ? Duration.ZERO : d;
        return c.getNano() % 1_000_000_000 == 0 || c.toSeconds() >= 1_000_000 ? c.toSeconds() + " s"
            : c.toMillis() + " ms";
    }
}
