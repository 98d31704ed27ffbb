package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.acsnumbers.core.auth.KeyCredential;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer on loopback, clients pointed at it, and a sleeper that records waits instead of sleeping.
 * Fixtures follow the real service's traffic (wire-behaviour notes): relative links, empty 202 bodies, 7-digit
 * fractions, nextLink absent on some lists and null on others.
 */
abstract class PhoneNumbersTestBase {
    static final String V = "api-version=2025-06-01";
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    MockWebServer server;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    PhoneNumbersClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = builder().buildClient();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    PhoneNumbersClientBuilder builder() {
        return new PhoneNumbersClientBuilder()
            .endpoint(endpoint())
            .credential(new KeyCredential(io.github.acsnumbers.testing.FacadeTestKeys.KEY_FOR_TESTS))
            .clock(Clock.fixed(Instant.parse("2025-06-17T16:40:00Z"), ZoneOffset.UTC))
            .sleeper(sleeps::add)
            .pollInterval(Duration.ofSeconds(2));
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getPort();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", JSON_UTF8).body(body).build();
    }

    /** Errors come without a charset, as the service sends them. */
    static MockResponse error(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse empty(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    static MockResponse.Builder accepted() {
        return new MockResponse.Builder().code(202).addHeader("Content-Length", "0");
    }

    static MockResponse operation(String type, String status, String id, String resourceLocation) {
        return operationBuilder(type, status, id, resourceLocation).build();
    }

    static MockResponse.Builder operationBuilder(String type, String status, String id, String resourceLocation) {
        String rl = resourceLocation == null ? "null" : "\"" + resourceLocation + "\"";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", JSON_UTF8)
            .body("{\"operationType\":\"" + type + "\",\"status\":\"" + status + "\",\"resourceLocation\":" + rl
            + ",\"createdDateTime\":\"2025-06-17T16:40:22.5120904+00:00\",\"id\":\"" + id
            + "\",\"lastActionDateTime\":\"0001-01-01T00:00:00+00:00\"}");
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "expected another request");
        return r;
    }

    /** Takes the next request and checks its method and exact request-target (path and query as sent). */
    RecordedRequest take(String method, String target) throws InterruptedException {
        RecordedRequest r = take();
        assertEquals(method + " " + target, r.getMethod() + " " + r.getTarget());
        return r;
    }

    static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().utf8();
    }
}
