package io.github.acsnumbers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every key and token the emulator's tests use is registered with SecretGuard before any test runs: the shared ones
 * in {@link EmulatorTestKeys}, and no key-like literal anywhere in this module's test sources is missing from it.
 */
class TestKeysCoverTheSourcesTest {
    @Test
    void theSharedKeysAreRegistered() {
        for (String secret : new EmulatorTestKeys().secrets()) {
            assertTrue(SecretGuard.isRegistered(secret), "not registered: a key of " + secret.length() + " chars");
        }
    }

    @Test
    void everyKeyLikeLiteralInTheTestSourcesIsRegistered() {
        Path sources = Path.of("src/test/java"); // surefire runs in the module directory
        assertTrue(Files.isDirectory(sources), "run from the emulator module directory");
        List<String> unregistered = KeyLiterals.unregistered(sources);
        assertEquals(List.of(), unregistered, "add these to EmulatorTestKeys (or use one of its keys)");
    }
}
