package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResultError;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SearchAndPurchaseTest extends PhoneNumbersTestBase {
    static final String SEARCH_ID = "8af8e74b-17b9-4bab-8448-5dc2502385e6";
    static final String OP = "search_" + SEARCH_ID;
    static final String OP_PATH = "/phoneNumbers/operations/" + OP + "?" + V;
    static final String RESULTS_PATH = "/availablePhoneNumbers/searchResults/" + SEARCH_ID + "?" + V;
    static final PhoneNumberCapabilities OUTBOUND_ONLY =
        new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE);

    static String searchResult(boolean agreementRequired) {
        return "{\"searchId\":\"" + SEARCH_ID + "\",\"phoneNumbers\":[\"+18332016898\"],\"phoneNumberType\":\"tollFree\","
            + "\"assignmentType\":\"application\",\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},"
            + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"},"
            + "\"searchExpiresBy\":\"2025-06-17T16:56:29.2756718+00:00\",\"isAgreementToNotResellRequired\":"
            + agreementRequired + ",\"error\":\"NoError\"}";
    }

    void enqueueSearchStart() {
        server.enqueue(accepted()
            .addHeader("Location", RESULTS_PATH)
            .addHeader("Operation-Location", OP_PATH)
            .addHeader("operation-id", OP)
            .addHeader("search-id", SEARCH_ID)
            .addHeader("Access-Control-Expose-Headers", "Location,Operation-Location,operation-id,search-id")
            .build());
    }

    @Test
    void searchPollsThroughANonMonotonicStatusAndReadsTheResultsLocation() throws Exception {
        enqueueSearchStart();
        server.enqueue(operation("search", "running", OP, null));
        server.enqueue(operation("search", "notStarted", OP, null));
        server.enqueue(operation("search", "succeeded", OP, RESULTS_PATH));
        server.enqueue(json(200, searchResult(false)));

        SyncPoller<PhoneNumberSearchResult> poller = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY,
            new SearchOptions().withQuantity(1));
        assertEquals(OP, poller.getOperationId());
        assertEquals(1, server.getRequestCount());

        PhoneNumberSearchResult result = poller.getFinalResult();

        assertEquals(SEARCH_ID, result.getSearchId());
        assertEquals(List.of("+18332016898"), result.getPhoneNumbers());
        assertEquals(OffsetDateTime.parse("2025-06-17T16:56:29.2756718+00:00"), result.getSearchExpiresBy());
        assertFalse(result.isAgreementToNotResellRequired());
        assertEquals(PhoneNumberSearchResultError.NO_ERROR, result.getError());
        assertNull(result.getErrorCode());
        assertEquals(2.0, result.getCost().getAmount());
        assertEquals(OperationStatus.SUCCEEDED, poller.getStatus());

        RecordedRequest start = take("POST", "/availablePhoneNumbers/countries/US/:search?" + V);
        assertEquals("{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\","
            + "\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":1}", body(start));
        assertTrue(start.getHeaders().get("Content-Type").startsWith("application/json"));
        take("GET", OP_PATH);
        take("GET", OP_PATH);
        take("GET", OP_PATH);
        take("GET", RESULTS_PATH);
        // polls at once, then waits the interval between polls; no wall-clock time passes in the test
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
        // the result is read once however often it is asked for
        assertEquals(result, poller.getFinalResult());
        assertEquals(5, server.getRequestCount());
    }

    @Test
    void searchSendsTheAreaCodeAndHonoursRetryAfterAndAPerCallInterval() throws Exception {
        enqueueSearchStart();
        server.enqueue(operationBuilder("search", "running", OP, null).addHeader("Retry-After", "7").build());
        server.enqueue(operation("search", "running", OP, null));
        server.enqueue(operation("search", "succeeded", OP, RESULTS_PATH));
        server.enqueue(json(200, searchResult(true)));

        PhoneNumberSearchResult result = client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.GEOGRAPHIC,
            PhoneNumberAssignmentType.PERSON, new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
                PhoneNumberCapabilityType.INBOUND_OUTBOUND),
            new SearchOptions().withAreaCode("212").withPollInterval(Duration.ofMillis(500))).getFinalResult();

        assertTrue(result.isAgreementToNotResellRequired());
        assertEquals("{\"phoneNumberType\":\"geographic\",\"assignmentType\":\"person\",\"capabilities\":"
                + "{\"calling\":\"inbound+outbound\",\"sms\":\"inbound+outbound\"},\"areaCode\":\"212\"}",
            body(take()));
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofMillis(500)), sleeps);
    }

    @Test
    void aFailedSearchThrowsTheOperationsError() {
        enqueueSearchStart();
        server.enqueue(json(200, "{\"operationType\":\"search\",\"status\":\"failed\",\"resourceLocation\":null,"
            + "\"createdDateTime\":\"2025-06-17T16:40:22.5120904+00:00\",\"id\":\"" + OP + "\","
            + "\"error\":{\"code\":\"OutOfStock\",\"message\":\"No numbers match the request.\"}}"));

        SyncPoller<PhoneNumberSearchResult> poller = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY);
        CommunicationException e = assertThrows(CommunicationException.class, poller::getFinalResult);

        assertEquals("OutOfStock", e.getErrorCode());
        assertEquals("No numbers match the request.", e.getServiceMessage());
        assertEquals(OP, e.getOperationId());
        // the operation's own error decides the kind, with the status of the poll answer that reported it
        assertEquals(ErrorKind.OUT_OF_STOCK, e.getKind());
        assertEquals(200, e.getStatusCode());
        assertEquals(OperationStatus.FAILED, poller.getStatus());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRefusedSearchThrowsFromBegin() throws Exception {
        server.enqueue(error(400, "{\"error\":{\"code\":\"InternalError\",\"message\":\"The server encountered an "
            + "internal error.\",\"innererror\":{\"code\":\"BadRequest\",\"message\":\"We are unable to find phone "
            + "plans to match your requested capabilities.\"}}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY));
        assertEquals(400, e.getStatusCode());
        assertEquals("BadRequest", e.getInnerErrorCode());
        // a 400 is not retried even though its code says InternalError
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void searchArgumentsAreCheckedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> client.beginSearchAvailablePhoneNumbers("U1",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY));
        assertThrows(IllegalArgumentException.class, () -> client.beginSearchAvailablePhoneNumbers("US",
            null, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY));
        assertThrows(IllegalArgumentException.class, () -> client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new SearchOptions().withQuantity(0));
        assertTrue(e.getMessage().contains("quantity"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void cancelDeletesTheOperation() throws Exception {
        enqueueSearchStart();
        server.enqueue(empty(204));
        SyncPoller<PhoneNumberSearchResult> poller = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY);
        poller.cancelOperation();
        assertEquals(OperationStatus.CANCELLED, poller.getStatus());
        take();
        take("DELETE", "/phoneNumbers/operations/" + OP + "?" + V);
        CommunicationException e = assertThrows(CommunicationException.class, poller::getFinalResult);
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    }

    @Test
    void aSearchResumesFromItsTokenWithoutStartingAgain() throws Exception {
        enqueueSearchStart();
        server.enqueue(operation("search", "running", OP, null));
        SyncPoller<PhoneNumberSearchResult> first = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY);
        assertEquals(OperationStatus.RUNNING, first.poll());
        String token = first.getResumeToken();
        take();
        take();

        PhoneNumbersClient other = builder().buildClient();
        server.enqueue(operation("search", "succeeded", OP, RESULTS_PATH));
        server.enqueue(json(200, searchResult(false)));
        SyncPoller<PhoneNumberSearchResult> resumed = other.resumeSearchAvailablePhoneNumbers(token);

        assertEquals(SEARCH_ID, resumed.getFinalResult().getSearchId());
        assertEquals(OP, resumed.getOperationId());
        take("GET", OP_PATH);
        take("GET", RESULTS_PATH);
    }

    @Test
    void aSearchResumesFromItsBareOperationId() throws Exception {
        server.enqueue(operation("search", "succeeded", OP, null));
        server.enqueue(json(200, searchResult(false)));
        assertEquals(SEARCH_ID, client.resumeSearchAvailablePhoneNumbers(OP).getFinalResult().getSearchId());
        take("GET", OP_PATH);
        take("GET", RESULTS_PATH);
    }

    @Test
    void aTokenOfAnotherKindIsRefused() {
        enqueueSearchStart();
        String token = client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY).getResumeToken();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.resumeReleasePhoneNumber(token));
        assertTrue(e.getMessage().contains("search"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.resumePurchasePhoneNumbers("not a token"));
    }

    @Test
    void anAbsoluteOperationLocationWithoutApiVersionGetsOne() throws Exception {
        server.enqueue(accepted().addHeader("Operation-Location", endpoint() + "/phoneNumbers/operations/" + OP)
            .addHeader("operation-id", OP).build());
        server.enqueue(operation("search", "succeeded", OP, null));
        server.enqueue(json(200, searchResult(false)));
        assertEquals(SEARCH_ID, client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY).getFinalResult().getSearchId());
        take();
        take("GET", OP_PATH);
        // no Location anywhere: the results address follows from the operation id
        take("GET", RESULTS_PATH);
    }

    @Test
    void purchaseSendsAgreeToNotResellAndEndsWithoutABody() throws Exception {
        String op = "purchase_" + SEARCH_ID;
        String opPath = "/phoneNumbers/operations/" + op + "?" + V;
        server.enqueue(accepted().addHeader("Operation-Location", opPath).addHeader("operation-id", op)
            .addHeader("purchase-id", SEARCH_ID).build());
        server.enqueue(operation("purchase", "running", op, null));
        server.enqueue(operation("purchase", "notStarted", op, null));
        server.enqueue(operation("purchase", "notStarted", op, null));
        server.enqueue(operation("purchase", "succeeded", op, null));

        SyncPoller<Void> poller = client.beginPurchasePhoneNumbers(SEARCH_ID,
            new PurchaseOptions().withAgreeToNotResell(true));
        assertEquals(OperationStatus.SUCCEEDED, poller.waitForCompletion());
        assertNull(poller.getFinalResult());

        RecordedRequest start = take("POST", "/availablePhoneNumbers/:purchase?" + V);
        assertEquals("{\"searchId\":\"" + SEARCH_ID + "\",\"agreeToNotResell\":true}", body(start));
        for (int i = 0; i < 4; i++) {
            take("GET", opPath);
        }
        assertEquals(5, server.getRequestCount());
        assertEquals(3, sleeps.size());
    }

    @Test
    void purchaseWithoutOptionsSendsOnlyTheSearchId() throws Exception {
        server.enqueue(error(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Do not resell agreement was not "
            + "provided and it is required for this purchase.\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginPurchasePhoneNumbers(SEARCH_ID));
        assertEquals("BadRequest", e.getErrorCode());
        assertEquals("{\"searchId\":\"" + SEARCH_ID + "\"}", body(take()));
        assertThrows(IllegalArgumentException.class, () -> client.beginPurchasePhoneNumbers(" "));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void waitForCompletionWithATimeoutReturnsTheLastStatus() {
        enqueueSearchStart();
        for (int i = 0; i < 3; i++) {
            server.enqueue(operation("search", "running", OP, null));
        }
        PhoneNumbersClient ticking = builder().clock(new TickingClock()).sleeper(d -> { }).buildClient();
        SyncPoller<PhoneNumberSearchResult> poller = ticking.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, OUTBOUND_ONLY);
        assertEquals(OperationStatus.RUNNING, poller.waitForCompletion(Duration.ofSeconds(3)));
        assertFalse(poller.getStatus().isComplete());
    }

    /** A clock that moves 1 s forward every time it is read, so deadlines pass without waiting. */
    static final class TickingClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2025-06-17T16:40:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized java.time.Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
