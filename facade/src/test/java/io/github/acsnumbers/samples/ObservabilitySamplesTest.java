package io.github.acsnumbers.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** docs/observability.md quotes ObservabilitySamples verbatim, and the samples do what the document says. */
class ObservabilitySamplesTest {
    private static final String NUMBER_JSON = "{\"id\":\"14155550100\",\"phoneNumber\":\"+14155550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"tollFree\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-02-07T16:24:00Z\","
        + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";
    private static final String RID = "8e2b6a1c-3f4d-4c5e-9a7b-1d2e3f4a5b6c";

    @Test
    void everySnippetAppearsVerbatimInTheDocument() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/github/acsnumbers/samples/ObservabilitySamples.java"),
            StandardCharsets.UTF_8);
        String markdown = Files.readString(Path.of("../docs/observability.md"), StandardCharsets.UTF_8);
        Map<String, String> snippets = PhoneNumbersSamplesInDocsTest.snippets(source);
        assertEquals(6, snippets.size(), snippets.keySet().toString());
        for (Map.Entry<String, String> s : snippets.entrySet()) {
            assertTrue(markdown.contains("```java\n" + s.getValue() + "\n```"),
                "docs/observability.md does not quote snippet '" + s.getKey() + "' as it is in ObservabilitySamples");
        }
        Matcher blocks = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(markdown);
        int count = 0;
        while (blocks.find()) {
            count++;
            assertTrue(snippets.containsValue(blocks.group(1)), "not a compiled snippet:\n" + blocks.group(1));
        }
        assertEquals(snippets.size(), count);
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .addHeader("MS-CV", "cv-sample").addHeader("X-Processing-Time", "9ms").body(body).build();
    }

    @Test
    void theSnippetsRunAsDescribed() throws Exception {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        InMemoryMetricReader metrics = InMemoryMetricReader.create();
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            OpenTelemetry otel = ObservabilitySamples.sdk(spans, metrics);
            PhoneNumbersClient client = new PhoneNumbersClientBuilder().endpoint("http://127.0.0.1:" + server.getPort())
                .credential(new KeyCredential("c2VjcmV0LWtleS1mb3ItdGVzdHM=")).openTelemetry(otel).buildClient();

            server.enqueue(json(NUMBER_JSON));
            String requestId = ObservabilitySamples.responseMetadata(client, "+14155550100");
            assertEquals(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("x-ms-client-request-id"),
                requestId);

            server.enqueue(json("{\"id\":\"" + RID + "\",\"phoneNumbers\":{},\"status\":\"active\"}"));
            server.enqueue(json("{\"phoneNumbers\":[" + NUMBER_JSON + "]}"));
            ObservabilitySamples.requestOptions(client, RID, "order-42");
            for (int i = 0; i < 2; i++) {
                RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
                assertEquals("order-42", r.getHeaders().get("x-correlation-id"));
            }

            server.enqueue(new MockResponse.Builder().code(202)
                .addHeader("Operation-Location", "/phoneNumbers/operations/release_1?api-version=2025-06-01")
                .addHeader("operation-id", "release_1").build());
            server.enqueue(json("{\"operationType\":\"releasePhoneNumber\",\"status\":\"succeeded\","
                + "\"id\":\"release_1\",\"createdDateTime\":\"2025-06-17T16:40:22Z\"}"));
            ObservabilitySamples.tracedRelease(client, "+14155550100");
            ((OpenTelemetrySdk) otel).getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
            List<String> names = spans.getFinishedSpanItems().stream().map(SpanData::getName).toList();
            assertTrue(names.contains("PhoneNumbers.beginReleasePhoneNumber"), names.toString());
            assertTrue(names.contains("PhoneNumbers.getReservation"), names.toString());
            assertTrue(names.contains("PhoneNumbers.listPurchasedPhoneNumbers"), names.toString());
            ((OpenTelemetrySdk) otel).close();
        }
    }
}
