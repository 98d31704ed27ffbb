package io.github.acsnumbers.core.retry;

import java.time.Clock;
import java.time.Duration;
import okhttp3.Response;

/** Test-only bridge to {@link RetryInterceptor}'s package-private Retry-After parsing, for the fuzz package. */
public final class RetryAfterProbe {
    private RetryAfterProbe() {
    }

    /**
     * @param clock    the interceptor's clock (for HTTP-date values)
     * @param response a response carrying Retry-After headers
     * @return what the interceptor reads from them
     */
    public static Duration retryAfter(Clock clock, Response response) {
        return new RetryInterceptor(RetryOptions.defaults(), d -> { }, clock).retryAfter(response);
    }
}
