package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.retry.RetryOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A MockWebServer with SIP fixtures and clients pointed at it (test helper). */
final class SipMockServer implements AutoCloseable {
    final MockWebServer server = new MockWebServer();

    SipMockServer() throws IOException {
        server.start();
    }

    static String fixture(String name) {
        try (InputStream in = SipMockServer.class.getResourceAsStream("/siprouting/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SipRoutingClientBuilder builder(SipRoutingServiceVersion version) {
        return new SipRoutingClientBuilder()
            .endpoint("http://127.0.0.1:" + server.getPort())
            .credential(new KeyCredential(io.github.acsnumbers.testing.FacadeTestKeys.TEST_KEY))
            .retryOptions(RetryOptions.none())
            .serviceVersion(version);
    }

    SipRoutingClient client(SipRoutingServiceVersion version) {
        return builder(version).buildClient();
    }

    SipRoutingAsyncClient asyncClient(SipRoutingServiceVersion version) {
        return builder(version).buildAsyncClient();
    }

    SipMockServer ok(String fixtureName) {
        server.enqueue(new MockResponse.Builder().code(200)
            .addHeader("Content-Type", "application/json; charset=utf-8")
            .addHeader("api-supported-versions", "2023-03-01, 2023-04-01-preview, 2024-11-15-preview")
            .body(fixture(fixtureName)).build());
        return this;
    }

    SipMockServer error(int status, String fixtureName) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
            .body(fixture(fixtureName)).build());
        return this;
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "expected a request");
        return r;
    }

    static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().utf8();
    }

    int requests() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
