package io.github.acsnumbers.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.testing.SecretGuard;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response metadata, per-call options and tracing against the emulator, through the public API: the emulator's
 * {@code MS-CV} and echoed request id come back in {@code Response}, and in the spans of an OpenTelemetry SDK
 * with an in-memory exporter (a plain call, a failed one, a long-running search with its polls, sync and async).
 */
class ResponseMetadataAndTracingE2eTest {
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> SERVICE_ID = AttributeKey.stringKey("az.service_request_id");
    private static final AttributeKey<String> CLIENT_ID = AttributeKey.stringKey("az.client_request_id");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private PhoneNumbersEmulator emulator;
    private InMemorySpanExporter spans;
    private InMemoryMetricReader metrics;
    private OpenTelemetrySdk otel;

    @BeforeEach
    void start() {
        emulator = E2e.start(PhoneNumbersEmulator.builder().purchased(2));
        spans = InMemorySpanExporter.create();
        metrics = InMemoryMetricReader.create();
        otel = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    }

    @AfterEach
    void stop() {
        otel.close();
        emulator.close();
    }

    private String ownedNumber() {
        return emulator.state().purchasedNumbers().iterator().next();
    }

    @Test
    void responsesCarryTheEmulatorsMetadataSyncAndAsync() {
        String number = ownedNumber();
        RequestOptions options = new RequestOptions().withHeader("x-ms-client-request-id", "e2e-request-0001")
            .withHeader("x-correlation-id", "order-17");
        PhoneNumbersClient client = E2e.phoneNumbers(emulator).buildClient();
        PhoneNumbersAsyncClient async = E2e.phoneNumbers(emulator).buildAsyncClient();

        Response<PurchasedPhoneNumber> s = client.getPurchasedPhoneNumberWithResponse(number, options);
        Response<PurchasedPhoneNumber> a = E2e.await(async.getPurchasedPhoneNumberWithResponse(number, options));
        for (Response<PurchasedPhoneNumber> r : List.of(s, a)) {
            assertEquals(200, r.getStatusCode());
            assertEquals(number, r.getValue().getPhoneNumber());
            assertEquals("e2e-request-0001", r.getRequestId());
            assertEquals("e2e-request-0001", r.getHeaderValue("X-MS-CLIENT-REQUEST-ID"), "the emulator echoes it");
            assertNotNull(r.getCorrelationVector(), "the emulator sends MS-CV like the service");
        }
        assertFalse(s.getCorrelationVector().equals(a.getCorrelationVector()), "one MS-CV per call");

        Response<SipConfiguration> sip = E2e.sip(emulator, SipRoutingServiceVersion.V2023_03_01).buildClient()
            .getConfigurationWithResponse(null);
        assertEquals(200, sip.getStatusCode());
        assertNotNull(sip.getValue());
        CommunicationIdentityClient identity = E2e.identity(emulator).buildClient();
        Response<CommunicationUserIdentifier> created = identity.createUserWithResponse(null);
        assertEquals(201, created.getStatusCode());
        assertEquals(204, identity.deleteUserWithResponse(created.getValue(), null).getStatusCode());
    }

    private SpanData only(String name) {
        List<SpanData> found = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
        assertEquals(1, found.size(), name + " in " + spans.getFinishedSpanItems().stream().map(SpanData::getName)
            .toList());
        return found.get(0);
    }

    private List<SpanData> children(SpanData parent) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getParentSpanId().equals(parent.getSpanId()))
            .toList();
    }

    @Test
    void spansAndMetricsOfCallsAgainstTheEmulator() {
        String number = ownedNumber();
        PhoneNumbersClient client = E2e.phoneNumbers(emulator).openTelemetry(otel).buildClient();
        PhoneNumbersAsyncClient async = E2e.phoneNumbers(emulator).openTelemetry(otel).buildAsyncClient();

        Response<PurchasedPhoneNumber> response = client.getPurchasedPhoneNumberWithResponse(number, null);
        SpanData get = only("PhoneNumbers.getPurchasedPhoneNumber");
        assertEquals(200L, get.getAttributes().get(STATUS));
        assertEquals(response.getCorrelationVector(), get.getAttributes().get(SERVICE_ID));
        assertEquals(response.getRequestId(), get.getAttributes().get(CLIENT_ID));
        assertEquals(List.of(SpanKind.CLIENT), children(get).stream().map(SpanData::getKind).toList());

        E2e.assertServiceError(404, () -> client.getPurchasedPhoneNumber("+14255550199"));
        SpanData failed = spans.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("PhoneNumbers.getPurchasedPhoneNumber")
                && s.getStatus().getStatusCode() == StatusCode.ERROR).findFirst().orElseThrow();
        assertEquals("NOT_FOUND", failed.getAttributes().get(ERROR_TYPE));

        PhoneNumberCapabilities caps = new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
            PhoneNumberCapabilityType.INBOUND_OUTBOUND);
        PhoneNumberSearchResult found = E2e.await(async.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, caps,
            new SearchOptions().withQuantity(1))).getFinalResult().join();
        assertEquals(1, found.getPhoneNumbers().size());
        SpanData search = only("PhoneNumbers.beginSearchAvailablePhoneNumbers");
        List<SpanData> attempts = children(search);
        // the start, at least one poll, and the read of the result: all CLIENT children of the one span
        assertTrue(attempts.size() >= 3, attempts.stream().map(SpanData::getName).toList().toString());
        assertTrue(attempts.stream().allMatch(s -> s.getKind() == SpanKind.CLIENT
            && s.getTraceId().equals(search.getTraceId())));
        assertEquals("POST", attempts.stream().min((x, y) -> Long.compare(x.getStartEpochNanos(),
            y.getStartEpochNanos())).orElseThrow().getName());

        List<String> metricNames = metrics.collectAllMetrics().stream().map(MetricData::getName).toList();
        assertTrue(metricNames.containsAll(List.of("acs.client.operation.duration", "http.client.request.duration")),
            metricNames.toString());

        StringBuilder text = new StringBuilder();
        spans.getFinishedSpanItems().forEach(s -> {
            text.append(s.getName()).append(' ').append(s.getStatus().getDescription()).append(' ');
            s.getAttributes().forEach((k, v) -> text.append(k.getKey()).append('=').append(v).append(' '));
        });
        assertEquals(List.of(), SecretGuard.findSecrets(text.toString()));
        assertFalse(text.toString().contains(emulator.accessKey()));
        for (String n : List.of(number, found.getPhoneNumbers().get(0), "+14255550199")) {
            assertFalse(text.toString().contains(n.substring(1)), "a phone number in the telemetry: " + text);
        }
    }
}
