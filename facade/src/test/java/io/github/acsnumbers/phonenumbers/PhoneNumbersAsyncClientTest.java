package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async client runs the same operations; these check the future-based plumbing, not every wire detail again. */
class PhoneNumbersAsyncClientTest extends PhoneNumbersTestBase {
    PhoneNumbersAsyncClient async;

    @BeforeEach
    void asyncClient() {
        // async waits are scheduled, not slept: keep them tiny
        async = builder().pollInterval(Duration.ofMillis(1)).buildAsyncClient();
    }

    @Test
    void getCompletesWithTheNumber() throws Exception {
        server.enqueue(json(200, PurchasedPhoneNumbersTest.number("14155550100", "geographic")));
        assertEquals("+14155550100", async.getPurchasedPhoneNumber("+14155550100").get(5, TimeUnit.SECONDS)
            .getPhoneNumber());
        take("GET", "/phoneNumbers/%2B14155550100?" + V);
    }

    @Test
    void serviceErrorsCompleteExceptionallyAndArgumentErrorsThrowAtOnce() {
        server.enqueue(error(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"nope\",\"target\":\"phonenumber\"}}"));
        ExecutionException e = assertThrows(ExecutionException.class,
            () -> async.getPurchasedPhoneNumber("+14155550100").get(5, TimeUnit.SECONDS));
        CommunicationException ce = assertInstanceOf(CommunicationException.class, e.getCause());
        assertEquals(404, ce.getStatusCode());
        assertThrows(IllegalArgumentException.class, () -> async.getPurchasedPhoneNumber("nope"));
        assertThrows(IllegalArgumentException.class, () -> async.getReservation("nope"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void listsFetchPagesOnDemand() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[" + PurchasedPhoneNumbersTest.number("14155550100", "geographic")
            + "],\"nextLink\":\"/phoneNumbers?" + V + "&skip=1\"}"));
        server.enqueue(json(200, "{\"phoneNumbers\":[" + PurchasedPhoneNumbersTest.number("14155550101", "geographic")
            + "]}"));
        List<String> seen = new CopyOnWriteArrayList<>();
        async.listPurchasedPhoneNumbers().forEach(n -> seen.add(n.getPhoneNumber())).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("+14155550100", "+14155550101"), seen);
        take("GET", "/phoneNumbers?" + V);
        take("GET", "/phoneNumbers?" + V + "&skip=1");
    }

    @Test
    void searchPollerCompletesWithTheSearchResult() throws Exception {
        String id = SearchAndPurchaseTest.SEARCH_ID;
        String op = "search_" + id;
        server.enqueue(accepted().addHeader("Location", SearchAndPurchaseTest.RESULTS_PATH)
            .addHeader("Operation-Location", SearchAndPurchaseTest.OP_PATH).addHeader("operation-id", op).build());
        server.enqueue(operation("search", "running", op, null));
        server.enqueue(operation("search", "notStarted", op, null));
        server.enqueue(operation("search", "succeeded", op, SearchAndPurchaseTest.RESULTS_PATH));
        server.enqueue(json(200, SearchAndPurchaseTest.searchResult(false)));

        AsyncPoller<PhoneNumberSearchResult> poller = async.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE))
            .get(5, TimeUnit.SECONDS);
        PhoneNumberSearchResult result = poller.getFinalResult().get(5, TimeUnit.SECONDS);

        assertEquals(id, result.getSearchId());
        assertEquals(OperationStatus.SUCCEEDED, poller.getStatus());
        take("POST", "/availablePhoneNumbers/countries/US/:search?" + V);
        take("GET", SearchAndPurchaseTest.OP_PATH);
        take("GET", SearchAndPurchaseTest.OP_PATH);
        take("GET", SearchAndPurchaseTest.OP_PATH);
        take("GET", SearchAndPurchaseTest.RESULTS_PATH);
    }

    @Test
    void aFailedReleaseCompletesExceptionallyWithTheOperationError() throws Exception {
        String op = "release_1";
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/" + op + "?" + V)
            .addHeader("operation-id", op).build());
        server.enqueue(json(200, "{\"operationType\":\"releasePhoneNumber\",\"status\":\"failed\",\"id\":\"" + op
            + "\",\"createdDateTime\":\"2025-06-17T16:40:22.5120904+00:00\",\"error\":{\"code\":\"NotOwned\","
            + "\"message\":\"x\"}}"));
        AsyncPoller<Void> poller = async.beginReleasePhoneNumber("+14155550100").get(5, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class,
            () -> poller.getFinalResult().get(5, TimeUnit.SECONDS));
        assertEquals("NotOwned", assertInstanceOf(CommunicationException.class, e.getCause()).getErrorCode());
    }

    @Test
    void reservationsAndResume() throws Exception {
        String rid = BrowseAndReservationsTest.RID;
        server.enqueue(json(207, "{\"id\":\"" + rid + "\",\"phoneNumbers\":{\"18335550100\":"
            + BrowseAndReservationsTest.item("18335550100", "error", false) + "},\"status\":\"active\"}"));
        server.enqueue(empty(204));
        server.enqueue(operation("reservationPurchase", "succeeded", "reservationPurchase_" + rid, null));

        PhoneNumbersReservation r = async.createOrUpdateReservation(rid,
            List.<AvailablePhoneNumber>of(BrowseAndReservationsTest.browsed("18335550100")), null)
            .get(5, TimeUnit.SECONDS);
        assertEquals(1, r.getFailedPhoneNumbers().size());
        assertNull(async.deleteReservation(rid).get(5, TimeUnit.SECONDS));
        assertNull(async.resumeReservationPurchase("reservationPurchase_" + rid).getFinalResult()
            .get(5, TimeUnit.SECONDS));
        take("PATCH", BrowseAndReservationsTest.RPATH);
        take("DELETE", BrowseAndReservationsTest.RPATH);
        take("GET", "/phoneNumbers/operations/reservationPurchase_" + rid + "?" + V);
    }
}
