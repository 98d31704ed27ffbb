package io.github.acsnumbers.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A credential is equal only to itself (never compared by key), and refuses keys that are not base64. */
class KeyCredentialIdentityTest {
    private static final String KEY = "dGVzdC1rZXktZm9yLWlkZW50aXR5";

    @Test
    void aCredentialEqualsItselfOnly() {
        KeyCredential a = new KeyCredential(KEY);
        KeyCredential b = new KeyCredential(KEY);
        assertEquals(a, a);
        assertNotEquals(a, b, "two credentials with the same key are still two credentials");
        assertNotEquals(a, null);
        assertEquals(a.hashCode(), a.hashCode());
        assertSame(a, a.update("b3RoZXIta2V5"));
        assertEquals("KeyCredential{key=***}", a.toString());
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
        for (String bad : new String[] {"=", "A", "not base64!", "AB=C"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KeyCredential(bad));
            assertEquals("The access key is not valid base64 (copy it again from the Azure portal: Keys blade of the "
                + "Communication Services resource).", e.getMessage());
        }
        // trim() also drops control characters that isBlank() keeps: nothing is left to decode
        assertEquals("The access key must not be empty.",
            assertThrows(IllegalArgumentException.class, () -> new KeyCredential("\u0003")).getMessage());
        assertEquals("The access key is required and must not be blank.",
            assertThrows(IllegalArgumentException.class, () -> new KeyCredential(" ")).getMessage());
    }
}
