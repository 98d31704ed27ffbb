package io.github.acsnumbers.core.auth;

import io.github.acsnumbers.implementation.auth.KeyCredentialAccess;
import java.util.Base64;
import java.util.Objects;

/**
 * The access key of a Communication Services resource, used to sign requests with HMAC-SHA256.
 *
 * <p>The key is a secret: {@link #toString()} never shows it, and it is kept only as the decoded bytes. The key can
 * be rotated in place with {@link #update(String)}; requests signed afterwards use the new key.
 */
public final class KeyCredential {
    static {
        KeyCredentialAccess.setReader(KeyCredential::keyBytes);
    }

    private volatile byte[] key;

    /**
     * @param base64Key the access key exactly as the Azure portal shows it (base64)
     * @throws IllegalArgumentException if it is null, blank or not base64
     */
    public KeyCredential(String base64Key) {
        this.key = decode(base64Key);
    }

    /**
     * Replaces the key (key rotation).
     *
     * @param base64Key the new access key (base64)
     * @return this credential
     */
    public KeyCredential update(String base64Key) {
        this.key = decode(base64Key);
        return this;
    }

    /** The decoded key bytes; private so that only the signer reads them (through the SDK's internal accessor). */
    private byte[] keyBytes() {
        return key;
    }

    static byte[] decode(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("The access key is required and must not be blank.");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
            if (bytes.length == 0) {
                throw new IllegalArgumentException("The access key must not be empty.");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("The access key")) {
                throw e;
            }
            // never echo the key: the message only says what is wrong with it
            throw new IllegalArgumentException("The access key is not valid base64 (copy it again from the Azure "
                + "portal: Keys blade of the Communication Services resource).");
        }
    }

    @Override
    public String toString() {
        return "KeyCredential{key=***}";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(System.identityHashCode(this));
    }
}
