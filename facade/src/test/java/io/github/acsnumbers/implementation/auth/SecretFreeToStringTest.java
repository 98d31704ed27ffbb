package io.github.acsnumbers.implementation.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Values that carry a secret describe themselves with the secret masked, and still say what they are. */
class SecretFreeToStringTest {

    @Test
    void signedHeadersShowHostAndDateButNotTheSignature() {
        HmacSigner.SignedHeaders h = new HmacSigner.SignedHeaders("contoso.communication.azure.com",
            "Tue, 01 Dec 2026 10:00:00 GMT", HmacSigner.EMPTY_CONTENT_HASH, "HMAC-SHA256 SignedHeaders=x&Signature=s");
        assertEquals("SignedHeaders{host=contoso.communication.azure.com, date=Tue, 01 Dec 2026 10:00:00 GMT, "
            + "authorization=***}", h.toString());
    }

    @Test
    void aTokenShowsItsExpiryButNotItsValue() {
        OffsetDateTime expiry = OffsetDateTime.of(2026, 12, 1, 11, 0, 0, 0, ZoneOffset.UTC);
        assertEquals("Token{value=***, expiresAt=2026-12-01T11:00Z}",
            new AccessTokenSource.Token("eyJsecret", expiry).toString());
    }
}
