package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The default identity api-version is the one of the spec document the stubs were generated from. */
class IdentityVersionsFromSpecTest {
    @Test
    void theDefaultIsTheVersionOfTheGeneratedDocument() {
        assertEquals(CommunicationIdentityOperations.SPEC_VERSION,
            CommunicationIdentityServiceVersion.latest().getVersion());
    }
}
