package io.github.acsnumbers.emulator.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The stand-in for a Microsoft Entra ID access token of a Teams user, which the emulator cannot get or check
 * offline. Shape (plain text, no signature):
 *
 * <pre>
 * emulator-teams:&lt;appId&gt;:&lt;userId&gt;[:&lt;tenantId&gt;[:&lt;expiresEpochSeconds&gt;]]
 * </pre>
 *
 * {@code appId} is the Entra application (client) id the token was issued to (the real token's {@code appid} claim),
 * {@code userId} the user's object id ({@code oid} claim), {@code tenantId} the tenant ({@code tid} claim, default
 * {@link #DEFAULT_TENANT_ID}) and {@code expiresEpochSeconds} the expiry ({@code exp} claim; without it the token
 * expires {@value #DEFAULT_LIFETIME_MINUTES} minutes after the exchange). The three ids must be GUIDs; anything else
 * is answered as an invalid token (401).
 *
 * @param appId     Entra application (client) id
 * @param userId    Entra object id of the user
 * @param tenantId  Entra tenant id
 * @param expiresAt expiry, or {@code null} for "now + {@value #DEFAULT_LIFETIME_MINUTES} minutes"
 */
public record TeamsTestToken(String appId, String userId, String tenantId, Instant expiresAt) {

    /** Prefix of every Teams test token. */
    public static final String PREFIX = "emulator-teams:";
    /** Tenant assumed when a test token names none. */
    public static final String DEFAULT_TENANT_ID = "00000000-0000-0000-0000-0000000a11ce";
    /** Lifetime of the exchanged token when the test token carries no expiry. */
    public static final int DEFAULT_LIFETIME_MINUTES = 60;

    /**
     * Checks that the ids are GUIDs.
     *
     * @param appId     Entra application (client) id
     * @param userId    Entra object id of the user
     * @param tenantId  Entra tenant id
     * @param expiresAt expiry, or {@code null}
     */
    public TeamsTestToken {
        if (!isGuid(appId) || !isGuid(userId) || !isGuid(tenantId)) {
            throw new IllegalArgumentException("appId, userId and tenantId must be GUIDs");
        }
    }

    /**
     * A token in the default tenant without expiry.
     *
     * @param appId  Entra application (client) id, a GUID
     * @param userId Entra object id of the user, a GUID
     * @return the token text
     */
    public static String of(String appId, String userId) {
        return new TeamsTestToken(appId, userId, DEFAULT_TENANT_ID, null).text();
    }

    /**
     * The token text in the documented shape.
     *
     * @return text to send where the real Entra token would go
     */
    public String text() {
        String text = PREFIX + appId + ":" + userId + ":" + tenantId;
        return expiresAt == null ? text : text + ":" + expiresAt.getEpochSecond();
    }

    /** Never shows the token text. */
    @Override
    public String toString() {
        return "TeamsTestToken[appId=" + appId + ", userId=" + userId + ", tenantId=" + tenantId + "]";
    }

    /**
     * Reads a token text.
     *
     * @param text the text, possibly {@code null}
     * @return the token, or empty when the text is not in the documented shape
     */
    public static Optional<TeamsTestToken> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split(":", -1);
        if (parts.length < 2 || parts.length > 4) {
            return Optional.empty();
        }
        String tenant = parts.length >= 3 ? parts[2] : DEFAULT_TENANT_ID;
        Instant expires = null;
        if (parts.length == 4) {
            try {
                expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if (!isGuid(parts[0]) || !isGuid(parts[1]) || !isGuid(tenant)) {
            return Optional.empty();
        }
        return Optional.of(new TeamsTestToken(parts[0], parts[1], tenant, expires));
    }

    static boolean isGuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
