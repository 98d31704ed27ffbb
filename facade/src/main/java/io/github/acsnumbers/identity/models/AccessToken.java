package io.github.acsnumbers.identity.models;

import io.github.acsnumbers.implementation.util.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A Communication Services access token and the moment it stops being valid.
 *
 * <p>The token is a credential: whoever holds it acts as the user. {@link #toString()} therefore shows only the
 * expiry, {@link #hashCode()} is computed from the expiry alone, and {@link #equals(Object)} compares tokens in
 * constant time. Read the value with {@link #getToken()} only to hand it to the chat or calling SDK.
 */
public final class AccessToken {
    private final String token;
    private final OffsetDateTime expiresAt;

    /**
     * @param token     the token text
     * @param expiresAt when it expires
     * @throws IllegalArgumentException if either is null or the token is blank
     */
    AccessToken(String token, OffsetDateTime expiresAt) {
        Validation.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("'token' must not be blank.");
        }
        this.token = token;
        this.expiresAt = Validation.requireNonNull(expiresAt, "expiresAt");
    }

    /** @return the token text, a secret: never log or print it */
    public String getToken() {
        return token;
    }

    /** @return when the token stops being valid */
    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    /**
     * Tells whether the token should be replaced, for refresh logic that runs on an injected clock.
     *
     * @param now    the current time
     * @param margin how long before the expiry a token already counts as expired (zero for none)
     * @return true when {@code now + margin} is at or after the expiry
     */
    public boolean isExpiredAt(Instant now, Duration margin) {
        Validation.requireNonNull(now, "now");
        Validation.requireNonNull(margin, "margin");
        if (margin.isNegative()) {
            throw new IllegalArgumentException("'margin' must not be negative, but was " + margin + ".");
        }
        return !now.plus(margin).isBefore(expiresAt.toInstant());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AccessToken)) {
            return false;
        }
        AccessToken other = (AccessToken) o;
        // constant time, so that comparing with a guessed value reveals nothing about the token
        return expiresAt.equals(other.expiresAt) && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), other.token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        // from the expiry only: a hash of the token would be derived from the secret
        return expiresAt.hashCode();
    }

    /** @return the expiry only; the token text is never part of it */
    @Override
    public String toString() {
        return "AccessToken{expiresAt=" + expiresAt + ", token=<redacted>}";
    }
}
