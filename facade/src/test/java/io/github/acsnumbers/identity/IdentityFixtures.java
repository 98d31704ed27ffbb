package io.github.acsnumbers.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Response bodies shaped like the service's 2026-09-23 examples, a MockWebServer on loopback, and clients pointed
 * at it. Tokens are distinct recognizable strings so the tests can search every message and log line for them.
 */
abstract class IdentityFixtures {
    static final String API_VERSION = "2026-09-23";
    static final String USER_ID = "8:acs:2dee53b4-368b-45b4-ab52-8493fb117652_00000005-14a2-493b-8a72-5a3a0d000081";
    static final String EXTENSION_USER_ID = "8:acs:2dee53b4-368b-45b4-ab52-8493fb117652_"
        + "c70d068c-2f32-484d-9455-73070cd5aadd_b27b64b9-39d2-44a3-869d-67700b74e805";
    static final String TENANT_ID = "c70d068c-2f32-484d-9455-73070cd5aadd";
    static final String OBJECT_ID = "b27b64b9-39d2-44a3-869d-67700b74e805";
    static final String APP_ID = "2c3e1e83-8fd7-4615-ad2b-b8c1229845ac";
    static final String TEAMS_USER_ID = "32c0a5db-05ec-78ea-51ab-3f06b329397e";
    static final String EXPIRES_ON = "2025-07-10T21:39:39.3244584+00:00";
    /** Looks like a JWT, so a leak would be obvious; never a real credential. */
    static final String TOKEN = io.github.acsnumbers.testing.FacadeTestKeys.ACS_TOKEN;
    static final String ENTRA_TOKEN = io.github.acsnumbers.testing.FacadeTestKeys.ENTRA_TOKEN;
    static final String ACCESS_KEY = io.github.acsnumbers.testing.FacadeTestKeys.KEY_FOR_TESTS_ONLY;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-10T09:00:00Z"), ZoneOffset.UTC);

    static final String CREATE_RESPONSE = "{\"identity\":{\"id\":\"" + USER_ID + "\"}}";
    static final String CREATE_WITH_TOKEN_RESPONSE = "{\"identity\":{\"id\":\"" + USER_ID + "\"},"
        + "\"accessToken\":{\"token\":\"" + TOKEN + "\",\"expiresOn\":\"" + EXPIRES_ON + "\"}}";
    static final String TOKEN_RESPONSE = "{\"token\":\"" + TOKEN + "\",\"expiresOn\":\"" + EXPIRES_ON + "\"}";
    static final String EXTENSION_EXCHANGE_RESPONSE = "{\"identity\":{\"id\":\"" + EXTENSION_USER_ID + "\"},"
        + "\"accessToken\":{\"token\":\"" + TOKEN + "\",\"expiresOn\":\"" + EXPIRES_ON + "\"}}";
    static final String ASSIGNMENT_RESPONSE = "{\"objectId\":\"" + OBJECT_ID + "\",\"tenantId\":\"" + TENANT_ID
        + "\",\"principalType\":\"resourceAccount\"}";
    static final String NOT_FOUND_ENVELOPE = "{\"error\":{\"code\":\"IdentityNotFound\","
        + "\"message\":\"The identity was not found.\"}}";
    static final String EXPIRY_OUT_OF_RANGE_ENVELOPE = "{\"error\":{\"code\":\"ValidationError\","
        + "\"message\":\"The token lifetime must be between 60 and 1440 minutes.\",\"target\":\"expiresInMinutes\"}}";

    MockWebServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    CommunicationIdentityClientBuilder builder() {
        return new CommunicationIdentityClientBuilder()
            .connectionString("endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey=" + ACCESS_KEY)
            .clock(CLOCK)
            .sleeper(d -> { });
    }

    CommunicationIdentityClient client() {
        return builder().buildClient();
    }

    CommunicationIdentityAsyncClient asyncClient() {
        return builder().buildAsyncClient();
    }

    void respond(int code, String json) {
        MockResponse.Builder b = new MockResponse.Builder().code(code);
        if (json != null) {
            b.addHeader("Content-Type", "application/json").body(json);
        }
        server.enqueue(b.build());
    }

    RecordedRequest taken() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request reached the server");
        }
        return r;
    }

    static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().utf8();
    }
}
