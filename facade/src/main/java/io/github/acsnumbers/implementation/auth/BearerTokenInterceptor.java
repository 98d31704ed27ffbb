package io.github.acsnumbers.implementation.auth;

import io.github.acsnumbers.implementation.util.Validation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends {@code Authorization: Bearer <token>} for the Communication Services scope. The token is cached and
 * fetched again shortly before it expires (five minutes early by default), so one token serves many requests.
 */
public final class BearerTokenInterceptor implements Interceptor {
    /** The Entra ID scope of the Communication Services data plane (the double slash is the service's). */
    public static final String SCOPE = "https://communication.azure.com//.default";

    private final AccessTokenSource source;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Object lock = new Object();
    private volatile AccessTokenSource.Token cached;

    /**
     * @param source        where tokens come from
     * @param clock         the time source for expiry checks
     * @param refreshMargin how long before expiry a new token is fetched
     */
    public BearerTokenInterceptor(AccessTokenSource source, Clock clock, Duration refreshMargin) {
        this.source = Validation.requireNonNull(source, "source");
        this.clock = Validation.requireNonNull(clock, "clock");
        this.refreshMargin = Validation.requireNonNull(refreshMargin, "refreshMargin");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String token = currentToken();
        return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
    }

    private String currentToken() throws IOException {
        AccessTokenSource.Token token = cached;
        if (isFresh(token)) {
            return token.value();
        }
        synchronized (lock) {
            token = cached;
            if (!isFresh(token)) {
                try {
                    token = source.getToken(SCOPE);
                } catch (RuntimeException e) {
                    throw new IOException("Could not get an Entra ID token for " + SCOPE + ": "
                        + e.getClass().getSimpleName(), e);
                }
                cached = token;
            }
            return token.value();
        }
    }

    private boolean isFresh(AccessTokenSource.Token token) {
        if (token == null) {
            return false;
        }
        OffsetDateTime expiry = token.expiresAt();
        return expiry == null || clock.instant().plus(refreshMargin).isBefore(expiry.toInstant());
    }
}
