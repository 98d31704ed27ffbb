package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.PipelineTestSupport.KEY;
import static io.github.acsnumbers.implementation.http.PipelineTestSupport.verifySignature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.json.MergePatch;
import io.github.acsnumbers.implementation.retry.ReplaySafety;
import io.github.acsnumbers.core.retry.RetryOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPipelineTest {
    private MockWebServer server;
    private PipelineTestSupport.RecordingSleeper sleeper;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        sleeper = new PipelineTestSupport.RecordingSleeper();
        pipeline = PipelineTestSupport.pipeline(server, sleeper, RetryOptions.defaults().withJitter(0),
            PipelineTestSupport.tickingClock(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ServiceRequest<String> get(String path) {
        return ServiceRequest.of(() -> pipeline.newCall(new Request.Builder().url(pipeline.resolve(path)).build()),
            ServiceResponse::bodyString);
    }

    private ServiceRequest<String> post(String path, String json) {
        return ServiceRequest.of(() -> pipeline.newCall(new Request.Builder().url(pipeline.resolve(path))
            .post(RequestBody.create(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                okhttp3.MediaType.get("application/json"))).build()), ServiceResponse::bodyString);
    }

    @Test
    void everyRequestIsSignedAndCarriesIdAndUserAgent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        assertEquals("ok", pipeline.send(get("/phoneNumbers/%2B14255550100?api-version=2025-06-01")));
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/phoneNumbers/%2B14255550100?api-version=2025-06-01", r.getTarget());
        assertNull(verifySignature(r));
        assertEquals("127.0.0.1:" + server.getPort(), r.getHeaders().get("Host"));
        assertTrue(r.getHeaders().get("x-ms-date").endsWith(" GMT"));
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", r.getHeaders().get("x-ms-content-sha256"));
        assertEquals(4, java.util.UUID.fromString(r.getHeaders().get("x-ms-client-request-id")).version());
        assertTrue(r.getHeaders().get("User-Agent").startsWith("acs-phonenumbers-java/"), r.getHeaders().get("User-Agent"));
        assertEquals("application/json", r.getHeaders().get("Accept"));
    }

    @Test
    void bodyHashCoversTheExactBytesSent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        String body = "{\"phoneNumbers\":[\"+14155550100\"],\"note\":\"café\"}";
        pipeline.send(post("/operatorInformation/:search?api-version=2025-06-01", body));
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(body, r.getBody().utf8());
        assertEquals("WxJaY1Kq6yfOLfh7cr+Ye6oGr8v1apkZDb+4n77RG+0=", r.getHeaders().get("x-ms-content-sha256"));
        assertNull(verifySignature(r));
    }

    @Test
    void throttlingHonoursRetryAfterAndReSignsEachAttempt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
        server.enqueue(new MockResponse.Builder().code(503).addHeader("retry-after-ms", "250").build());
        server.enqueue(new MockResponse.Builder().code(200).body("done").build());
        assertEquals("done", pipeline.send(get("/sip?api-version=2023-03-01")));
        assertEquals(java.util.List.of(Duration.ofSeconds(7), Duration.ofMillis(250)), sleeper.waits);
        RecordedRequest a = server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest b = server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest c = server.takeRequest(5, TimeUnit.SECONDS);
        for (RecordedRequest r : new RecordedRequest[] {a, b, c}) {
            assertNull(verifySignature(r));
        }
        assertNotEquals(a.getHeaders().get("x-ms-date"), c.getHeaders().get("x-ms-date"), "each attempt re-signed");
        assertEquals(a.getHeaders().get("x-ms-client-request-id"), c.getHeaders().get("x-ms-client-request-id"));
    }

    @Test
    void httpDateRetryAfterIsHonoured() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        pipeline = PipelineTestSupport.pipeline(server, sleeper, RetryOptions.defaults(), fixed);
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "Tue, 01 Dec 2026 10:00:12 GMT").build());
        server.enqueue(new MockResponse.Builder().code(200).body("x").build());
        pipeline.send(get("/sip"));
        assertEquals(java.util.List.of(Duration.ofSeconds(12)), sleeper.waits);
    }

    @Test
    void exponentialBackoffThenGivesUpWithTheServiceError() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(500)
                .body("{\"error\":{\"code\":\"InternalError\",\"message\":\"boom\"}}").build());
        }
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get("/x")));
        assertEquals(500, e.getStatusCode());
        assertEquals("InternalError", e.getErrorCode());
        assertEquals(ErrorKind.SERVICE_ERROR, e.getKind());
        assertEquals(java.util.List.of(Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200)),
            sleeper.waits);
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void otherClientErrorsAreNeverRetried() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
            .body("{\"error\":{\"code\":\"InternalError\",\"message\":\"The server encountered an internal error.\","
                + "\"innererror\":{\"code\":\"BadRequest\",\"message\":\"We are unable to find phone plans.\"}}}").build());
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get("/x")));
        assertEquals(1, server.getRequestCount());
        assertEquals(400, e.getStatusCode());
        assertEquals("BadRequest", e.getInnerErrorCode());
        assertEquals("We are unable to find phone plans.", e.getInnerErrorMessage());
        assertTrue(e.getMessage().contains("InternalError"), e.getMessage());
        assertTrue(e.getMessage().contains("request-id"), e.getMessage());
        assertTrue(sleeper.waits.isEmpty());
    }

    @Test
    void unsafePostIsNotReplayedAfterAnUnknownOutcomeButIsAfterThrottling() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        assertThrows(CommunicationException.class, () -> pipeline.send(post("/availablePhoneNumbers/:purchase", "{}")));
        assertEquals(1, server.getRequestCount());

        server.enqueue(new MockResponse.Builder().code(429).build());
        server.enqueue(new MockResponse.Builder().code(200).body("bought").build());
        assertEquals("bought", pipeline.send(post("/availablePhoneNumbers/:purchase", "{}")));
        assertEquals(3, server.getRequestCount());

        server.enqueue(new MockResponse.Builder().code(502).build());
        server.enqueue(new MockResponse.Builder().code(200).body("read").build());
        assertEquals("read", pipeline.send(post("/availablePhoneNumbers/countries/US/:browse", "{}")
            .replaySafety(ReplaySafety.SAFE)));
    }

    @Test
    void errorBodiesOfEveryShapeGiveAClearException() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":{\"code\":\"NotFound\",\"message\":"
            + "\"Input phoneNumber +14155550100 cannot be found.\",\"target\":\"phonenumber\"}}").build());
        CommunicationException nf = assertThrows(CommunicationException.class, () -> pipeline.send(get("/a")));
        assertEquals("phonenumber", nf.getTarget());
        assertEquals(ErrorKind.NOT_FOUND, nf.getKind());

        server.enqueue(new MockResponse.Builder().code(422).body("{\"error\":{\"code\":\"UnprocessableConfiguration\","
            + "\"message\":\"One or more request inputs are not valid.\",\"innererror\":{\"code\":\"MissingTrunk\","
            + "\"message\":\"Route targeting a missing trunk.\"}}}").build());
        CommunicationException sip = assertThrows(CommunicationException.class, () -> pipeline.send(get("/b")));
        assertEquals(ErrorKind.MISSING_TRUNK, sip.getKind());

        server.enqueue(new MockResponse.Builder().code(502).body("<html><body>Bad gateway</body></html>").build());
        server.enqueue(new MockResponse.Builder().code(502).body("{\"error\":{\"code\":").build());
        server.enqueue(new MockResponse.Builder().code(403).build());
        pipeline = PipelineTestSupport.pipeline(server, sleeper, RetryOptions.none(), Clock.systemUTC());
        CommunicationException html = assertThrows(CommunicationException.class, () -> pipeline.send(get("/c")));
        assertTrue(html.getMessage().contains("not the service's JSON error"), html.getMessage());
        assertTrue(html.getMessage().contains("Bad gateway"), html.getMessage());
        CommunicationException truncated = assertThrows(CommunicationException.class, () -> pipeline.send(get("/d")));
        assertNull(truncated.getErrorCode());
        assertEquals(502, truncated.getStatusCode());
        CommunicationException empty = assertThrows(CommunicationException.class, () -> pipeline.send(get("/e")));
        assertTrue(empty.getMessage().contains("empty body"), empty.getMessage());
    }

    @Test
    void serviceTextCannotForgeLogLines() {
        server.enqueue(new MockResponse.Builder().code(400)
            .body("{\"error\":{\"code\":\"BadRequest\",\"message\":\"first\\nINFO forged line\\r\\nmore\"}}").build());
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get("/x")));
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
        assertTrue(e.getMessage().contains("first INFO forged line"), e.getMessage());
        assertEquals("first\nINFO forged line\r\nmore", e.getServiceMessage(), "the raw text stays available");
    }

    @Test
    void deniedWithSkewedClockSaysSo() {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Date", "Tue, 01 Dec 2026 09:00:00 GMT")
            .body("{\"error\":{\"code\":\"Denied\",\"message\":\"Denied by the resource provider.\"}}").build());
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get("/sip")));
        assertEquals(ErrorKind.DENIED, e.getKind());
        assertTrue(e.getMessage().contains("local clock differs"), e.getMessage());
    }

    @Test
    void unreadableSuccessBodyBecomesCommunicationException() {
        server.enqueue(new MockResponse.Builder().code(200).body("not json").build());
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(
            ServiceRequest.of(() -> pipeline.get("/x"), ServiceResponse::jsonTree)));
        assertEquals(ErrorKind.CLIENT_ERROR, e.getKind());
        assertTrue(e.getMessage().contains("could not read"), e.getMessage());
    }

    @Test
    void mergePatchNullReachesTheWire() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        JsonObject trunks = new JsonObject();
        trunks.add("old.contoso.com", JsonNull.INSTANCE);
        JsonObject patch = new JsonObject();
        patch.add("trunks", trunks);
        pipeline.send(ServiceRequest.of(() -> pipeline.newCall(new Request.Builder().url(pipeline.resolve("/sip"))
            .patch(MergePatch.body(patch)).build()), ServiceResponse::bodyString));
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("{\"trunks\":{\"old.contoso.com\":null}}", r.getBody().utf8());
        assertEquals("application/merge-patch+json", r.getHeaders().get("Content-Type"));
        assertNull(verifySignature(r));
    }

    @Test
    void linksToAnotherHostAreRefused() {
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> pipeline.resolve("https://evil.example.com/phoneNumbers?skip=100"));
        assertTrue(e.getMessage().contains("another host"), e.getMessage());
        assertEquals("/phoneNumbers", pipeline.resolve("/phoneNumbers?top=7&api-version=2025-06-01&skip=7").encodedPath());
        assertEquals("top=7&api-version=2025-06-01&skip=7",
            pipeline.resolve("/phoneNumbers?top=7&api-version=2025-06-01&skip=7").encodedQuery());
        assertEquals("/phoneNumbers/+14155550100",
            pipeline.resolve("/phoneNumbers/+14155550100?api-version=2025-06-01").encodedPath());
    }

    @Test
    void plainHttpOnlyForLoopback() {
        assertThrows(IllegalArgumentException.class, () -> Endpoints.parse("http://contoso.communication.azure.com/"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.parse("https://a.communication.azure.com/path"));
        assertEquals("localhost", Endpoints.parse("http://localhost:8080").host());
        assertEquals("127.0.0.1", Endpoints.parse("http://127.0.0.1:8080/").host());
        assertEquals("a.communication.azure.com", Endpoints.parse("https://a.communication.azure.com").host());
    }

    @Test
    void asyncSendCompletesAndMapsErrors() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("async").build());
        assertEquals("async", pipeline.sendAsync(get("/a")).get(5, TimeUnit.SECONDS));
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":{\"code\":\"NotFound\"}}").build());
        ExecutionException e = assertThrows(ExecutionException.class,
            () -> pipeline.sendAsync(get("/b")).get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CommunicationException);
        assertEquals("NotFound", ((CommunicationException) e.getCause()).getErrorCode());
    }

    @Test
    void cancellingTheFutureCancelsTheCall() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(5, TimeUnit.SECONDS).build());
        CompletableFuture<String> f = pipeline.sendAsync(get("/slow"));
        server.takeRequest(5, TimeUnit.SECONDS);
        assertTrue(f.cancel(true));
        assertTrue(f.isCancelled());
        assertFalse(f.isCompletedExceptionally() && !f.isCancelled());
    }

    @Test
    void theKeyNeverAppearsInMessages() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":{\"code\":\"Denied\"}}").build());
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get("/x")));
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(e.toString().contains("Signature="));
    }
}
