package io.github.acsnumbers.implementation.retry;

import io.github.acsnumbers.core.retry.RetryOptions;

import io.github.acsnumbers.implementation.util.Validation;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;

/**
 * The retry rules, free of any I/O: which answers and failures are retried, how long to wait, and what the
 * service's {@code Retry-After} headers ask for. The call exchange applies them between attempts.
 */
public final class RetryPolicy {
    private static final Set<Integer> RETRIABLE = Set.of(408, 429, 500, 502, 503, 504);
    /** Statuses that show the request was not applied, so even an unsafe POST may be repeated. */
    private static final Set<Integer> NOT_APPLIED = Set.of(408, 429, 503);

    private final RetryOptions options;
    private final Clock clock;

    /**
     * @param options retry settings
     * @param clock   time source (for HTTP-date Retry-After values)
     */
    public RetryPolicy(RetryOptions options, Clock clock) {
        this.options = Validation.requireNonNull(options, "options");
        this.clock = Validation.requireNonNull(clock, "clock");
    }

    /** @return the settings */
    public RetryOptions options() {
        return options;
    }

    /**
     * @param status  the answer's status
     * @param safety  whether the request may be replayed
     * @return true when the answer may be retried (retries left permitting)
     */
    public boolean retriable(int status, ReplaySafety safety) {
        return RETRIABLE.contains(status) && (safety == ReplaySafety.SAFE || NOT_APPLIED.contains(status));
    }

    /**
     * @param e      an I/O failure of an attempt
     * @param safety whether the request may be replayed
     * @return true when the failure may be retried: always for safe requests, and for others only when no byte
     *         of the request can have reached the server
     */
    public boolean retriable(IOException e, ReplaySafety safety) {
        return safety == ReplaySafety.SAFE || e instanceof ConnectException || e instanceof UnknownHostException
            || e instanceof NoRouteToHostException;
    }

    /**
     * Exponential backoff: base * 2^(retry-1), capped, spread by the jitter share.
     *
     * @param retry the retry's number, from 1
     * @return the wait
     */
    public Duration backoff(int retry) {
        double millis = options.getBaseDelay().toMillis() * Math.pow(2, Math.min(Math.max(retry, 1) - 1, 30));
        millis = Math.min(millis, options.getMaxDelay().toMillis());
        double jitter = options.getJitter();
        if (jitter > 0) {
            millis = millis * (1 - jitter + 2 * jitter * ThreadLocalRandom.current().nextDouble());
        }
        return Duration.ofMillis((long) millis);
    }

    /**
     * The wait the server asked for, from {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After}
     * (seconds or an HTTP date), never negative and never overflowing (compare it, or {@link Durations#clamp} it,
     * before arithmetic); null when none is given or readable.
     *
     * @param headers the answer's headers
     * @return the wait, or null
     */
    public Duration retryAfter(Headers headers) {
        for (String name : new String[] {"retry-after-ms", "x-ms-retry-after-ms"}) {
            String value = headers.get(name);
            if (value != null) {
                try {
                    double ms = Double.parseDouble(value.trim());
                    if (Double.isNaN(ms)) {
                        continue;
                    }
                    double max = Durations.FOREVER.toMillis();
                    return Duration.ofMillis((long) Math.max(0, Math.min(ms, max)));
                } catch (NumberFormatException ignored) {
                    // fall through to the next header
                }
            }
        }
        Duration d = RetryAfter.parse(headers.get("Retry-After"), clock);
        return d == null || !d.isNegative() ? d : Duration.ZERO;
    }
}
