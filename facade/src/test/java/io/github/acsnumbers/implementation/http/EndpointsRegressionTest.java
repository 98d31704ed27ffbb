package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Inputs the fuzz suite (io.github.acsnumbers.fuzz) found echoed into Endpoints.parse messages. */
class EndpointsRegressionTest {
    @Test
    void aConnectionStringGivenAsEndpointDoesNotLeakTheKey() {
        String key = "c2VjcmV0LWtleS0xMjM0NTY3ODkw";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Endpoints.parse("endpoint=https://a.communication.azure.com/;accesskey=" + key));
        assertTrue(e.getMessage().contains("connection string"), e.getMessage());
        assertFalse(e.getMessage().contains(key.substring(0, 4)), e.getMessage());
    }

    @Test
    void invisibleCharactersAndHugeInputsAreNotEchoedAsIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Endpoints.parse("https://\ufeff\u0007x/"));
        assertTrue(e.getMessage().contains("\\uFEFF\\u0007"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Endpoints.parse("x".repeat(100_000)));
        assertTrue(e.getMessage().length() < 300, "the whole input was echoed");
    }
}
