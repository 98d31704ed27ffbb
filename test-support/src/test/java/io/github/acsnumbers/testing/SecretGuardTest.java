package io.github.acsnumbers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretGuardTest {
    @Test
    void recognisesEveryKindOfSecret() {
        SecretGuard.register("registered-secret-value");
        assertEquals(1, SecretGuard.findSecrets("x registered-secret-value y").size());
        assertEquals(1, SecretGuard.findSecrets("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256"
            + "&Signature=d1ydf29NopBKkwescSSmdVkdermdW/W5r/KMIXAxE+U=").size());
        assertEquals(1, SecretGuard.findSecrets("Authorization: Bearer abcdefghijklmnopqrstuvwxyz").size());
        assertEquals(1, SecretGuard.findSecrets("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4OmFjcyJ9.c2lnbmF0dXJlLXg").size());
        assertEquals(1, SecretGuard.findSecrets("endpoint=http://127.0.0.1:1/;accesskey=c2VjcmV0LWtleS0xMjM0NTY3ODkw").size());
        assertTrue(SecretGuard.findSecrets("GET /phoneNumbers?api-version=2025-06-01 -> 200").isEmpty());
    }
}
