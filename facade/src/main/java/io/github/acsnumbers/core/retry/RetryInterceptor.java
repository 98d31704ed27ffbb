package io.github.acsnumbers.core.retry;

import io.github.acsnumbers.core.util.Validation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries transient failures with exponential backoff and jitter. Placed before the signing interceptor, so every
 * attempt is signed again with a fresh date. Waits that the server asks for are honoured; each retry is logged at
 * INFO with its reason and wait, so a long wait never looks like a hang.
 */
public final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.retry");
    private static final Set<Integer> RETRIABLE = Set.of(408, 429, 500, 502, 503, 504);
    /** Statuses that show the request was not applied, so even an unsafe POST may be repeated. */
    private static final Set<Integer> NOT_APPLIED = Set.of(408, 429, 503);

    private final RetryOptions options;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param options retry settings
     * @param sleeper how to wait
     * @param clock   time source (for HTTP-date Retry-After values)
     */
    public RetryInterceptor(RetryOptions options, Sleeper sleeper, Clock clock) {
        this.options = Validation.requireNonNull(options, "options");
        this.sleeper = Validation.requireNonNull(sleeper, "sleeper");
        this.clock = Validation.requireNonNull(clock, "clock");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        ReplaySafety safety = request.tag(ReplaySafety.class);
        if (safety == null) {
            safety = ReplaySafety.forMethod(request.method());
        }
        int attempt = 0;
        while (true) {
            attempt++;
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (chain.call().isCanceled() || attempt > options.getMaxRetries()
                    || !(safety == ReplaySafety.SAFE || notSent(e))) {
                    throw e;
                }
                Duration wait = backoff(attempt);
                log(request, attempt, "connection failure (" + e.getClass().getSimpleName() + ")", wait);
                pause(wait);
                continue;
            }
            int code = response.code();
            boolean retriable = RETRIABLE.contains(code) && (safety == ReplaySafety.SAFE || NOT_APPLIED.contains(code));
            if (!retriable || attempt > options.getMaxRetries()) {
                return response;
            }
            Duration requested = retryAfter(response);
            if (requested != null && requested.compareTo(options.getMaxRetryAfter()) > 0) {
                LOG.info("Not retrying {} {}: the service asks to wait {} s, longer than the configured maximum {} s",
                    request.method(), request.url().encodedPath(), requested.toSeconds(),
                    options.getMaxRetryAfter().toSeconds());
                return response;
            }
            Duration wait = requested != null ? requested : backoff(attempt);
            String reason = (code == 429 ? "throttled (429)" : "status " + code)
                + (requested != null ? ", Retry-After " + describe(requested) : "");
            response.close();
            log(request, attempt, reason, wait);
            pause(wait);
        }
    }

    private void log(Request request, int attempt, String reason, Duration wait) {
        LOG.info("Retrying {} {} in {} (retry {} of {}): {}", request.method(), request.url().encodedPath(),
            describe(wait), attempt, options.getMaxRetries(), reason);
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
    }

    /** Connection errors raised before any byte of the request could reach the server. */
    private static boolean notSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
    }

    /** Exponential backoff: base * 2^(attempt-1), capped, spread by the jitter share. */
    Duration backoff(int attempt) {
        double millis = options.getBaseDelay().toMillis() * Math.pow(2, Math.min(attempt - 1, 30));
        millis = Math.min(millis, options.getMaxDelay().toMillis());
        double jitter = options.getJitter();
        if (jitter > 0) {
            millis = millis * (1 - jitter + 2 * jitter * ThreadLocalRandom.current().nextDouble());
        }
        return Duration.ofMillis((long) millis);
    }

    /**
     * The wait the server asked for, from {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After}
     * (seconds or an HTTP date); {@code null} when none is given or readable.
     */
    Duration retryAfter(Response response) {
        for (String name : new String[] {"retry-after-ms", "x-ms-retry-after-ms"}) {
            String value = response.header(name);
            if (value != null) {
                try {
                    return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(value.trim())));
                } catch (NumberFormatException ignored) {
                    // fall through to the next header
                }
            }
        }
        Duration d = RetryAfter.parse(response.header("Retry-After"), clock);
        return d == null || !d.isNegative() ? d : Duration.ZERO;
    }
}
