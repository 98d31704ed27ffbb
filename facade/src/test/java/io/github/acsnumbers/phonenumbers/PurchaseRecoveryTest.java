package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A purchase whose answer is lost is never bought twice: the client looks the operation up by its predictable id
 * ({@code purchase_<searchId>}, {@code reservationPurchase_<id>}) before anything is sent again.
 */
class PurchaseRecoveryTest extends PhoneNumbersTestBase {
    private static final String SEARCH = "8af8e74b-17b9-4bab-8448-5dc2502385e6";
    private static final String RESERVATION = "6f0c8a2e-1d2b-4c3d-8e4f-5a6b7c8d9e0f";

    @Test
    void lostAnswerOfAnAcceptedPurchaseContinuesThatOperation() throws Exception {
        server.enqueue(error(500, "{\"error\":{\"code\":\"InternalError\",\"message\":\"lost\"}}"));
        server.enqueue(operation("purchase", "running", "purchase_" + SEARCH, null));
        server.enqueue(operation("purchase", "succeeded", "purchase_" + SEARCH, null));
        SyncPoller<Void> poller = client.beginPurchasePhoneNumbers(SEARCH, new PurchaseOptions().withAgreeToNotResell(false));
        assertEquals("purchase_" + SEARCH, poller.getOperationId());
        poller.getFinalResult();
        take("POST", "/availablePhoneNumbers/:purchase?" + V);
        take("GET", "/phoneNumbers/operations/purchase_" + SEARCH + "?" + V);
        take("GET", "/phoneNumbers/operations/purchase_" + SEARCH + "?" + V);
        assertEquals(3, server.getRequestCount(), "the purchase POST was sent exactly once");
    }

    @Test
    void purchaseThatWasNotAppliedIsSentAgainAfterTheLookupSaysSo() throws Exception {
        server.enqueue(empty(502));
        server.enqueue(error(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such operation\"}}"));
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/purchase_" + SEARCH + "?" + V)
            .addHeader("operation-id", "purchase_" + SEARCH).addHeader("purchase-id", SEARCH).build());
        server.enqueue(operation("purchase", "succeeded", "purchase_" + SEARCH, null));
        client.beginPurchasePhoneNumbers(SEARCH, null).getFinalResult();
        take("POST", "/availablePhoneNumbers/:purchase?" + V);
        take("GET", "/phoneNumbers/operations/purchase_" + SEARCH + "?" + V);
        take("POST", "/availablePhoneNumbers/:purchase?" + V);
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void reservationPurchaseRecoversTheSameWayAsync() throws Exception {
        server.enqueue(empty(504));
        server.enqueue(operation("reservationPurchase", "succeeded", "reservationPurchase_" + RESERVATION, null));
        builder().pollInterval(java.time.Duration.ofMillis(1)).buildAsyncClient()
            .beginReservationPurchase(RESERVATION, null)
            .thenCompose(p -> p.getFinalResult()).get(10, TimeUnit.SECONDS);
        take("POST", "/availablePhoneNumbers/reservations/" + RESERVATION + "/:purchase?" + V);
        take("GET", "/phoneNumbers/operations/reservationPurchase_" + RESERVATION + "?" + V);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aClearRefusalIsNotRecoveredButReported() {
        server.enqueue(error(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Do not resell agreement was not "
            + "provided and it is required for this purchase.\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginPurchasePhoneNumbers(SEARCH, null));
        assertEquals(400, e.getStatusCode());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void getOperationReadsABareOperationIdIncludingItsError() throws Exception {
        server.enqueue(json(200, "{\"operationType\":\"releasePhoneNumber\",\"status\":\"failed\","
            + "\"resourceLocation\":null,\"createdDateTime\":\"2025-06-17T16:40:22.5120904+00:00\","
            + "\"id\":\"release_0a1b\",\"lastActionDateTime\":\"0001-01-01T00:00:00+00:00\","
            + "\"error\":{\"code\":\"InsufficientPermissions\",\"message\":\"Phone number not owned by this resource.\"}}"));
        io.github.acsnumbers.phonenumbers.models.PhoneNumberOperation op = client.getOperation("release_0a1b");
        take("GET", "/phoneNumbers/operations/release_0a1b?" + V);
        assertEquals("releasePhoneNumber", op.getOperationType());
        assertEquals(io.github.acsnumbers.core.lro.OperationStatus.FAILED, op.getStatus());
        assertEquals("InsufficientPermissions", op.getError().code());
        assertEquals(2025, op.getCreatedAt().getYear());
        assertEquals(1, op.getLastActionAt().getYear());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
            () -> client.getOperation("../../sip"));
        assertEquals(true, bad.getMessage().contains("operationId"), bad.getMessage());
    }
}
