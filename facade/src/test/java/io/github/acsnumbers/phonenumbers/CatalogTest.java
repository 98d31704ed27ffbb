package io.github.acsnumbers.phonenumbers;

import io.github.acsnumbers.phonenumbers.models.PhoneNumbersModelFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.phonenumbers.models.ListAreaCodesOptions;
import io.github.acsnumbers.phonenumbers.models.ListCountriesOptions;
import io.github.acsnumbers.phonenumbers.models.ListLocalitiesOptions;
import io.github.acsnumbers.phonenumbers.models.ListOfferingsOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAreaCode;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCountry;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberLocality;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOffering;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class CatalogTest extends PhoneNumbersTestBase {

    @Test
    void countriesSendAcceptLanguageAndStopAtExplicitNullNextLink() throws Exception {
        PhoneNumbersClient fr = builder().acceptLanguage("fr-FR").buildClient();
        server.enqueue(json(200, "{\"countries\":[{\"localizedName\":\"Argentine\",\"countryCode\":\"AR\"},"
            + "{\"localizedName\":\"Australie\",\"countryCode\":\"AU\"}],\"nextLink\":null}"));

        List<PhoneNumberCountry> countries = fr.listAvailableCountries().stream().collect(Collectors.toList());

        assertEquals(List.of(PhoneNumbersModelFactory.phoneNumberCountry("Argentine", "AR"), PhoneNumbersModelFactory.phoneNumberCountry("Australie", "AU")),
            countries);
        RecordedRequest r = take("GET", "/availablePhoneNumbers/countries?" + V);
        assertEquals("fr-FR", r.getHeaders().get("Accept-Language"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void countriesPageSizeIsSentAsMaxPageSize() throws Exception {
        server.enqueue(json(200, "{\"countries\":[],\"nextLink\":null}"));
        assertTrue(client.listAvailableCountries(new ListCountriesOptions().withPageSize(10)).stream().findAny()
            .isEmpty());
        take("GET", "/availablePhoneNumbers/countries?maxPageSize=10&" + V);
    }

    @Test
    void localitiesFollowARelativeNextLinkVerbatimAndAcceptANullDivision() throws Exception {
        server.enqueue(json(200, "{\"phoneNumberLocalities\":[{\"localizedName\":\"Anchorage\","
            + "\"administrativeDivision\":{\"localizedName\":\"AK\",\"abbreviatedName\":\"AK\"}}],"
            + "\"nextLink\":\"/availablePhoneNumbers/countries/US/localities?skip=100&maxPageSize=100&" + V + "\"}"));
        server.enqueue(json(200, "{\"phoneNumberLocalities\":[{\"localizedName\":\"Dublin\","
            + "\"administrativeDivision\":null,\"someFieldAddedLater\":1}],\"nextLink\":null}"));

        List<PhoneNumberLocality> all = client.listAvailableLocalities("us").stream().collect(Collectors.toList());

        assertEquals(2, all.size());
        assertEquals("AK", all.get(0).getAdministrativeDivision().getAbbreviatedName());
        assertEquals("Dublin", all.get(1).getLocalizedName());
        assertNull(all.get(1).getAdministrativeDivision());
        take("GET", "/availablePhoneNumbers/countries/US/localities?" + V);
        take("GET", "/availablePhoneNumbers/countries/US/localities?skip=100&maxPageSize=100&" + V);
    }

    @Test
    void localitiesFilters() throws Exception {
        server.enqueue(json(200, "{\"phoneNumberLocalities\":[],\"nextLink\":null}"));
        client.listAvailableLocalities("IE", new ListLocalitiesOptions().withAdministrativeDivision("AK")
            .withPhoneNumberType(PhoneNumberType.MOBILE)).forEach(l -> { });
        take("GET", "/availablePhoneNumbers/countries/IE/localities?administrativeDivision=AK&phoneNumberType=mobile&"
            + V);
    }

    @Test
    void iterationIsLazyAndReadsOnePageAhead() throws Exception {
        server.enqueue(json(200, "{\"phoneNumberLocalities\":[{\"localizedName\":\"A\"}],"
            + "\"nextLink\":\"/availablePhoneNumbers/countries/US/localities?skip=1&" + V + "\"}"));
        server.enqueue(json(200, "{\"phoneNumberLocalities\":[{\"localizedName\":\"B\"}],\"nextLink\":null}"));
        Iterator<PhoneNumberLocality> it = client.listAvailableLocalities("US").iterator();
        assertEquals(0, server.getRequestCount(), "nothing is sent before the iteration starts");
        assertEquals("A", it.next().getLocalizedName());
        // page 2 is requested while page 1 is consumed (read-ahead), and nothing beyond it
        assertTrue(server.getRequestCount() <= 2, "at most one page ahead");
        assertTrue(server.takeRequest().getUrl().encodedQuery().contains("api-version"));
        assertTrue(server.takeRequest().getUrl().encodedQuery().contains("skip=1"), "the read-ahead follows nextLink");
        assertEquals("B", it.next().getLocalizedName());
        assertFalse(it.hasNext());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void areaCodesForTollFreeAndGeographic() throws Exception {
        server.enqueue(json(200, "{\"areaCodes\":[{\"areaCode\":\"888\"},{\"areaCode\":\"855\"}],\"nextLink\":null}"));
        server.enqueue(json(200, "{\"areaCodes\":[{\"areaCode\":\"907\"}],\"nextLink\":null}"));

        List<String> tollFree = client.listAvailableAreaCodes("US", PhoneNumberType.TOLL_FREE,
                new ListAreaCodesOptions().withAssignmentType(PhoneNumberAssignmentType.APPLICATION))
            .stream().map(PhoneNumberAreaCode::getAreaCode).collect(Collectors.toList());
        List<String> geographic = client.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
                new ListAreaCodesOptions().withLocality("Anchorage").withAdministrativeDivision("AK"))
            .stream().map(PhoneNumberAreaCode::getAreaCode).collect(Collectors.toList());

        assertEquals(List.of("888", "855"), tollFree);
        assertEquals(List.of("907"), geographic);
        take("GET", "/availablePhoneNumbers/countries/US/areaCodes?phoneNumberType=tollFree&assignmentType=application&"
            + V);
        take("GET", "/availablePhoneNumbers/countries/US/areaCodes?phoneNumberType=geographic&locality=Anchorage&"
            + "administrativeDivision=AK&" + V);
    }

    @Test
    void offeringsUseAvailableCapabilities() throws Exception {
        server.enqueue(json(200, "{\"phoneNumberOfferings\":[{\"phoneNumberType\":\"geographic\","
            + "\"assignmentType\":\"person\",\"availableCapabilities\":{\"calling\":\"inbound+outbound\","
            + "\"sms\":\"none\"},\"cost\":{\"amount\":1.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}],"
            + "\"nextLink\":null}"));

        PhoneNumberOffering offering = client.listAvailableOfferings("US", new ListOfferingsOptions()
            .withPhoneNumberType(PhoneNumberType.GEOGRAPHIC).withAssignmentType(PhoneNumberAssignmentType.PERSON))
            .iterator().next();

        assertEquals(PhoneNumberCapabilityType.INBOUND_OUTBOUND, offering.getAvailableCapabilities().getCalling());
        assertEquals(1.0, offering.getCost().getAmount());
        assertEquals("USD", offering.getCost().getCurrencyCode());
        take("GET", "/availablePhoneNumbers/countries/US/offerings?phoneNumberType=geographic&assignmentType=person&"
            + V);
    }

    @Test
    void byPageExposesTheNextLinkAsContinuationTokenAndResumesFromIt() throws Exception {
        String next = "/availablePhoneNumbers/countries/US/localities?skip=100&maxPageSize=100&" + V;
        server.enqueue(json(200, "{\"phoneNumberLocalities\":[{\"localizedName\":\"A\"}],\"nextLink\":\"" + next
            + "\"}"));
        Page<PhoneNumberLocality> first = client.listAvailableLocalities("US").byPage().iterator().next();
        assertEquals(next, first.continuationToken());

        server.enqueue(json(200, "{\"phoneNumberLocalities\":[{\"localizedName\":\"B\"}],\"nextLink\":null}"));
        Page<PhoneNumberLocality> second = client.listAvailableLocalities("US").byPage(first.continuationToken())
            .iterator().next();
        assertEquals("B", second.items().get(0).getLocalizedName());
        assertNull(second.continuationToken());
        take();
        take("GET", next);
    }

    @Test
    void badCountryCodesFailBeforeAnyRequest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.listAvailableLocalities("USA"));
        assertTrue(e.getMessage().contains("countryCode"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.listAvailableOfferings(null));
        assertThrows(IllegalArgumentException.class, () -> client.listAvailableAreaCodes("US", null));
        assertThrows(IllegalArgumentException.class,
            () -> new ListAreaCodesOptions().withPageSize(0));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aServiceErrorInAListSurfacesWhileIterating() {
        server.enqueue(error(400, "{\"error\":{\"code\":\"InvalidInput\",\"message\":\"Unable to parse country code.\","
            + "\"target\":\"countrycode\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.listAvailableLocalities("ZZ").iterator().hasNext());
        assertEquals(400, e.getStatusCode());
        assertEquals("InvalidInput", e.getErrorCode());
        assertEquals("countrycode", e.getTarget());
    }
}
