package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.implementation.http.FakeTime;
import io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code ...WithResponse} and {@link RequestOptions} on the wire: the status, headers and request id read back,
 * the caller's headers on every attempt (retries included) and on every page, its timeout replacing the builder's
 * for that call, and the async client answering the same.
 */
class ResponseMetadataTest extends PhoneNumbersTestBase {
    static final String NUMBER = "+14155550100";
    static final String NUMBER_PATH = "/phoneNumbers/%2B14155550100?" + V;
    static final String NUMBER_JSON = "{\"id\":\"14155550100\",\"phoneNumber\":\"+14155550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"tollFree\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-02-07T16:24:00Z\","
        + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";

    static MockResponse number() {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", JSON_UTF8)
            .addHeader("MS-CV", "cv-1.0").addHeader("X-Processing-Time", "12ms").body(NUMBER_JSON).build();
    }

    @Test
    void statusHeadersAndRequestIdOfASuccessfulCall() throws Exception {
        server.enqueue(number());
        Response<PurchasedPhoneNumber> response = client.getPurchasedPhoneNumberWithResponse(NUMBER, null);
        RecordedRequest sent = take("GET", NUMBER_PATH);

        assertEquals(200, response.getStatusCode());
        assertEquals(NUMBER, response.getValue().getPhoneNumber());
        assertEquals(sent.getHeaders().get("x-ms-client-request-id"), response.getRequestId());
        assertTrue(response.getRequestId().matches("[0-9a-f-]{36}"), response.getRequestId());
        assertEquals("cv-1.0", response.getCorrelationVector());
        // read-only, and looked up ignoring case
        assertEquals(List.of("12ms"), response.getHeaders().get("x-processing-time"));
        assertEquals("12ms", response.getHeaderValue("X-PROCESSING-TIME"));
        assertThrows(UnsupportedOperationException.class, () -> response.getHeaders().put("a", List.of("b")));
        assertThrows(UnsupportedOperationException.class, () -> response.getHeaders().get("ms-cv").add("x"));
        // the plain method gives the same value
        server.enqueue(number());
        assertEquals(response.getValue(), client.getPurchasedPhoneNumber(NUMBER));
    }

    @Test
    void theCallersHeadersGoOnEveryAttemptAndItsRequestIdIsKept() throws Exception {
        server.enqueue(empty(503));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(number());
        RequestOptions options = new RequestOptions().withHeader("x-correlation-id", "order-4711")
            .withHeader("x-ms-client-request-id", "my-request-0001");
        Response<PurchasedPhoneNumber> response = client.getPurchasedPhoneNumberWithResponse(NUMBER, options);

        for (int i = 0; i < 3; i++) {
            RecordedRequest r = take("GET", NUMBER_PATH);
            assertEquals("order-4711", r.getHeaders().get("x-correlation-id"), "attempt " + i);
            assertEquals("my-request-0001", r.getHeaders().get("x-ms-client-request-id"), "attempt " + i);
            assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 "), "still signed");
        }
        assertEquals("my-request-0001", response.getRequestId());
        assertEquals(2, sleeps.size(), "two retries");
    }

    @Test
    void withoutOptionsNoExtraHeaderIsSent() throws Exception {
        server.enqueue(number());
        client.getPurchasedPhoneNumberWithResponse(NUMBER, new RequestOptions());
        RecordedRequest r = take("GET", NUMBER_PATH);
        assertNull(r.getHeaders().get("x-correlation-id"));
        assertTrue(r.getHeaders().get("x-ms-client-request-id") != null, "the SDK's own id");
    }

