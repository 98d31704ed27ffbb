package io.github.acsnumbers.phonenumbers.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void extensibleEnumsKeepKnownConstantsAndAcceptNewValues() {
        assertSame(PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.fromString("inbound+outbound"));
        assertEquals("tollFree", PhoneNumberType.TOLL_FREE.toString());
        PhoneNumberType satellite = PhoneNumberType.fromString("satellite");
        assertEquals("satellite", satellite.toString());
        assertTrue(PhoneNumberType.values().contains(PhoneNumberType.MOBILE));
        assertNull(ReservationStatus.fromString(null));
        assertEquals(17, List.of("NoError", "UnknownErrorCode", "OutOfStock", "AuthorizationDenied", "MissingAddress",
            "InvalidAddress", "InvalidOfferModel", "NotEnoughLicenses", "NoWallet", "NotEnoughCredit",
            "NumbersPartiallyAcquired", "AllNumbersNotAcquired", "ReservationExpired", "PurchaseFailed",
            "BillingUnavailable", "ProvisioningFailed", "UnknownSearchError").stream()
            .filter(v -> PhoneNumberSearchResultError.values().stream().anyMatch(e -> e.toString().equals(v)))
            .count());
    }

    @Test
    void modelsCopyTheirCollectionsAndAreValues() {
        List<String> numbers = new ArrayList<>(List.of("+14155550100"));
        PhoneNumberSearchResult r = new PhoneNumberSearchResult("id", numbers, PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION, null, null, null, false, null, null);
        numbers.add("+14155550101");
        assertEquals(List.of("+14155550100"), r.getPhoneNumbers());
        assertThrows(UnsupportedOperationException.class, () -> r.getPhoneNumbers().add("x"));
        assertEquals(r, new PhoneNumberSearchResult("id", List.of("+14155550100"), PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION, null, null, null, false, null, null));
        assertTrue(new PhoneNumberSearchResult(null, null, null, null, null, null, null, false, null, null)
            .getPhoneNumbers().isEmpty());
    }

    @Test
    void toStringIsReadable() {
        PhoneNumberCost cost = new PhoneNumberCost(2.0, "USD", BillingFrequency.MONTHLY);
        assertEquals("PhoneNumberCost{amount=2.0, currencyCode=USD, billingFrequency=monthly}", cost.toString());
        assertEquals("PhoneNumberCapabilities{calling=inbound+outbound, sms=none}", new PhoneNumberCapabilities(
            PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.NONE).toString());
        assertEquals("SearchOptions{areaCode=425, quantity=2, pollInterval=null}",
            new SearchOptions().withAreaCode("425").withQuantity(2).toString());
    }

    @Test
    void optionsAreImmutableAndCheckTheirValues() {
        SearchOptions base = new SearchOptions();
        SearchOptions two = base.withQuantity(2);
        assertNull(base.getQuantity());
        assertEquals(2, two.getQuantity());
        assertNotEquals(base, two);
        assertEquals(two, new SearchOptions().withQuantity(2));
        assertThrows(IllegalArgumentException.class, () -> base.withQuantity(-1));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseOptions().withPollInterval(Duration.ZERO));
        List<String> prefixes = new ArrayList<>(List.of("1425"));
        BrowseOptions browse = new BrowseOptions().withPhoneNumberPrefixes(prefixes);
        prefixes.add("1626");
        assertEquals(List.of("1425"), browse.getPhoneNumberPrefixes());
    }

    @Test
    void aReservationListsItsFailedNumbers() {
        AvailablePhoneNumber ok = new AvailablePhoneNumber("1", "US", "+1", null, null, null, null,
            AvailabilityStatus.RESERVED, false, null);
        AvailablePhoneNumber failed = new AvailablePhoneNumber("2", "US", "+2", null, null, null, null,
            AvailabilityStatus.ERROR, false, new AvailablePhoneNumberError("NumberNotAvailable", "gone"));
        Map<String, AvailablePhoneNumber> map = new LinkedHashMap<>();
        map.put("1", ok);
        map.put("2", failed);
        PhoneNumbersReservation reservation = new PhoneNumbersReservation("r", null, map, ReservationStatus.ACTIVE);
        assertEquals(Map.of("2", failed), reservation.getFailedPhoneNumbers());
        assertThrows(UnsupportedOperationException.class, () -> reservation.getPhoneNumbers().remove("1"));
    }
}
