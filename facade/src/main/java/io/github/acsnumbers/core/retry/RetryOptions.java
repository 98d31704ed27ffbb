package io.github.acsnumbers.core.retry;

import io.github.acsnumbers.implementation.util.Validation;
import java.time.Duration;

/**
 * Retry settings: exponential backoff with jitter on 408, 429, 500, 502, 503, 504 and connection failures,
 * honouring the service's {@code Retry-After}, {@code retry-after-ms} and {@code x-ms-retry-after-ms}.
 *
 * <p>Immutable; the {@code with...} methods return a copy. Defaults: 3 retries, 0.8 s base delay, 60 s maximum
 * delay, server-requested waits honoured up to 5 minutes.
 */
public final class RetryOptions {
    private static final RetryOptions DEFAULT =
        new RetryOptions(3, Duration.ofMillis(800), Duration.ofSeconds(60), Duration.ofMinutes(5), 0.2);

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final double jitter;

    private RetryOptions(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, double jitter) {
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.maxRetryAfter = maxRetryAfter;
        this.jitter = jitter;
    }

    /** @return the default settings */
    public static RetryOptions defaults() {
        return DEFAULT;
    }

    /** @return settings that never retry */
    public static RetryOptions none() {
        return DEFAULT.withMaxRetries(0);
    }

    /**
     * @param maxRetries retries after the first attempt (0–20)
     * @return a copy with that count
     */
    public RetryOptions withMaxRetries(int maxRetries) {
        Validation.requireRange(maxRetries, 0, 20, "maxRetries");
        return new RetryOptions(maxRetries, baseDelay, maxDelay, maxRetryAfter, jitter);
    }

    /**
     * @param baseDelay the first backoff delay; each later one doubles
     * @return a copy
     */
    public RetryOptions withBaseDelay(Duration baseDelay) {
        return new RetryOptions(maxRetries, Validation.requirePositive(baseDelay, "baseDelay"), maxDelay, maxRetryAfter,
            jitter);
    }

    /**
     * @param maxDelay the largest backoff delay
     * @return a copy
     */
    public RetryOptions withMaxDelay(Duration maxDelay) {
        return new RetryOptions(maxRetries, baseDelay, Validation.requirePositive(maxDelay, "maxDelay"), maxRetryAfter,
            jitter);
    }

    /**
     * @param maxRetryAfter the longest server-requested wait that is honoured; a longer one ends the retries
     * @return a copy
     */
    public RetryOptions withMaxRetryAfter(Duration maxRetryAfter) {
        return new RetryOptions(maxRetries, baseDelay, maxDelay,
            Validation.requirePositive(maxRetryAfter, "maxRetryAfter"), jitter);
    }

    /**
     * @param jitter share of random spread added to or taken from each backoff delay (0 = none, at most 1)
     * @return a copy
     */
    public RetryOptions withJitter(double jitter) {
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("'jitter' must be between 0 and 1, but was " + jitter + ".");
        }
        return new RetryOptions(maxRetries, baseDelay, maxDelay, maxRetryAfter, jitter);
    }

    /** @return retries after the first attempt */
    public int getMaxRetries() {
        return maxRetries;
    }

    /** @return the first backoff delay */
    public Duration getBaseDelay() {
        return baseDelay;
    }

    /** @return the largest backoff delay */
    public Duration getMaxDelay() {
        return maxDelay;
    }

    /** @return the longest honoured server-requested wait */
    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return the jitter share */
    public double getJitter() {
        return jitter;
    }

    @Override
    public String toString() {
        return "RetryOptions{maxRetries=" + maxRetries + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
            + ", maxRetryAfter=" + maxRetryAfter + ", jitter=" + jitter + "}";
    }
}
