package io.github.acsnumbers.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every key and token the emulator's tests use is registered with SecretGuard before any test runs: the shared ones
 * in {@link EmulatorTestKeys}, and no key-like literal anywhere in this module's test sources is missing from it.
 */
class TestKeysCoverTheSourcesTest {
    @Test
    void theSharedKeysAreRegistered() {
        KeyLiterals.assertListedKeysRegistered(new EmulatorTestKeys());
    }

    @Test
    void everyKeyLikeLiteralInTheTestSourcesIsRegistered() {
        // surefire runs in the module directory
        KeyLiterals.assertSourcesCovered(new EmulatorTestKeys(), Path.of("src/test/java"));
    }
}
