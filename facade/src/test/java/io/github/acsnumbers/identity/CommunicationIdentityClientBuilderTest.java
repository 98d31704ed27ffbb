package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The identity builder is the shared builder: same endpoint, credential and pipeline settings. */
class CommunicationIdentityClientBuilderTest extends IdentityFixtures {
    @Test
    void endpointAndKeyCredentialSignTheRequest() throws Exception {
        respond(201, CREATE_RESPONSE);

        CommunicationUserIdentifier user = new CommunicationIdentityClientBuilder()
            .endpoint("http://127.0.0.1:" + server.getPort())
            .credential(new KeyCredential(ACCESS_KEY))
            .serviceVersion(CommunicationIdentityServiceVersion.V2026_09_23)
            .clock(CLOCK)
            .buildClient()
            .createUser();

        assertEquals(USER_ID, user.getId());
        RecordedRequest r = taken();
        assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 SignedHeaders="),
            r.getHeaders().get("Authorization"));
        assertTrue(r.getHeaders().get("User-Agent").contains("identity"), r.getHeaders().get("User-Agent"));
        assertTrue(r.getHeaders().get("x-ms-client-request-id") != null);
        assertEquals("2026-09-23", r.getUrl().queryParameter("api-version"));
    }

    @Test
    void theServiceVersionNamesItsApiVersion() {
        assertEquals("2026-09-23", CommunicationIdentityServiceVersion.V2026_09_23.getVersion());
        assertEquals(CommunicationIdentityServiceVersion.V2026_09_23, CommunicationIdentityServiceVersion.latest());
    }

    @Test
    void contradictorySettingsAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder()
            .credential(new KeyCredential(ACCESS_KEY)).buildAsyncClient());
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new CommunicationIdentityClientBuilder().buildClient());
    }
}
