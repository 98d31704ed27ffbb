package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.phonenumbers.models.BillingFrequency;
import io.github.acsnumbers.phonenumbers.models.ListPurchasedPhoneNumbersOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PurchasedPhoneNumbersTest extends PhoneNumbersTestBase {

    static String number(String digits, String type) {
        return "{\"id\":\"" + digits + "\",\"phoneNumber\":\"+" + digits + "\",\"countryCode\":\"US\","
            + "\"phoneNumberType\":\"" + type + "\",\"capabilities\":{\"calling\":\"inbound\",\"sms\":\"none\"},"
            + "\"assignmentType\":\"application\",\"purchaseDate\":\"2025-02-07T16:24:00.2794376+00:00\","
            + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";
    }

    @Test
    void getSendsThePlusEncodedAndMapsEveryField() throws Exception {
        server.enqueue(json(200, number("14155550100", "tollFree")));

        PurchasedPhoneNumber n = client.getPurchasedPhoneNumber("+14155550100");

        assertEquals("14155550100", n.getId());
        assertEquals("+14155550100", n.getPhoneNumber());
        assertEquals("US", n.getCountryCode());
        assertEquals(PhoneNumberType.TOLL_FREE, n.getPhoneNumberType());
        assertEquals(PhoneNumberCapabilityType.INBOUND, n.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.NONE, n.getCapabilities().getSms());
        assertEquals(PhoneNumberAssignmentType.APPLICATION, n.getAssignmentType());
        assertEquals(OffsetDateTime.parse("2025-02-07T16:24:00.2794376+00:00"), n.getPurchaseDate());
        assertEquals(BillingFrequency.MONTHLY, n.getCost().getBillingFrequency());
        assertTrue(n.toString().contains("phoneNumber=+14155550100"), n.toString());
        take("GET", "/phoneNumbers/%2B14155550100?" + V);
    }

    @Test
    void unknownEnumValuesRoundTrip() {
        server.enqueue(json(200, number("14155550100", "satellite")));
        PurchasedPhoneNumber n = client.getPurchasedPhoneNumber("+14155550100");
        assertEquals("satellite", n.getPhoneNumberType().toString());
        assertEquals(PhoneNumberType.fromString("satellite"), n.getPhoneNumberType());
    }

    @Test
    void notFoundCarriesTheServiceError() throws Exception {
        server.enqueue(error(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Input phoneNumber +14155550100 "
            + "cannot be found.\",\"target\":\"phonenumber\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.getPurchasedPhoneNumber("+14155550100"));
        assertEquals(404, e.getStatusCode());
        assertEquals("NotFound", e.getErrorCode());
        assertEquals("phonenumber", e.getTarget());
        assertEquals(ErrorKind.NOT_FOUND, e.getKind());
        assertTrue(e.getMessage().contains("cannot be found"), e.getMessage());
        take("GET", "/phoneNumbers/%2B14155550100?" + V);
    }

    @Test
    void malformedNumbersFailBeforeAnyRequest() {
        for (String bad : new String[] {"14155550100", "+1 415 555", "+0123456789", "", "  ", "+1415555010012345"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.getPurchasedPhoneNumber(bad), bad);
            assertTrue(e.getMessage().contains("phoneNumber"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> client.getPurchasedPhoneNumber(null));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void listFollowsRelativeNextLinksUntilTheKeyIsAbsent() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[" + number("14155550100", "geographic") + ","
            + number("14155550101", "geographic") + "],\"nextLink\":\"/phoneNumbers?top=2&" + V + "&skip=2\"}"));
        server.enqueue(json(200, "{\"phoneNumbers\":[" + number("14155550102", "geographic") + ","
            + number("14155550103", "geographic") + "],\"nextLink\":\"/phoneNumbers?top=2&" + V + "&skip=4\"}"));
        server.enqueue(json(200, "{\"phoneNumbers\":[" + number("14155550104", "tollFree") + "]}"));

        List<String> numbers = client.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(2))
            .stream().map(PurchasedPhoneNumber::getPhoneNumber).collect(Collectors.toList());

        assertEquals(List.of("+14155550100", "+14155550101", "+14155550102", "+14155550103", "+14155550104"), numbers);
        take("GET", "/phoneNumbers?top=2&" + V);
        take("GET", "/phoneNumbers?top=2&" + V + "&skip=2");
        take("GET", "/phoneNumbers?top=2&" + V + "&skip=4");
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void listWithoutOptionsSendsNoPagingParametersAndPagesAreVisible() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[" + number("14155550100", "geographic") + "]}"));
        List<Page<PurchasedPhoneNumber>> pages = new ArrayList<>();
        client.listPurchasedPhoneNumbers().byPage().forEach(pages::add);
        assertEquals(1, pages.size());
        assertEquals(1, pages.get(0).items().size());
        assertEquals(null, pages.get(0).continuationToken());
        take("GET", "/phoneNumbers?" + V);
    }

    @Test
    void anAbsoluteNextLinkOnTheSameEndpointIsFollowed() throws Exception {
        server.enqueue(json(200, "{\"phoneNumbers\":[],\"nextLink\":\"" + endpoint() + "/phoneNumbers?" + V
            + "&skip=100\"}"));
        server.enqueue(json(200, "{\"phoneNumbers\":[" + number("14155550100", "geographic") + "]}"));
        assertEquals(1, client.listPurchasedPhoneNumbers().stream().count());
        take();
        take("GET", "/phoneNumbers?" + V + "&skip=100");
    }

    @Test
    void aNextLinkToAnotherHostIsRefused() {
        server.enqueue(json(200, "{\"phoneNumbers\":[],\"nextLink\":\"https://evil.example/phoneNumbers?skip=1\"}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.listPurchasedPhoneNumbers().stream().count());
        assertTrue(e.getMessage().contains("another host"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }
}
