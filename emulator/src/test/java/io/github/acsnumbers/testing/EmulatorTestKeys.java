package io.github.acsnumbers.testing;

import java.util.Collection;
import java.util.List;

/**
 * The fixed keys and tokens of the emulator's tests, registered with {@link SecretGuard} before any test (listed in
 * {@code META-INF/services/io.github.acsnumbers.testing.TestSecrets}). An emulator started without a key makes a
 * random one; the shared {@code TestClient} registers the key of every emulator it signs for, and the few tests
 * that talk to an emulator another way register its key themselves. None of them is a real credential.
 */
public final class EmulatorTestKeys implements TestSecrets {
    /** base64 of "test-key". */
    public static final String TEST_KEY = "dGVzdC1rZXk=";
    /** base64 of "wrong-key": a client with it must be refused, and it must not be printed either. */
    public static final String WRONG_KEY = "d3Jvbmcta2V5";
    /** The bearer token the HMAC tests' emulator accepts. */
    public static final String BEARER_TOKEN = "good-token";
    /** The identity service tests' signing key (as text). */
    public static final String IDENTITY_SIGNING_KEY = "0123456789abcdef0123456789abcdef";

    @Override
    public Collection<String> secrets() {
        return List.of(TEST_KEY, WRONG_KEY, BEARER_TOKEN, IDENTITY_SIGNING_KEY);
    }
}
