package io.github.acsnumbers.testing;

import java.util.Collection;

/**
 * A module's shared test keys and tokens. A module lists its implementation in
 * {@code META-INF/services/io.github.acsnumbers.testing.TestSecrets} (test resources); {@link SecretGuard} registers
 * every secret it returns before the first test runs, so a test that uses one of them needs no registration code.
 */
public interface TestSecrets {
    /** @return the secrets: keys (base64 text), tokens, anything that must never be printed or logged */
    Collection<String> secrets();
}
