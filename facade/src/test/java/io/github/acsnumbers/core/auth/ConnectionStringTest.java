package io.github.acsnumbers.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.auth.KeyCredentialAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionStringTest {
    private static final String KEY = "c2VjcmV0LWtleS0xMjM0NTY3ODkw";

    @ParameterizedTest
    @ValueSource(strings = {
        "endpoint=https://contoso.communication.azure.com/;accesskey=" + KEY,
        "accesskey=" + KEY + ";endpoint=https://contoso.communication.azure.com/",
        "  Endpoint = https://contoso.communication.azure.com/ ; AccessKey=" + KEY + " ;",
        "ENDPOINT=https://contoso.communication.azure.com/;ACCESSKEY=" + KEY + ";;",
    })
    void parsesTolerantForms(String value) {
        ConnectionString cs = ConnectionString.parse(value);
        assertEquals("https://contoso.communication.azure.com/", cs.getEndpoint());
        assertEquals(new String(java.util.Base64.getDecoder().decode(KEY)),
            new String(KeyCredentialAccess.keyBytes(cs.getCredential())));
    }

    @Test
    void reportsEachProblemWithoutEchoingTheKey() {
        assertMessage("endpoint=https://a.communication.azure.com/", "no 'accesskey'");
        assertMessage("accesskey=" + KEY, "no 'endpoint'");
        assertMessage("endpoint=https://a/;endpoint=https://b/;accesskey=" + KEY, "'endpoint' more than once");
        assertMessage("endpoint=https://a/;accesskey=" + KEY + ";accesskey=" + KEY, "'accesskey' more than once");
        assertMessage("endpoint=https://a/;accesskey=" + KEY + ";sharedkey=x", "unknown part 'sharedkey'");
        assertMessage("endpoint=not a url;accesskey=" + KEY, "endpoint");
        assertMessage("endpoint=ftp://a/;accesskey=" + KEY, "http(s)");
        assertMessage("endpoint=https://a/;accesskey=%%%not-base64%%%", "not valid base64");
        assertMessage("endpoint=https://a/;" + KEY, "'name=value'");
        assertMessage("", "required");
    }

    /** An endpoint is a base URL: what follows the host (often a pasted key) is refused and never repeated. */
    @Test
    void anEndpointWithAPathQueryOrFragmentIsRefusedWithoutShowingIt() {
        String secretish = "cGF0aC1zZWdtZW50LXNlY3JldA";
        assertHidden("endpoint=http://127.0.0.1:7286/" + secretish + ";accesskey=" + KEY, secretish, "has a path");
        assertHidden("endpoint=http://127.0.0.1:7286/" + KEY + ";accesskey=" + KEY, KEY, "access key");
        assertHidden("endpoint=https://a.communication.azure.com/?k=" + secretish + ";accesskey=" + KEY, secretish,
            "query");
        assertHidden("endpoint=https://a.communication.azure.com/#" + secretish + ";accesskey=" + KEY, secretish,
            "fragment");
        assertHidden("endpoint=https://" + secretish + "@a.communication.azure.com/;accesskey=" + KEY, secretish,
            "user information");
        assertHidden("endpoint=https://" + "a".repeat(64) + ".com/;accesskey=" + KEY, "a".repeat(64), "longer");
    }

    @Test
    void aQuotedConnectionStringIsNamedAsSuch() {
        for (String q : new String[] {"\"", "'"}) {
            assertHidden(q + "endpoint=https://a.communication.azure.com/;accesskey=" + KEY + q, KEY, "quotes");
            assertHidden("endpoint=" + q + "https://a.communication.azure.com/" + q + ";accesskey=" + KEY, KEY,
                "quotes");
            assertHidden("endpoint=https://a.communication.azure.com/;accesskey=" + q + KEY + q, KEY, "quotes");
        }
    }

    /** Inputs the fuzz suite (io.github.acsnumbers.fuzz) found echoing the key or the whole input. */
    @Test
    void regressionsFoundByFuzzing() {
        String padded = "c2VjcmV0LWtleS0xMjM0NTY3ODkwMTI=";
        // values swapped: the endpoint slot holds the key
        assertHidden("endpoint=" + KEY + ";accesskey=https://a.communication.azure.com/", KEY, "endpoint");
        // ';' forgotten: the key is glued to the endpoint
        assertHidden("endpoint=https://a.communication.azure.com/" + KEY + "%;accesskey=" + KEY, KEY, "endpoint");
        // key pasted without its name: reads as name "<key>" with value "="
        assertHidden("endpoint=https://a.communication.azure.com/;" + padded, padded.replace("=", ""),
            "'name=value'");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ConnectionString.parse("x".repeat(100_000) + "=1;endpoint=https://a/;accesskey=" + KEY));
        assertTrue(e.getMessage().length() < 300, "the whole input was echoed");
    }

    private static void assertHidden(String input, String secret, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse(input));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(
            secret.toLowerCase(java.util.Locale.ROOT)), "the key leaked: " + e.getMessage());
        assertTrue(e.getCause() == null, "a cause may repeat the input");
    }

    private static void assertMessage(String input, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse(input));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), "the key leaked: " + e.getMessage());
        assertFalse(e.getMessage().contains("not-base64"), "the key leaked: " + e.getMessage());
    }

    @Test
    void toStringHidesTheKey() {
        ConnectionString cs = ConnectionString.parse("endpoint=https://a.communication.azure.com/;accesskey=" + KEY);
        assertFalse(cs.toString().contains(KEY));
        assertFalse(cs.getCredential().toString().contains(KEY));
        assertTrue(cs.toString().contains("a.communication.azure.com"));
    }
}