    @Test
    void aShorterPerCallTimeoutStopsRetriesTheBuilderWouldMake() throws Exception {
        // waits take no wall time and count against deadlines
        FakeTime time = new FakeTime();
        PhoneNumbersClient c = builder().clock(time).sleeper(time).buildClient();
        // the service asks to wait 10 s: within the default 3-minute call timeout, not within 5 s
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "10").build());
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> c.getPurchasedPhoneNumberWithResponse(NUMBER, new RequestOptions().withTimeout(Duration.ofSeconds(5))));
        assertEquals(429, e.getStatusCode());
        assertEquals(List.of(), time.waits, "no retry: its wait would pass the per-call deadline");
        take("GET", NUMBER_PATH);

        // the same call without options waits and retries
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "10").build());
        server.enqueue(number());
        assertEquals(200, c.getPurchasedPhoneNumberWithResponse(NUMBER, null).getStatusCode());
        assertEquals(List.of(Duration.ofSeconds(10)), time.waits);
    }

    @Test
    void aLongerPerCallTimeoutAllowsRetriesTheBuilderWouldRefuse() throws Exception {
        FakeTime time = new FakeTime();
        PhoneNumbersClient c = builder().clock(time).callTimeout(Duration.ofSeconds(5)).sleeper(time).buildClient();
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "10").build());
        server.enqueue(number());
        Response<PurchasedPhoneNumber> r = c.getPurchasedPhoneNumberWithResponse(NUMBER,
            new RequestOptions().withTimeout(Duration.ofMinutes(1)));
        assertEquals(200, r.getStatusCode());
        assertEquals(List.of(Duration.ofSeconds(10)), time.waits);
    }

    @Test
    @Timeout(30)
    void aPerCallTimeoutEndsAnAnswerThatNeverComes() throws Exception {
        PhoneNumbersClient c = builder().clock(Clock.systemUTC()).buildClient();
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", JSON_UTF8)
            .onResponseStart(mockwebserver3.SocketEffect.Stall.INSTANCE).body(NUMBER_JSON).build());
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> c.getPurchasedPhoneNumberWithResponse(NUMBER, new RequestOptions().withTimeout(Duration.ofMillis(300))));
        assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("call timeout of 300 ms"),
            e.getMessage());
    }

    @Test
    void asyncAnswersTheSameAsSync() throws Exception {
        RequestOptions options = new RequestOptions().withHeader("x-correlation-id", "c-1");
        server.enqueue(number());
        Response<PurchasedPhoneNumber> sync = client.getPurchasedPhoneNumberWithResponse(NUMBER, options);
        RecordedRequest s = take("GET", NUMBER_PATH);
        server.enqueue(number());
        Response<PurchasedPhoneNumber> async = builder().buildAsyncClient()
            .getPurchasedPhoneNumberWithResponse(NUMBER, options).get(10, TimeUnit.SECONDS);
        RecordedRequest a = take("GET", NUMBER_PATH);

        assertEquals(sync.getStatusCode(), async.getStatusCode());
        assertEquals(sync.getValue(), async.getValue());
        assertEquals(sync.getCorrelationVector(), async.getCorrelationVector());
        assertEquals(sync.getHeaders().keySet(), async.getHeaders().keySet());
        assertEquals(a.getHeaders().get("x-ms-client-request-id"), async.getRequestId());
        assertEquals(s.getHeaders().get("x-correlation-id"), a.getHeaders().get("x-correlation-id"));
    }

    @Test
    void aCallWithoutValueStillReportsItsResponse() throws Exception {
        String rid = "8e2b6a1c-3f4d-4c5e-9a7b-1d2e3f4a5b6c";
        server.enqueue(new MockResponse.Builder().code(204).addHeader("MS-CV", "cv-del").build());
        Response<Void> sync = client.deleteReservationWithResponse(rid, null);
        server.enqueue(new MockResponse.Builder().code(204).addHeader("MS-CV", "cv-del").build());
        Response<Void> async = builder().buildAsyncClient().deleteReservationWithResponse(rid, null)
            .get(10, TimeUnit.SECONDS);
        for (Response<Void> r : List.of(sync, async)) {
            assertEquals(204, r.getStatusCode());
            assertNull(r.getValue());
            assertEquals("cv-del", r.getCorrelationVector());
        }
    }

    @Test
    void aServiceErrorIsStillAnException() {
        server.enqueue(error(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Input phoneNumber cannot be "
            + "found.\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.getPurchasedPhoneNumberWithResponse(NUMBER, null));
        assertEquals(404, e.getStatusCode());
    }

    @Test
    void listOptionsGoOnEveryPage() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[" + NUMBER_JSON + "],\"nextLink\":\"/phoneNumbers?skip=1&"
            + V + "\"}"));
        server.enqueue(json(200, "{\"phoneNumbers\":[" + NUMBER_JSON + "]}"));
        List<PurchasedPhoneNumber> all = client.listPurchasedPhoneNumbers(null,
            new RequestOptions().withHeader("x-correlation-id", "list-1")).stream().toList();
        assertEquals(2, all.size());
        assertEquals("list-1", take().getHeaders().get("x-correlation-id"));
        assertEquals("list-1", take().getHeaders().get("x-correlation-id"));

        server.enqueue(json(200, "{\"phoneNumbers\":[" + NUMBER_JSON + "]}"));
        Page<PurchasedPhoneNumber> page = builder().buildAsyncClient().listPurchasedPhoneNumbers(null,
            new RequestOptions().withHeader("x-correlation-id", "list-2")).getPage(null).get(10, TimeUnit.SECONDS);
        assertEquals(1, page.items().size());
        assertEquals("list-2", take().getHeaders().get("x-correlation-id"));
    }

    @Test
    void beginOptionsGoOnTheStartRequestOnly() throws Exception {
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/release_1?" + V)
            .addHeader("operation-id", "release_1").build());
        server.enqueue(operation("releasePhoneNumber", "succeeded", "release_1", null));
        SyncPoller<Void> poller = client.beginReleasePhoneNumber(NUMBER, new LongRunningOperationOptions(),
            new RequestOptions().withHeader("x-correlation-id", "release-1"));
        poller.getFinalResult();
        RecordedRequest start = take("DELETE", NUMBER_PATH);
        assertEquals("release-1", start.getHeaders().get("x-correlation-id"));
        RecordedRequest poll = take("GET", "/phoneNumbers/operations/release_1?" + V);
        assertNull(poll.getHeaders().get("x-correlation-id"), "polls are not the start request");
    }

    @Test
    void headersTheSdkOwnsAreRefusedBeforeAnyRequest() {
        for (String owned : List.of("Authorization", "x-ms-date", "X-MS-CONTENT-SHA256", "Host", "Content-Type",
            "Content-Length", "User-Agent", "traceparent")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RequestOptions().withHeader(owned, "value"));
            assertTrue(e.getMessage().contains(owned) && e.getMessage().contains("set by the SDK"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
