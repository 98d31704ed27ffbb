package io.github.acsnumbers.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The connection string's checks at their limits: each refusal names the right problem at the first value past it. */
class ConnectionStringEdgesTest {
    private static final String KEY = "dGVzdC1rZXktZm9yLWVkZ2Vz";

    private static String refusal(String input) {
        return assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse(input)).getMessage();
    }

    @Test
    void anEightCharacterKeyInsideTheEndpointIsNoticed() {
        String message = refusal("endpoint=https://abcdefgh.communication.azure.com/;accesskey=abcdefgh");
        assertTrue(message.contains("it contains the access key"), message);
        assertTrue(!message.contains("abcdefgh"), message);
        // a seven-character key is too short to tell apart from an ordinary word of the host name
        ConnectionString cs = ConnectionString.parse("endpoint=https://abcdefg.communication.azure.com/;accesskey=abcdefg");
        assertEquals("https://abcdefg.communication.azure.com/", cs.getEndpoint());
    }

    @Test
    void aHostOf253CharactersIsAcceptedAnd254AreNot() {
        String label = "a".repeat(63);
        String host253 = label + "." + label + "." + label + "." + "b".repeat(61);
        assertEquals(253, host253.length());
        ConnectionString cs = ConnectionString.parse("endpoint=https://" + host253 + "/;accesskey=" + KEY);
        assertEquals("https://" + host253 + "/", cs.getEndpoint());
        String message = refusal("endpoint=https://" + host253 + "b/;accesskey=" + KEY);
        assertTrue(message.contains("longer than DNS allows"), message);
    }

    @Test
    void aPartStartingWithEqualsHasNoName() {
        assertEquals("The connection string has a part without 'name=value' form; expected "
            + "'endpoint=https://...;accesskey=...'.", refusal("=value;endpoint=https://a.communication.azure.com/;"
            + "accesskey=" + KEY));
    }

    @Test
    void aThirtyTwoCharacterNameIsShownAndALongerOneIsOnlyCounted() {
        String name32 = "n".repeat(32);
        assertEquals("The connection string has an unknown part '" + name32 + "'; only 'endpoint' and 'accesskey' "
            + "are allowed.", refusal(name32 + "=1;endpoint=https://a.communication.azure.com/;accesskey=" + KEY));
        assertEquals("The connection string has an unknown part (a name of 33 characters); only 'endpoint' and "
            + "'accesskey' are allowed.", refusal("n".repeat(33) + "=1;endpoint=https://a.communication.azure.com/;"
            + "accesskey=" + KEY));
    }

    @Test
    void aLoneQuoteIsReadAsQuoting() {
        for (String quote : new String[] {"\"", "'"}) {
            String message = refusal(quote);
            assertTrue(message.startsWith("The connection string is wrapped in quotes"), message);
        }
        String message = refusal("endpoint=https://a.communication.azure.com/;accesskey=" + KEY + "'");
        assertTrue(message.contains("quotes"), message);
    }
}
