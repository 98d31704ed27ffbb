package io.github.acsnumbers.implementation.auth;

import java.time.OffsetDateTime;

/**
 * Where bearer tokens come from. The SDK adapts an azure-core {@code TokenCredential} to this, so that the rest of
 * the SDK never needs azure-core on the class path.
 */
@FunctionalInterface
public interface AccessTokenSource {
    /** A bearer token and its expiry; {@link #toString()} hides the token. */
    record Token(String value, OffsetDateTime expiresAt) {
        @Override
        public String toString() {
            return "Token{value=***, expiresAt=" + expiresAt + "}";
        }
    }

    /**
     * Fetches a token for a scope.
     *
     * @param scope e.g. {@code https://communication.azure.com//.default}
     * @return the token
     */
    Token getToken(String scope);
}
