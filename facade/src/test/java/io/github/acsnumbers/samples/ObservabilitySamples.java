package io.github.acsnumbers.samples;

import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.UUID;

/**
 * The code of docs/observability.md (response metadata, per-call options, tracing and metrics). Each snippet lies
 * between {@code // BEGIN: name} and {@code // END: name}; the build compiles them, {@code ObservabilitySamplesTest}
 * runs them against a mock server and fails when the document and this file drift.
 */
@SuppressWarnings("unused")
public final class ObservabilitySamples {
    private ObservabilitySamples() {
    }

    static String responseMetadata(PhoneNumbersClient client, String phoneNumber) {
        // BEGIN: response-metadata
        Response<PurchasedPhoneNumber> response = client.getPurchasedPhoneNumberWithResponse(phoneNumber, null);
        PurchasedPhoneNumber number = response.getValue();
        System.out.println("HTTP " + response.getStatusCode()
            + ", request id " + response.getRequestId()          // x-ms-client-request-id, the same on every retry
            + ", MS-CV " + response.getCorrelationVector()       // the service's id of the call, for Azure support
            + ", took " + response.getHeaderValue("X-Processing-Time"));
        // END: response-metadata
        return response.getRequestId();
    }

    static PhoneNumbersReservation requestOptions(PhoneNumbersClient client, String reservationId, String orderId) {
        // BEGIN: request-options
        RequestOptions options = new RequestOptions()
            .withTimeout(Duration.ofSeconds(10))          // this call, retries included, instead of the builder's
            .withHeader("x-correlation-id", orderId)      // on every attempt of the call
            .withHeader("x-ms-client-request-id", UUID.randomUUID().toString()); // your own request id
        PhoneNumbersReservation reservation = client.getReservationWithResponse(reservationId, options).getValue();
        // lists take them for every page request, begin methods for the request that starts the operation
        client.listPurchasedPhoneNumbers(null, options).forEach(n -> System.out.println(n.getPhoneNumber()));
        // END: request-options
        return reservation;
    }

    static PhoneNumbersClient tracedClient(OpenTelemetry openTelemetry) {
        // BEGIN: tracing-client
        PhoneNumbersClient client = new PhoneNumbersClientBuilder()
            .connectionString(System.getenv("COMMUNICATION_SERVICES_CONNECTION_STRING"))
            .openTelemetry(openTelemetry) // without it: GlobalOpenTelemetry (e.g. the OpenTelemetry Java agent)
            .buildClient();
        // END: tracing-client
        return client;
    }

    static OpenTelemetry sdk(SpanExporter exporter, MetricReader reader) {
        // BEGIN: tracing-sdk
        OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).build()) // e.g. an OTLP exporter
                .build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build())
            .build();
        // END: tracing-sdk
        return openTelemetry;
    }

    static PhoneNumbersClient untracedClient() {
        // BEGIN: tracing-off
        PhoneNumbersClient client = new PhoneNumbersClientBuilder()
            .connectionString(System.getenv("COMMUNICATION_SERVICES_CONNECTION_STRING"))
            .openTelemetry(OpenTelemetry.noop()) // no spans, no metrics, even with an agent installed
            .buildClient();
        // END: tracing-off
        return client;
    }

    static void tracedRelease(PhoneNumbersClient client, String phoneNumber) {
        // BEGIN: tracing-lro
        // one span "PhoneNumbers.beginReleasePhoneNumber" from the DELETE to the last poll, with one CLIENT
        // child span per HTTP attempt (the start, each poll, each retry), each sent with its own traceparent
        SyncPoller<Void> release = client.beginReleasePhoneNumber(phoneNumber);
        release.getFinalResult();
        // END: tracing-lro
    }
}
