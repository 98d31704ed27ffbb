package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.UpdateCapabilitiesOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class CapabilitiesAndReleaseTest extends PhoneNumbersTestBase {
    static final String GUID = "6a7f4f8e-0c55-4d0e-8d0b-6b1f1b2d9e10";
    static final String CAP_OP = "capabilities_" + GUID;
    static final String CAP_OP_PATH = "/phoneNumbers/operations/" + CAP_OP + "?" + V;
    static final String NUMBER_PATH_LITERAL_PLUS = "/phoneNumbers/+14155550100?" + V;

    static String updated() {
        return "{\"id\":\"14155550100\",\"phoneNumber\":\"+14155550100\",\"countryCode\":\"US\","
            + "\"phoneNumberType\":\"tollFree\",\"capabilities\":{\"calling\":\"none\",\"sms\":\"outbound\"},"
            + "\"assignmentType\":\"application\",\"purchaseDate\":\"2025-02-07T16:24:00.2794376+00:00\","
            + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";
    }

    @Test
    void updateCapabilitiesPatchesThenReadsTheNumberAgain() throws Exception {
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(202).addHeader("Content-Type", JSON_UTF8)
            .addHeader("Location", NUMBER_PATH_LITERAL_PLUS)
            .addHeader("Operation-Location", CAP_OP_PATH)
            .addHeader("operation-id", CAP_OP)
            .addHeader("capabilities-id", GUID)
            .body("{\"capabilitiesUpdateId\":\"" + GUID + "\"}").build());
        server.enqueue(operationBuilder("updatePhoneNumberCapabilities", "running", CAP_OP, NUMBER_PATH_LITERAL_PLUS)
            .addHeader("Location", NUMBER_PATH_LITERAL_PLUS).build());
        server.enqueue(operation("updatePhoneNumberCapabilities", "succeeded", CAP_OP, NUMBER_PATH_LITERAL_PLUS));
        server.enqueue(json(200, updated()));

        SyncPoller<PurchasedPhoneNumber> poller = client.beginUpdatePhoneNumberCapabilities("+14155550100",
            PhoneNumberCapabilityType.NONE, PhoneNumberCapabilityType.OUTBOUND);
        PurchasedPhoneNumber number = poller.getFinalResult();

        assertEquals(PhoneNumberCapabilityType.NONE, number.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, number.getCapabilities().getSms());
        RecordedRequest patch = take("PATCH", "/phoneNumbers/%2B14155550100/capabilities?" + V);
        assertEquals("{\"calling\":\"none\",\"sms\":\"outbound\"}", body(patch));
        assertTrue(patch.getHeaders().get("Content-Type").startsWith("application/merge-patch+json"),
            patch.getHeaders().get("Content-Type"));
        take("GET", CAP_OP_PATH);
        take("GET", CAP_OP_PATH);
        // the Location the service gave, literal plus and all
        take("GET", NUMBER_PATH_LITERAL_PLUS);
    }

    @Test
    void aNullCapabilityIsLeftOutOfThePatch() throws Exception {
        server.enqueue(accepted().addHeader("Operation-Location", CAP_OP_PATH).addHeader("operation-id", CAP_OP)
            .build());
        server.enqueue(operation("updatePhoneNumberCapabilities", "succeeded", CAP_OP, null));
        server.enqueue(json(200, updated()));

        client.beginUpdatePhoneNumberCapabilities("+14155550100", null, PhoneNumberCapabilityType.OUTBOUND,
            new LongRunningOperationOptions().withPollInterval(Duration.ofSeconds(1))).getFinalResult();

        assertEquals("{\"sms\":\"outbound\"}", body(take()));
        take("GET", CAP_OP_PATH);
        // without any Location the number is read at its own address
        take("GET", "/phoneNumbers/%2B14155550100?" + V);
    }

    @Test
    void updateCapabilitiesOfANumberNotOwnedIsForbidden() {
        server.enqueue(error(403, "{\"error\":{\"code\":\"InsufficientPermissions\",\"message\":\"Phone number not "
            + "owned by this resource.\",\"target\":\"phonenumber\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginUpdatePhoneNumberCapabilities("+14155550100", PhoneNumberCapabilityType.INBOUND, null));
        assertEquals(403, e.getStatusCode());
        assertEquals("InsufficientPermissions", e.getErrorCode());
        assertEquals(ErrorKind.INSUFFICIENT_PERMISSIONS, e.getKind());
    }

    @Test
    void updateCapabilitiesNeedsSomethingToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.beginUpdatePhoneNumberCapabilities("+14155550100", null, null));
        assertTrue(e.getMessage().contains("calling"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> client.beginUpdatePhoneNumberCapabilities("invalid_phone_number", PhoneNumberCapabilityType.NONE,
                null));
        assertEquals(0, server.getRequestCount());
    }

    private void enqueueCapabilityUpdate() {
        server.enqueue(accepted().addHeader("Operation-Location", CAP_OP_PATH).addHeader("operation-id", CAP_OP)
            .build());
        server.enqueue(operation("updatePhoneNumberCapabilities", "succeeded", CAP_OP, null));
        server.enqueue(json(200, updated()));
    }

    @Test
    void theOptionsFormPutsEachCapabilityInItsOwnField() throws Exception {
        enqueueCapabilityUpdate();
        // calling and sms differ, so a swap would show in the body
        client.beginUpdatePhoneNumberCapabilities("+14155550100", new UpdateCapabilitiesOptions()
            .withSms(PhoneNumberCapabilityType.INBOUND_OUTBOUND).withCalling(PhoneNumberCapabilityType.INBOUND)
            .withPollInterval(Duration.ofSeconds(1))).getFinalResult();

        assertEquals("{\"calling\":\"inbound\",\"sms\":\"inbound+outbound\"}",
            body(take("PATCH", "/phoneNumbers/%2B14155550100/capabilities?" + V)));
        take("GET", CAP_OP_PATH);
        take("GET", "/phoneNumbers/%2B14155550100?" + V);
    }

    @Test
    void theAsyncOptionsFormPutsEachCapabilityInItsOwnField() throws Exception {
        enqueueCapabilityUpdate();
        PhoneNumbersAsyncClient async = builder().buildAsyncClient();
        PurchasedPhoneNumber number = async.beginUpdatePhoneNumberCapabilities("+14155550100",
                new UpdateCapabilitiesOptions().withCalling(PhoneNumberCapabilityType.OUTBOUND))
            .get(10, TimeUnit.SECONDS).getFinalResult().get(10, TimeUnit.SECONDS);
        assertEquals(PhoneNumberCapabilityType.NONE, number.getCapabilities().getCalling());
        assertEquals("{\"calling\":\"outbound\"}",
            body(take("PATCH", "/phoneNumbers/%2B14155550100/capabilities?" + V)));
    }

    @Test
    void theOptionsFormNeedsOptionsAndSomethingToChange() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
            () -> client.beginUpdatePhoneNumberCapabilities("+14155550100", (UpdateCapabilitiesOptions) null));
        assertTrue(missing.getMessage().contains("options"), missing.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
            () -> client.beginUpdatePhoneNumberCapabilities("+14155550100", new UpdateCapabilitiesOptions()));
        assertTrue(empty.getMessage().contains("calling"), empty.getMessage());
        PhoneNumbersAsyncClient async = builder().buildAsyncClient();
        assertThrows(IllegalArgumentException.class,
            () -> async.beginUpdatePhoneNumberCapabilities("+14155550100", (UpdateCapabilitiesOptions) null));
        assertThrows(IllegalArgumentException.class,
            () -> async.beginUpdatePhoneNumberCapabilities("+14155550100", new UpdateCapabilitiesOptions()));
        assertThrows(IllegalArgumentException.class,
            () -> new UpdateCapabilitiesOptions().withPollInterval(Duration.ZERO));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCapabilityUpdateResumesFromItsToken() throws Exception {
        server.enqueue(accepted().addHeader("Location", NUMBER_PATH_LITERAL_PLUS)
            .addHeader("Operation-Location", CAP_OP_PATH).addHeader("operation-id", CAP_OP).build());
        String token = client.beginUpdatePhoneNumberCapabilities("+14155550100", PhoneNumberCapabilityType.NONE,
            PhoneNumberCapabilityType.NONE).getResumeToken();
        server.enqueue(operation("updatePhoneNumberCapabilities", "succeeded", CAP_OP, null));
        server.enqueue(json(200, updated()));

        assertEquals("+14155550100",
            client.resumeUpdatePhoneNumberCapabilities(token).getFinalResult().getPhoneNumber());
        take();
        take("GET", CAP_OP_PATH);
        take("GET", NUMBER_PATH_LITERAL_PLUS);
    }

    @Test
    void releaseDeletesTheNumberAndPollsUntilSucceeded() throws Exception {
        String op = "release_" + GUID;
        String opPath = "/phoneNumbers/operations/" + op + "?" + V;
        server.enqueue(accepted().addHeader("Operation-Location", opPath).addHeader("operation-id", op)
            .addHeader("release-id", GUID).build());
        server.enqueue(operation("releasePhoneNumber", "notStarted", op, null));
        server.enqueue(operation("releasePhoneNumber", "running", op, null));
        server.enqueue(operation("releasePhoneNumber", "succeeded", op, null));

        SyncPoller<Void> poller = client.beginReleasePhoneNumber("+14155550100");
        assertNull(poller.getFinalResult());
        assertEquals(OperationStatus.SUCCEEDED, poller.getStatus());

        RecordedRequest delete = take("DELETE", "/phoneNumbers/%2B14155550100?" + V);
        assertEquals(0, delete.getBodySize());
        take("GET", opPath);
        take("GET", opPath);
        take("GET", opPath);
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
    }

    @Test
    void aReleaseOfANumberNotOwnedFailsThroughTheOperation() {
        String op = "release_" + GUID;
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/" + op + "?" + V)
            .addHeader("operation-id", op).build());
        server.enqueue(json(200, "{\"operationType\":\"releasePhoneNumber\",\"status\":\"failed\","
            + "\"resourceLocation\":null,\"createdDateTime\":\"2025-06-17T16:40:22.5120904+00:00\",\"id\":\"" + op
            + "\",\"lastActionDateTime\":\"0001-01-01T00:00:00+00:00\",\"error\":{\"code\":\"InsufficientPermissions\","
            + "\"message\":\"Phone number not owned by this resource.\",\"innererror\":{\"code\":\"NotOwned\","
            + "\"message\":\"inner why\"}}}"));

        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginReleasePhoneNumber("+14155550100").getFinalResult());

        assertEquals("InsufficientPermissions", e.getErrorCode());
        assertEquals("NotOwned", e.getInnerErrorCode());
        assertEquals(op, e.getOperationId());
        assertTrue(e.getMessage().contains("not owned"), e.getMessage());
    }

    /** What the emulator answers for a number the resource does not own: 202, then a failed poll with NotFound. */
    private String enqueueReleaseOfANumberNotOwned() {
        String op = "release_" + GUID;
        server.enqueue(accepted().addHeader("Operation-Location", "/phoneNumbers/operations/" + op + "?" + V)
            .addHeader("operation-id", op).build());
        server.enqueue(json(200, "{\"operationType\":\"releasePhoneNumber\",\"status\":\"failed\","
            + "\"resourceLocation\":null,\"createdDateTime\":\"2025-06-17T16:40:22.5120904+00:00\",\"id\":\"" + op
            + "\",\"lastActionDateTime\":\"0001-01-01T00:00:00+00:00\",\"error\":{\"code\":\"NotFound\","
            + "\"message\":\"Input phoneNumber +14155550100 cannot be found.\",\"target\":\"phonenumber\"}}"));
        return op;
    }

    private static void assertNotOwned(String op, CommunicationException e) {
        assertEquals(ErrorKind.NOT_FOUND, e.getKind(), e.getMessage());
        assertEquals(200, e.getStatusCode(), "the status of the poll answer that reported the failure");
        assertEquals("NotFound", e.getErrorCode());
        assertEquals(op, e.getOperationId());
        assertTrue(e.getMessage().startsWith("Operation " + op + " failed (HTTP 200): NotFound - Input phoneNumber"),
            e.getMessage());
        assertTrue(e.getMessage().contains(ErrorKind.NOT_FOUND.getHint()), e.getMessage());
    }

    @Test
    void aReleaseOfANumberNotOwnedEndsNotFoundOnBothSides() throws Exception {
        String op = enqueueReleaseOfANumberNotOwned();
        SyncPoller<Void> poller = client.beginReleasePhoneNumber("+14155550100");
        assertNotOwned(op, assertThrows(CommunicationException.class, poller::getFinalResult));
        assertEquals(OperationStatus.FAILED, poller.getStatus());

        enqueueReleaseOfANumberNotOwned();
        io.github.acsnumbers.core.lro.AsyncPoller<Void> async = builder().buildAsyncClient()
            .beginReleasePhoneNumber("+14155550100").get(10, TimeUnit.SECONDS);
        java.util.concurrent.ExecutionException ee = assertThrows(java.util.concurrent.ExecutionException.class,
            () -> async.getFinalResult().get(10, TimeUnit.SECONDS));
        assertNotOwned(op, (CommunicationException) ee.getCause());
        assertEquals(OperationStatus.FAILED, async.getStatus());
    }

    @Test
    void aReleaseResumesFromItsOperationId() throws Exception {
        String op = "release_" + GUID;
        server.enqueue(operation("releasePhoneNumber", "succeeded", op, null));
        SyncPoller<Void> poller = client.resumeReleasePhoneNumber(op);
        assertEquals(OperationStatus.SUCCEEDED, poller.waitForCompletion());
        take("GET", "/phoneNumbers/operations/" + op + "?" + V);
    }

    @Test
    void anAcceptedOperationWithoutAnyLocationIsReportedClearly() {
        server.enqueue(accepted().build());
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginReleasePhoneNumber("+14155550100"));
        assertTrue(e.getMessage().contains("Operation-Location"), e.getMessage());
    }
}
