package io.github.acsnumbers.phonenumbers;

import io.github.acsnumbers.phonenumbers.models.PhoneNumbersModelFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.phonenumbers.models.AvailabilityStatus;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.BrowseOptions;
import io.github.acsnumbers.phonenumbers.models.ListReservationsOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.ReservationStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BrowseAndReservationsTest extends PhoneNumbersTestBase {
    static final String RID = "6b7d1a4e-2f3c-4d5e-8f90-a1b2c3d4e5f6";
    static final String RPATH = "/availablePhoneNumbers/reservations/" + RID + "?" + V;

    static String item(String digits, String status, boolean withAgreement) {
        return "{\"id\":\"" + digits + "\",\"countryCode\":\"US\",\"phoneNumber\":\"+" + digits + "\","
            + "\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},\"phoneNumberType\":\"tollFree\","
            + "\"assignmentType\":\"application\",\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\","
            + "\"billingFrequency\":\"monthly\"},\"status\":\"" + status + "\""
            + (withAgreement ? ",\"isAgreementToNotResellRequired\":true" : "") + "}";
    }

    static AvailablePhoneNumber browsed(String digits) {
        return PhoneNumbersModelFactory.availablePhoneNumber(digits, "US", "+" + digits,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE),
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, null, AvailabilityStatus.AVAILABLE,
            false, null);
    }

    @Test
    void browseSendsOnlyTheGivenFiltersAndToleratesAMissingAgreementFlag() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[" + item("18335550100", "available", true) + ","
            + item("18335550101", "available", false) + "]}"));

        PhoneNumbersBrowseResult result = client.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            new BrowseOptions().withCapabilities(new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, null))
                .withAssignmentType(PhoneNumberAssignmentType.APPLICATION));

        assertEquals(2, result.getPhoneNumbers().size());
        AvailablePhoneNumber first = result.getPhoneNumbers().get(0);
        assertEquals("18335550100", first.getId());
        assertEquals(AvailabilityStatus.AVAILABLE, first.getStatus());
        assertTrue(first.isAgreementToNotResellRequired());
        assertFalse(result.getPhoneNumbers().get(1).isAgreementToNotResellRequired());
        RecordedRequest r = take("POST", "/availablePhoneNumbers/countries/US/:browse?" + V);
        assertEquals("{\"phoneNumberType\":\"tollFree\",\"capabilities\":{\"calling\":\"outbound\"},"
            + "\"assignmentType\":\"application\"}", body(r));
    }

    @Test
    void browseWithPrefixesAndNoOptions() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        client.browseAvailablePhoneNumbers("US", PhoneNumberType.GEOGRAPHIC);
        client.browseAvailablePhoneNumbers("US", PhoneNumberType.GEOGRAPHIC,
            new BrowseOptions().withPhoneNumberPrefixes(List.of("1425", "1626")));
        assertEquals("{\"phoneNumberType\":\"geographic\"}", body(take()));
        assertEquals("{\"phoneNumberType\":\"geographic\",\"phoneNumberPrefixes\":[\"1425\",\"1626\"]}", body(take()));
    }

    @Test
    void browseOfAnInvalidCountryIsRefusedLocally() {
        assertThrows(IllegalArgumentException.class,
            () -> client.browseAvailablePhoneNumbers("INVALID", PhoneNumberType.TOLL_FREE));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void createOrUpdateSendsAMergePatchWithNullRemovals() throws Exception {
        server.enqueue(json(200, "{\"id\":\"" + RID + "\",\"expiresAt\":\"2025-06-17T16:55:22.5120904+00:00\","
            + "\"phoneNumbers\":{\"18335550100\":" + item("18335550100", "reserved", false) + "},"
            + "\"status\":\"active\"}"));

        PhoneNumbersReservation reservation = client.createOrUpdateReservation(RID,
            List.of(browsed("18335550100")), List.of("+18335550199"));

        assertEquals(RID, reservation.getId());
        assertEquals(ReservationStatus.ACTIVE, reservation.getStatus());
        assertEquals(OffsetDateTime.parse("2025-06-17T16:55:22.5120904+00:00"), reservation.getExpiresAt());
        assertEquals(AvailabilityStatus.RESERVED, reservation.getPhoneNumbers().get("18335550100").getStatus());
        assertTrue(reservation.getFailedPhoneNumbers().isEmpty());
        RecordedRequest r = take("PATCH", RPATH);
        assertEquals("{\"phoneNumbers\":{\"18335550100\":{\"countryCode\":\"US\",\"capabilities\":"
            + "{\"calling\":\"outbound\",\"sms\":\"none\"},\"phoneNumberType\":\"tollFree\","
            + "\"assignmentType\":\"application\"},\"18335550199\":null}}", body(r));
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/merge-patch+json"));
    }

    @Test
    void anEmptyCreateSendsAnEmptyMapAndAcceptsA201() throws Exception {
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(201).addHeader("Content-Type", JSON_UTF8)
            .addHeader("Location", "/availablePhoneNumbers/reservations/" + RID)
            .body("{\"id\":\"" + RID + "\",\"expiresAt\":\"2025-06-17T16:55:22.5120904+00:00\",\"phoneNumbers\":{},"
                + "\"status\":\"active\"}").build());
        PhoneNumbersReservation reservation = client.createOrUpdateReservation(RID, null, null);
        assertTrue(reservation.getPhoneNumbers().isEmpty());
        assertEquals("{\"phoneNumbers\":{}}", body(take("PATCH", RPATH)));
    }

    @Test
    void aPartialFailureReturnsTheReservationWithTheFailedNumbersVisible() throws Exception {
        String failed = "{\"id\":\"33155550101\",\"countryCode\":\"FR\",\"phoneNumber\":\"+33155550101\","
            + "\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},\"phoneNumberType\":\"tollFree\","
            + "\"assignmentType\":\"application\",\"status\":\"error\",\"isAgreementToNotResellRequired\":true,"
            + "\"error\":{\"code\":\"NumberNotAvailable\",\"message\":\"The number selected is not available. "
            + "Please select a different number.\"}}";
        server.enqueue(json(207, "{\"id\":\"" + RID + "\",\"expiresAt\":\"2025-06-17T16:55:22.5120904+00:00\","
            + "\"phoneNumbers\":{\"33155550100\":" + item("33155550100", "reserved", true) + ",\"33155550101\":"
            + failed + "},\"status\":\"active\"}"));

        PhoneNumbersReservation reservation = client.createOrUpdateReservation(RID,
            List.of(browsed("33155550100"), browsed("33155550101")), null);

        Map<String, AvailablePhoneNumber> failures = reservation.getFailedPhoneNumbers();
        assertEquals(List.of("33155550101"), List.copyOf(failures.keySet()));
        AvailablePhoneNumber bad = failures.get("33155550101");
        assertEquals(AvailabilityStatus.ERROR, bad.getStatus());
        assertEquals("NumberNotAvailable", bad.getError().getCode());
        assertTrue(bad.hasError());
        assertFalse(reservation.getPhoneNumbers().get("33155550100").hasError());
        assertEquals(2, reservation.getPhoneNumbers().size());
    }

    @Test
    void reservationArgumentsAreCheckedBeforeAnyRequest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.getReservation("not-a-guid"));
        assertTrue(e.getMessage().contains("reservationId"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.deleteReservation(null));
        assertThrows(IllegalArgumentException.class, () -> client.createOrUpdateReservation(RID, null,
            List.of("abc")));
        assertThrows(IllegalArgumentException.class, () -> client.createOrUpdateReservation(RID,
            List.of(browsed("18335550100")), List.of("+18335550100")));
        assertThrows(IllegalArgumentException.class, () -> client.createOrUpdateReservation(RID,
            List.of(PhoneNumbersModelFactory.availablePhoneNumber(null, "US", null, null, PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, null, null, false, null)), null));
        assertThrows(IllegalArgumentException.class, () -> client.beginReservationPurchase("1234"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void getReservationAndItsNotFoundError() throws Exception {
        server.enqueue(json(200, "{\"id\":\"" + RID + "\",\"expiresAt\":\"2025-06-17T16:55:22.5120904+00:00\","
            + "\"phoneNumbers\":{\"18335550100\":" + item("18335550100", "reserved", false) + "},"
            + "\"status\":\"active\"}"));
        server.enqueue(error(404, "{\"error\":{\"code\":\"ReservationNotFound\",\"message\":\"The reservation was "
            + "not found and the operation could not be completed.\"}}"));

        assertEquals(1, client.getReservation(RID).getPhoneNumbers().size());
        CommunicationException e = assertThrows(CommunicationException.class, () -> client.getReservation(RID));
        assertEquals("ReservationNotFound", e.getErrorCode());
        take("GET", RPATH);
        take("GET", RPATH);
    }

    @Test
    void listReservationsHasNoNumbersAndStopsAtNullNextLink() throws Exception {
        server.enqueue(json(200, "{\"reservations\":[{\"id\":\"" + RID + "\",\"expiresAt\":"
            + "\"2025-06-17T16:55:22.5120904+00:00\",\"status\":\"expired\"},{\"id\":\"00000000-0000-0000-0000-"
            + "000000000001\",\"expiresAt\":\"2025-06-17T17:55:22.5120904+00:00\",\"status\":\"active\"}],"
            + "\"nextLink\":null}"));
        List<PhoneNumbersReservation> all = client.listReservations(new ListReservationsOptions().withPageSize(100))
            .stream().collect(Collectors.toList());
        assertEquals(2, all.size());
        assertEquals(ReservationStatus.EXPIRED, all.get(0).getStatus());
        assertTrue(all.get(0).getPhoneNumbers().isEmpty());
        take("GET", "/availablePhoneNumbers/reservations?maxPageSize=100&" + V);
    }

    @Test
    void deleteReservationExpects204() throws Exception {
        server.enqueue(empty(204));
        client.deleteReservation(RID);
        take("DELETE", RPATH);
    }

    @Test
    void reservationPurchaseSendsAnEmptyBodyUnlessAgreementIsGiven() throws Exception {
        String op = "reservationPurchase_" + RID;
        String opPath = "/phoneNumbers/operations/" + op + "?" + V;
        for (int i = 0; i < 2; i++) {
            server.enqueue(accepted().addHeader("Operation-Location", opPath).addHeader("operation-id", op)
                .addHeader("reservation-purchase-id", RID).build());
            server.enqueue(operationBuilder("reservationPurchase", "running", op, null)
                .addHeader("Operation-Location", opPath).build());
            server.enqueue(operation("reservationPurchase", "succeeded", op, null));
        }

        SyncPoller<Void> plain = client.beginReservationPurchase(RID);
        assertNull(plain.getFinalResult());
        SyncPoller<Void> agreed = client.beginReservationPurchase(RID, new PurchaseOptions().withAgreeToNotResell(true));
        assertEquals(OperationStatus.SUCCEEDED, agreed.waitForCompletion());

        RecordedRequest first = take("POST", "/availablePhoneNumbers/reservations/" + RID + "/:purchase?" + V);
        assertEquals(0, first.getBodySize());
        take("GET", opPath);
        take("GET", opPath);
        RecordedRequest second = take("POST", "/availablePhoneNumbers/reservations/" + RID + "/:purchase?" + V);
        assertEquals("{\"agreeToNotResell\":true}", body(second));
    }

    @Test
    void purchasingAnEmptyReservationIsRefused() {
        server.enqueue(error(400, "{\"error\":{\"code\":\"ReservationIsEmpty\",\"message\":\"The reservation does "
            + "not contain any phone numbers and a purchase could not be started.\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.beginReservationPurchase(RID));
        assertEquals("ReservationIsEmpty", e.getErrorCode());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aReservationPurchaseResumesFromItsOperationId() throws Exception {
        String op = "reservationPurchase_" + RID;
        server.enqueue(operation("reservationPurchase", "succeeded", op, null));
        assertEquals(OperationStatus.SUCCEEDED, client.resumeReservationPurchase(op).waitForCompletion());
        take("GET", "/phoneNumbers/operations/" + op + "?" + V);
    }
}
