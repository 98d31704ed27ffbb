package io.github.acsnumbers.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Proves that every test of this module runs under {@link SecretGuard}. */
class SecretGuardInstalledTest {
    @Test
    void theGuardWatchesThisModulesTests() {
        assertTrue(SecretGuard.isGuarding(), "SecretGuard is not installed for the spec-tools module's tests");
    }
}
