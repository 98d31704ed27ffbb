package io.github.acsnumbers.implementation.auth;

import io.github.acsnumbers.core.auth.KeyCredential;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Lets the signer read a {@link KeyCredential}'s decoded key without a public getter on the credential: the
 * credential registers its reader here once, when its class is initialised (which happens before any instance
 * exists, so the reader is always set when {@link #keyBytes(KeyCredential)} is called). Not part of the API.
 */
public final class KeyCredentialAccess {
    private static final AtomicReference<Function<KeyCredential, byte[]>> READER = new AtomicReference<>();

    private KeyCredentialAccess() {
    }

    /**
     * Registers the reader; only the first call counts.
     *
     * @param reader reads a credential's key bytes
     * @throws IllegalStateException if a reader is already registered
     */
    public static void setReader(Function<KeyCredential, byte[]> reader) {
        if (!READER.compareAndSet(null, reader)) {
            throw new IllegalStateException("The key reader is already registered.");
        }
    }

    /**
     * @param credential the credential
     * @return its decoded key bytes
     */
    public static byte[] keyBytes(KeyCredential credential) {
        return READER.get().apply(credential);
    }
}
