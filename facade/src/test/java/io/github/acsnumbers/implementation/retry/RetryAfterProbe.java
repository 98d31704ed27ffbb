package io.github.acsnumbers.implementation.retry;

import io.github.acsnumbers.core.retry.RetryOptions;

import java.time.Clock;
import java.time.Duration;
import okhttp3.Response;

/** Test-only bridge to {@link RetryPolicy}'s Retry-After reading, for the fuzz package. */
public final class RetryAfterProbe {
    private RetryAfterProbe() {
    }

    /**
     * @param clock    the policy's clock (for HTTP-date values)
     * @param response a response carrying Retry-After headers
     * @return what the retry loop reads from them
     */
    public static Duration retryAfter(Clock clock, Response response) {
        return new RetryPolicy(RetryOptions.defaults(), clock).retryAfter(response.headers());
    }
}
