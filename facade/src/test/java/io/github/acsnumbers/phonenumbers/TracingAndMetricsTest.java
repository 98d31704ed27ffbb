package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.testing.SecretGuard;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry through the public API, with the SDK's in-memory exporter and metric reader: one INTERNAL span
 * per public operation (a child of the caller's span), one CLIENT child per HTTP attempt whose
 * {@code traceparent} reaches the server, a long-running operation's polls under its one span, the semantic
 * convention attributes, the metrics, sync and async alike, and no secret or phone number anywhere in them.
 */
class TracingAndMetricsTest extends PhoneNumbersTestBase {
    private static final String KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";
    private static final String NUMBER = ResponseMetadataTest.NUMBER;
    private static final String NUMBER_PATH = ResponseMetadataTest.NUMBER_PATH;
    private static final String OP = "PhoneNumbers.getPurchasedPhoneNumber";

    private InMemorySpanExporter spans;
    private InMemoryMetricReader metrics;
    private OpenTelemetrySdk otel;

    @BeforeEach
    void telemetry() {
        SecretGuard.register(KEY);
        spans = InMemorySpanExporter.create();
        metrics = InMemoryMetricReader.create();
        otel = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    }

    @AfterEach
    void closeTelemetry() {
        otel.close();
    }

    private PhoneNumbersClient traced() {
        return builder().openTelemetry(otel).buildClient();
    }

    private PhoneNumbersAsyncClient tracedAsync() {
        return builder().openTelemetry(otel).buildAsyncClient();
    }

    private List<SpanData> named(String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    }

    private SpanData only(String name) {
        List<SpanData> found = named(name);
        assertEquals(1, found.size(), "spans named " + name + ": " + names());
        return found.get(0);
    }

    private List<String> names() {
        return spans.getFinishedSpanItems().stream().map(SpanData::getName).toList();
    }

    private List<SpanData> children(SpanData parent) {
        return spans.getFinishedSpanItems().stream()
            .filter(s -> s.getParentSpanId().equals(parent.getSpanId())).toList();
    }

    private static <T> T attr(SpanData s, AttributeKey<T> key) {
        return s.getAttributes().get(key);
    }

    private static final AttributeKey<String> NAMESPACE = AttributeKey.stringKey("az.namespace");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<Long> RESEND = AttributeKey.longKey("http.request.resend_count");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final AttributeKey<String> CLIENT_ID = AttributeKey.stringKey("az.client_request_id");
    private static final AttributeKey<String> SERVICE_ID = AttributeKey.stringKey("az.service_request_id");

    private static String traceparent(SpanData s) {
        return "00-" + s.getTraceId() + "-" + s.getSpanId() + "-" + s.getSpanContext().getTraceFlags().asHex();
    }

    @Test
    void aCallIsOneSpanUnderTheCallersWithAClientSpanWhoseTraceparentReachesTheServer() throws Exception {
        server.enqueue(ResponseMetadataTest.number());
        Span parent = otel.getTracer("user-app").spanBuilder("user-work").startSpan();
        Scope scope = parent.makeCurrent();
        try {
            traced().getPurchasedPhoneNumber(NUMBER);
        } finally {
            scope.close();
            parent.end();
        }
        RecordedRequest sent = take("GET", NUMBER_PATH);

        SpanData op = only(OP);
        SpanData user = only("user-work");
        assertEquals(SpanKind.INTERNAL, op.getKind());
        assertEquals(user.getSpanId(), op.getParentSpanId(), "a child of the caller's current span");
        assertEquals(user.getTraceId(), op.getTraceId());
        assertEquals("Microsoft.Communication", attr(op, NAMESPACE));
        assertEquals("127.0.0.1", attr(op, ADDRESS));
        assertEquals(200L, attr(op, STATUS));
        assertEquals("GET", attr(op, METHOD));
        assertEquals("cv-1.0", attr(op, SERVICE_ID));
        assertEquals(sent.getHeaders().get("x-ms-client-request-id"), attr(op, CLIENT_ID));
        assertEquals(StatusCode.UNSET, op.getStatus().getStatusCode());

        List<SpanData> attempts = children(op);
        assertEquals(1, attempts.size());
        SpanData http = attempts.get(0);
        assertEquals("GET", http.getName());
        assertEquals(SpanKind.CLIENT, http.getKind());
        assertEquals("GET", attr(http, METHOD));
        assertEquals("127.0.0.1", attr(http, ADDRESS));
        assertEquals((long) server.getPort(), attr(http, PORT));
        assertEquals(200L, attr(http, STATUS));
        assertEquals("Microsoft.Communication", attr(http, NAMESPACE));
        assertNull(attr(http, RESEND));
        assertEquals(traceparent(http), sent.getHeaders().get("traceparent"), "W3C trace context on the wire");
    }

    @Test
    void eachRetryIsAClientSpanOfItsOwnAndRetriesAndThrottlesAreCounted() throws Exception {
        server.enqueue(empty(503));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(ResponseMetadataTest.number());
        traced().getPurchasedPhoneNumber(NUMBER);
        List<String> sentParents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sentParents.add(take("GET", NUMBER_PATH).getHeaders().get("traceparent"));
        }

        SpanData op = only(OP);
        List<SpanData> attempts = children(op).stream()
            .sorted((a, b) -> Long.compare(a.getStartEpochNanos(), b.getStartEpochNanos())).toList();
        assertEquals(3, attempts.size(), "three attempts: " + names());
        assertEquals(List.of(503L, 429L, 200L), attempts.stream().map(s -> attr(s, STATUS)).toList());
        assertEquals(java.util.Arrays.asList(null, 1L, 2L), attempts.stream().map(s -> attr(s, RESEND)).toList());
        assertEquals("503", attr(attempts.get(0), ERROR_TYPE));
        assertEquals(StatusCode.ERROR, attempts.get(0).getStatus().getStatusCode());
        assertEquals(sentParents, attempts.stream().map(TracingAndMetricsTest::traceparent).toList(),
            "each attempt carries its own span id in the same trace");
        assertEquals(3, sentParents.stream().distinct().count());
        assertEquals(StatusCode.UNSET, op.getStatus().getStatusCode(), "the operation succeeded in the end");
        assertEquals(2, op.getEvents().stream().filter(e -> e.getName().equals("retry")).count());

        Map<String, Long> retries = counts("acs.client.retries", "acs.retry.reason");
        assertEquals(Map.of("http_429", 1L, "http_503", 1L), retries);
        assertEquals(Map.of("retried", 1L), counts("acs.client.throttles", "acs.throttle.outcome"));
        assertEquals(3L, histogramCount("http.client.request.duration"));
        assertEquals(Map.of(OP, 1L), histogramCounts("acs.client.operation.duration", "acs.operation.name"));
    }

    @Test
    void aFailedCallMarksItsSpansWithTheErrorTypeOnly() throws Exception {
        server.enqueue(error(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Input phoneNumber "
            + NUMBER + " cannot be found.\",\"target\":\"phonenumber\"}}"));
        assertThrows(CommunicationException.class, () -> traced().getPurchasedPhoneNumber(NUMBER));
        SpanData op = only(OP);
        assertEquals(StatusCode.ERROR, op.getStatus().getStatusCode());
        assertEquals("", op.getStatus().getDescription(), "no message: it may quote the number");
        assertEquals("NOT_FOUND", attr(op, ERROR_TYPE));
        assertEquals(404L, attr(op, STATUS));
        SpanData http = children(op).get(0);
        assertEquals("404", attr(http, ERROR_TYPE));
        assertTrue(op.getEvents().isEmpty(), "no exception event (its message quotes the service)");
        assertEquals(Map.of(OP + "|NOT_FOUND", 1L), histogramCounts("acs.client.operation.duration",
            "acs.operation.name", "error.type"));
    }

    /** What a span tree looks like, without ids and times: to compare sync with async. */
    private String shape() {
        List<String> lines = new ArrayList<>();
        for (SpanData s : spans.getFinishedSpanItems()) {
            String parent = spans.getFinishedSpanItems().stream()
                .filter(p -> p.getSpanId().equals(s.getParentSpanId())).map(SpanData::getName).findFirst()
                .orElse("-");
            Map<String, Object> attributes = new TreeMap<>();
            s.getAttributes().forEach((k, v) -> attributes.put(k.getKey(),
                k.getKey().endsWith("request_id") ? "<id>" : v));
            lines.add(parent + " > " + s.getName() + " " + s.getKind() + " " + s.getStatus().getStatusCode() + " "
                + attributes);
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    @Test
    void asyncCallsMakeTheSameSpans() throws Exception {
        server.enqueue(empty(503));
        server.enqueue(ResponseMetadataTest.number());
        traced().getPurchasedPhoneNumber(NUMBER);
        String sync = shape();
        spans.reset();
        server.enqueue(empty(503));
        server.enqueue(ResponseMetadataTest.number());
        tracedAsync().getPurchasedPhoneNumber(NUMBER).get(10, TimeUnit.SECONDS);
        assertEquals(sync, shape());
        assertTrue(sync.contains(OP + " > GET CLIENT"), sync);
        for (int i = 0; i < 4; i++) {
            assertTrue(take().getHeaders().get("traceparent").startsWith("00-"));
        }
        // both clients recorded the same metrics
        assertEquals(Map.of(OP, 2L), histogramCounts("acs.client.operation.duration", "acs.operation.name"));
        assertEquals(Map.of("GET|503", 2L, "GET|200", 2L), histogramCounts("http.client.request.duration",
            "http.request.method", "error.type").entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().replace("|null", "|200"), Map.Entry::getValue)));
        assertEquals(Map.of("http_503", 2L), counts("acs.client.retries", "acs.retry.reason"));
    }

    private void enqueueRelease() {
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/release_1?" + V)
            .addHeader("operation-id", "release_1").build());
        server.enqueue(operation("releasePhoneNumber", "running", "release_1", null));
        server.enqueue(operation("releasePhoneNumber", "succeeded", "release_1", null));
    }

    @Test
    void aLongRunningOperationIsOneSpanOverItsStartAndPolls() throws Exception {
        enqueueRelease();
        traced().beginReleasePhoneNumber(NUMBER).getFinalResult();
        String sync = shape();
        SpanData lro = only("PhoneNumbers.beginReleasePhoneNumber");
        List<SpanData> attempts = children(lro);
        assertEquals(List.of("DELETE", "GET", "GET"), attempts.stream()
            .sorted((a, b) -> Long.compare(a.getStartEpochNanos(), b.getStartEpochNanos()))
            .map(SpanData::getName).toList());
        assertTrue(attempts.stream().allMatch(s -> s.getKind() == SpanKind.CLIENT));
        assertEquals(4, spans.getFinishedSpanItems().size(), names().toString());
        for (int i = 0; i < 3; i++) {
            String traceparent = take().getHeaders().get("traceparent");
            assertTrue(traceparent.contains(lro.getTraceId()), traceparent);
        }

        spans.reset();
        enqueueRelease();
        tracedAsync().beginReleasePhoneNumber(NUMBER).get(10, TimeUnit.SECONDS).getFinalResult()
            .get(10, TimeUnit.SECONDS);
        assertEquals(sync, shape(), "the async poller makes the same spans");
        // one operation each (start to end), three attempts each
        assertEquals(Map.of("PhoneNumbers.beginReleasePhoneNumber", 2L),
            histogramCounts("acs.client.operation.duration", "acs.operation.name"));
        assertEquals(6L, histogramCount("http.client.request.duration"));
    }

    @Test
    void withoutABuilderSettingTheGlobalOpenTelemetryIsUsedEvenWhenRegisteredLater() throws Exception {
        PhoneNumbersClient builtBefore = builder().buildClient();
        io.opentelemetry.api.GlobalOpenTelemetry.set(otel);
        try {
            server.enqueue(ResponseMetadataTest.number());
            builtBefore.getPurchasedPhoneNumber(NUMBER);
            SpanData http = children(only(OP)).get(0);
            assertEquals(traceparent(http), take().getHeaders().get("traceparent"));
        } finally {
            io.opentelemetry.api.GlobalOpenTelemetry.resetForTest();
        }
    }

    @Test
    void aFailedLongRunningOperationEndsItsSpanWithTheError() {
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/release_1?" + V)
            .addHeader("operation-id", "release_1").build());
        server.enqueue(operation("releasePhoneNumber", "failed", "release_1", null));
        assertThrows(CommunicationException.class,
            () -> traced().beginReleasePhoneNumber(NUMBER).getFinalResult());
        SpanData lro = only("PhoneNumbers.beginReleasePhoneNumber");
        assertEquals("OPERATION_FAILED", attr(lro, ERROR_TYPE));
        assertEquals(StatusCode.ERROR, lro.getStatus().getStatusCode());
    }

    @Test
    void noSecretNorPhoneNumberInAnySpanOrMetric() throws Exception {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOnRlc3QifQ.SECRET-ACS-TOKEN-42";
        String user = "8:acs:2dee53b4-368b-45b4-ab52-8493fb117652_00000005-14a2-493b-8a72-5a3a0d000081";
        server.enqueue(ResponseMetadataTest.number());
        server.enqueue(error(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Input phoneNumber " + NUMBER
            + " cannot be found.\"}}"));
        server.enqueue(json(200, "{\"token\":\"" + token + "\",\"expiresOn\":\"2025-07-10T21:39:39.3244584+00:00\"}"));
        server.enqueue(json(200, "{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5061}},\"routes\":[]}"));
        PhoneNumbersClient numbers = traced();
        numbers.getPurchasedPhoneNumber(NUMBER);
        assertThrows(CommunicationException.class, () -> numbers.getPurchasedPhoneNumber(NUMBER));
        CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder().endpoint(endpoint())
            .credential(new KeyCredential(KEY)).openTelemetry(otel).buildClient();
        identity.getToken(new CommunicationUserIdentifier(user), List.of(CommunicationTokenScope.CHAT));
        SipRoutingClient sip = new SipRoutingClientBuilder().endpoint(endpoint()).credential(new KeyCredential(KEY))
            .openTelemetry(otel).buildClient();
        sip.setTrunk(new SipTrunk("sbc1.contoso.com", 5061));
        List<String> sentAuthorization = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sentAuthorization.add(take().getHeaders().get("Authorization"));
        }

        StringBuilder all = new StringBuilder();
        for (SpanData s : spans.getFinishedSpanItems()) {
            all.append(s.getName()).append('\n').append(s.getStatus().getDescription()).append('\n');
            append(all, s.getAttributes());
            s.getEvents().forEach(e -> {
                all.append(e.getName()).append('\n');
                append(all, e.getAttributes());
            });
        }
        for (MetricData m : metrics.collectAllMetrics()) {
            all.append(m.getName()).append('\n');
            m.getData().getPoints().forEach(p -> append(all, p.getAttributes()));
        }
        String text = all.toString();
        assertTrue(text.contains("CommunicationIdentity.getToken") && text.contains("SipRouting.setTrunk"), text);
        assertEquals(List.of(), SecretGuard.findSecrets(text));
        for (String forbidden : List.of(KEY, token, NUMBER, "14155550100", user, "SECRET")) {
            assertFalse(text.contains(forbidden), "found '" + forbidden + "' in:\n" + text);
        }
        for (String authorization : sentAuthorization) {
            String signature = authorization.substring(authorization.indexOf("Signature=") + 10);
            assertFalse(text.contains(signature), "a signature in the telemetry");
        }
    }

    private static void append(StringBuilder b, Attributes attributes) {
        attributes.forEach((k, v) -> b.append(k.getKey()).append('=').append(v).append('\n'));
    }

    @Test
    void withoutOpenTelemetrySetUpNothingIsPropagated() throws Exception {
        // no openTelemetry(...) and no GlobalOpenTelemetry registered: the SDK's calls carry no trace context
        server.enqueue(ResponseMetadataTest.number());
        client.getPurchasedPhoneNumber(NUMBER);
        assertNull(take().getHeaders().get("traceparent"));
        server.enqueue(ResponseMetadataTest.number());
        builder().openTelemetry(io.opentelemetry.api.OpenTelemetry.noop()).buildClient()
            .getPurchasedPhoneNumber(NUMBER);
        assertNull(take().getHeaders().get("traceparent"));
        assertTrue(spans.getFinishedSpanItems().isEmpty());
    }

    // ---------------------------------------------------------------- metric helpers

    private Collection<MetricData> collected;

    private MetricData metric(String name) {
        if (collected == null) {
            collected = metrics.collectAllMetrics();
        }
        return collected.stream().filter(m -> m.getName().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no metric " + name + " in " + collected.stream()
                .map(MetricData::getName).toList()));
    }

    private Map<String, Long> counts(String name, String key) {
        return metric(name).getLongSumData().getPoints().stream().collect(Collectors.toMap(
            p -> p.getAttributes().get(AttributeKey.stringKey(key)), LongPointData::getValue, Long::sum));
    }

    private long histogramCount(String name) {
        return metric(name).getHistogramData().getPoints().stream().mapToLong(HistogramPointData::getCount).sum();
    }

    private Map<String, Long> histogramCounts(String name, String... keys) {
        return metric(name).getHistogramData().getPoints().stream().collect(Collectors.toMap(
            p -> java.util.Arrays.stream(keys).map(k -> String.valueOf(p.getAttributes().get(AttributeKey.stringKey(k))))
                .collect(Collectors.joining("|")), HistogramPointData::getCount, Long::sum));
    }

    @Test
    void theClientsSpanNamesAreTheSameSyncAndAsync() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        traced().listPurchasedPhoneNumbers().stream().count();
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        tracedAsync().listPurchasedPhoneNumbers().forEach(n -> { }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("GET", "GET", "PhoneNumbers.listPurchasedPhoneNumbers",
            "PhoneNumbers.listPurchasedPhoneNumbers"), names().stream().sorted().toList());
        assertNotEquals(take().getHeaders().get("traceparent"), take().getHeaders().get("traceparent"));
    }
}
