package io.github.acsnumbers.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Every access key and token the facade's tests use, in one place. {@link SecretGuard} registers them all before
 * the first test (this class is listed in {@code META-INF/services/io.github.acsnumbers.testing.TestSecrets}), so
 * a test that prints, logs or throws one of them fails, whether it names the constant or repeats its value.
 * {@code TestKeysCoverTheSourcesTest} fails when a test source holds a key-like literal that is not listed here.
 * None of them is a real credential.
 */
public final class FacadeTestKeys implements TestSecrets {
    /** base64 of "test-key" (the key of the HMAC test vectors). */
    public static final String TEST_KEY = "dGVzdC1rZXk=";
    /** base64 of "secret-key-for-tests". */
    public static final String KEY_FOR_TESTS = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";
    /** base64 of "secret-key-for-tests-only". */
    public static final String KEY_FOR_TESTS_ONLY = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==";
    /** base64 of "secret-key-1234567890" (no padding). */
    public static final String NUMBERED_KEY = "c2VjcmV0LWtleS0xMjM0NTY3ODkw";
    /** base64 of "secret-key-123456789012" (padded). */
    public static final String PADDED_NUMBERED_KEY = "c2VjcmV0LWtleS0xMjM0NTY3ODkwMTI=";
    /** base64 of "path-segment-secret": a key-like endpoint path the connection-string tests must not echo. */
    public static final String PATH_SEGMENT_SECRET = "cGF0aC1zZWdtZW50LXNlY3JldA";
    /** base64 of "test-key-for-pipeline" (the core pipeline tests' key). */
    public static final String PIPELINE_KEY = Base64.getEncoder()
        .encodeToString("test-key-for-pipeline".getBytes(StandardCharsets.UTF_8));
    /** An ACS access token (looks like a JWT, so a leak is obvious). */
    public static final String ACS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOnRlc3QifQ.SECRET-ACS-TOKEN-42";
    /** A Microsoft Entra token of a Teams user. */
    public static final String ENTRA_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJvaWQiOiJ0ZWFtcyJ9.SECRET-ENTRA-TOKEN-17";
    /** The token of the identity model tests. */
    public static final String MODEL_TOKEN = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.MODEL-TEST-SECRET";
    /** The bearer token whose toString is checked. */
    public static final String BEARER_TOKEN = "secret-token";
    /** Keys of the connection-string and key-credential edge tests (mutation suite). */
    public static final String EDGES_KEY = "dGVzdC1rZXktZm9yLWVkZ2Vz";
    /** @see #EDGES_KEY */
    public static final String IDENTITY_KEY = "dGVzdC1rZXktZm9yLWlkZW50aXR5";
    /** @see #EDGES_KEY */
    public static final String OTHER_KEY = "b3RoZXIta2V5";

    @Override
    public Collection<String> secrets() {
        return List.of(TEST_KEY, KEY_FOR_TESTS, KEY_FOR_TESTS_ONLY, NUMBERED_KEY, PADDED_NUMBERED_KEY,
            PATH_SEGMENT_SECRET, PIPELINE_KEY, ACS_TOKEN, ENTRA_TOKEN, MODEL_TOKEN, BEARER_TOKEN,
            EDGES_KEY, IDENTITY_KEY, OTHER_KEY);
    }
}
