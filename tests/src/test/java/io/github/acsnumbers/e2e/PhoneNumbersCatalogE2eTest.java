package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.paging.AsyncPagedIterable;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.core.paging.PagedIterable;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog operations, sync and async, against the emulator: contents, filters, paging and errors. */
class PhoneNumbersCatalogE2eTest {
    private static PhoneNumbersEmulator emulator;
    private static PhoneNumbersClient client;
    private static PhoneNumbersAsyncClient async;

    @BeforeAll
    static void start() {
        emulator = E2e.emulator();
        client = E2e.phoneNumbers(emulator).buildClient();
        async = E2e.phoneNumbers(emulator).buildAsyncClient();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static <T> List<T> all(PagedIterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    private static <T> List<T> all(AsyncPagedIterable<T> items) {
        List<T> out = new CopyOnWriteArrayList<>();
        await(items.forEach(out::add));
        return out;
    }

    /** Follows the continuation tokens of an async list page by page. */
    private static <T> List<Page<T>> pages(AsyncPagedIterable<T> items) {
        List<Page<T>> pages = new ArrayList<>();
        Page<T> page = await(items.getPage(null));
        pages.add(page);
        while (page.continuationToken() != null) {
            page = await(items.getPage(page.continuationToken()));
            pages.add(page);
        }
        return pages;
    }

    private static <T> List<Page<T>> pages(PagedIterable<T> items) {
        List<Page<T>> pages = new ArrayList<>();
        items.byPage().forEach(pages::add);
        return pages;
    }

    private static List<String> codes(List<PhoneNumberCountry> countries) {
        return countries.stream().map(PhoneNumberCountry::getCountryCode).toList();
    }

    @Test
    void countriesSyncInOneAndInSeveralPages() {
        List<PhoneNumberCountry> countries = all(client.listAvailableCountries());
        assertEquals(42, countries.size(), codes(countries)::toString);
        assertTrue(codes(countries).containsAll(List.of("US", "CA", "GB", "FR", "IE", "DE", "AU")));
        PhoneNumberCountry us = countries.stream().filter(c -> c.getCountryCode().equals("US")).findFirst()
            .orElseThrow();
        assertEquals("United States", us.getLocalizedName());

        List<Page<PhoneNumberCountry>> pages = pages(client.listAvailableCountries(
            new ListCountriesOptions().withPageSize(5)));
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 5, 2), pages.stream().map(p -> p.items().size()).toList());
        assertNotNull(pages.get(0).continuationToken());
        assertNull(pages.get(8).continuationToken());
        List<PhoneNumberCountry> paged = pages.stream().flatMap(p -> p.items().stream()).toList();
        assertEquals(codes(countries), codes(paged));

        // a continuation token starts a new iteration where the first left off
        List<PhoneNumberCountry> rest = new ArrayList<>();
        client.listAvailableCountries(new ListCountriesOptions().withPageSize(5))
            .byPage(pages.get(0).continuationToken()).forEach(p -> rest.addAll(p.items()));
        assertEquals(codes(countries).subList(5, 42), codes(rest));
        // stream() reads lazily and gives the same items
        assertEquals(codes(countries), client.listAvailableCountries(new ListCountriesOptions().withPageSize(4))
            .stream().map(PhoneNumberCountry::getCountryCode).toList());
    }

    @Test
    void countriesAsyncAcrossPages() {
        List<PhoneNumberCountry> sync = all(client.listAvailableCountries());
        List<Page<PhoneNumberCountry>> pages = pages(async.listAvailableCountries(
            new ListCountriesOptions().withPageSize(5)));
        assertEquals(9, pages.size());
        assertEquals(codes(sync), codes(pages.stream().flatMap(p -> p.items().stream()).toList()));
        assertEquals(codes(sync), codes(all(async.listAvailableCountries(new ListCountriesOptions().withPageSize(3)))));
    }

    @Test
    void localitiesWithFiltersAndPaging() {
        List<PhoneNumberLocality> us = all(client.listAvailableLocalities("US"));
        assertTrue(us.size() > 300, "US localities: " + us.size());
        List<Page<PhoneNumberLocality>> pages = pages(client.listAvailableLocalities("US",
            new ListLocalitiesOptions().withPageSize(70)));
        assertEquals((us.size() + 69) / 70, pages.size());
        assertEquals(us.stream().map(PhoneNumberLocality::getLocalizedName).toList(),
            pages.stream().flatMap(p -> p.items().stream()).map(PhoneNumberLocality::getLocalizedName).toList());

        List<PhoneNumberLocality> texas = all(client.listAvailableLocalities("US",
            new ListLocalitiesOptions().withAdministrativeDivision("TX")));
        assertTrue(texas.stream().map(PhoneNumberLocality::getLocalizedName).toList()
            .containsAll(List.of("Austin", "Dallas", "Houston")), texas::toString);
        assertEquals("TX", texas.get(0).getAdministrativeDivision().getAbbreviatedName());

        List<PhoneNumberLocality> mobile = all(client.listAvailableLocalities("IE",
            new ListLocalitiesOptions().withPhoneNumberType(PhoneNumberType.MOBILE)));
        assertEquals(List.of("Dublin"), mobile.stream().map(PhoneNumberLocality::getLocalizedName).toList());

        List<Page<PhoneNumberLocality>> asyncPages = pages(async.listAvailableLocalities("US",
            new ListLocalitiesOptions().withPageSize(70)));
        assertEquals(pages.size(), asyncPages.size());
        assertEquals(us.size(), asyncPages.stream().mapToInt(p -> p.items().size()).sum());
        assertEquals(texas.size(), all(async.listAvailableLocalities("US",
            new ListLocalitiesOptions().withAdministrativeDivision("Texas"))).size());
    }

    @Test
    void areaCodesSyncAndAsync() {
        List<String> tollFree = all(client.listAvailableAreaCodes("US", PhoneNumberType.TOLL_FREE,
            new ListAreaCodesOptions().withAssignmentType(PhoneNumberAssignmentType.APPLICATION)))
            .stream().map(PhoneNumberAreaCode::getAreaCode).toList();
        assertEquals(List.of("800", "833", "844", "855", "866", "877", "888"), tollFree.stream().sorted().toList());

        List<Page<PhoneNumberAreaCode>> pages = pages(client.listAvailableAreaCodes("US", PhoneNumberType.TOLL_FREE,
            new ListAreaCodesOptions().withAssignmentType(PhoneNumberAssignmentType.APPLICATION).withPageSize(4)));
        assertEquals(List.of(4, 3), pages.stream().map(p -> p.items().size()).toList());

        List<String> seattle = all(client.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
            new ListAreaCodesOptions().withAssignmentType(PhoneNumberAssignmentType.PERSON).withLocality("Seattle")
                .withAdministrativeDivision("WA"))).stream().map(PhoneNumberAreaCode::getAreaCode).toList();
        assertEquals(List.of("206"), seattle);

        List<String> asyncTollFree = all(async.listAvailableAreaCodes("US", PhoneNumberType.TOLL_FREE,
            new ListAreaCodesOptions().withAssignmentType(PhoneNumberAssignmentType.APPLICATION).withPageSize(4)))
            .stream().map(PhoneNumberAreaCode::getAreaCode).toList();
        assertEquals(tollFree, asyncTollFree);
        assertEquals(List.of("206"), all(async.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
            new ListAreaCodesOptions().withLocality("Seattle").withAdministrativeDivision("WA")))
            .stream().map(PhoneNumberAreaCode::getAreaCode).toList());
    }

    @Test
    void offeringsSyncAndAsync() {
        List<PhoneNumberOffering> us = all(client.listAvailableOfferings("US"));
        assertEquals(3, us.size());
        List<PhoneNumberOffering> tollFree = all(client.listAvailableOfferings("US",
            new ListOfferingsOptions().withPhoneNumberType(PhoneNumberType.TOLL_FREE)));
        assertEquals(1, tollFree.size());
        PhoneNumberOffering o = tollFree.get(0);
        assertEquals(PhoneNumberType.TOLL_FREE, o.getPhoneNumberType());
        assertEquals(PhoneNumberAssignmentType.APPLICATION, o.getAssignmentType());
        assertEquals(PhoneNumberCapabilityType.INBOUND_OUTBOUND, o.getAvailableCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.INBOUND_OUTBOUND, o.getAvailableCapabilities().getSms());
        assertEquals(2.0, o.getCost().getAmount(), 1e-9);
        assertEquals("USD", o.getCost().getCurrencyCode());

        List<PhoneNumberOffering> person = all(client.listAvailableOfferings("US",
            new ListOfferingsOptions().withAssignmentType(PhoneNumberAssignmentType.PERSON)));
        assertEquals(1, person.size());
        assertEquals(PhoneNumberType.GEOGRAPHIC, person.get(0).getPhoneNumberType());

        List<Page<PhoneNumberOffering>> pages = pages(async.listAvailableOfferings("US",
            new ListOfferingsOptions().withPageSize(2)));
        assertEquals(List.of(2, 1), pages.stream().map(p -> p.items().size()).toList());
        assertEquals(1, all(async.listAvailableOfferings("US",
            new ListOfferingsOptions().withPhoneNumberType(PhoneNumberType.TOLL_FREE))).size());
    }

    @Test
    void unknownCountryIsTheServicesBadRequest() {
        CommunicationException sync = assertServiceError(400, () -> all(client.listAvailableLocalities("ZZ")));
        assertEquals(ErrorKind.BAD_REQUEST, sync.getKind());
        assertEquals("InvalidInput", sync.getErrorCode());
        assertServiceError(400, () -> all(client.listAvailableOfferings("ZZ")));
        CommunicationException asyncError = assertServiceError(400,
            () -> all(async.listAvailableAreaCodes("ZZ", PhoneNumberType.TOLL_FREE)));
        assertEquals("InvalidInput", asyncError.getErrorCode());
    }

    /**
     * Query values with spaces, reserved and non-ASCII characters: the request is signed over the raw target, so a
     * client that signs one encoding and sends another gets 401 here.
     */
    @Test
    void queryValuesThatNeedEncodingAreSignedAsSent() {
        assertEquals(List.of("801"), all(client.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
            new ListAreaCodesOptions().withLocality("Salt Lake City"))).stream().map(PhoneNumberAreaCode::getAreaCode)
            .toList());
        assertEquals(List.of("202", "771"), all(client.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
            new ListAreaCodesOptions().withAdministrativeDivision("District of Columbia")))
            .stream().map(PhoneNumberAreaCode::getAreaCode).toList());
        assertTrue(all(client.listAvailableLocalities("US",
            new ListLocalitiesOptions().withAdministrativeDivision("New York"))).stream()
            .map(PhoneNumberLocality::getLocalizedName).toList().containsAll(List.of("Brooklyn", "New York")));
        List<String> refused = new ArrayList<>();
        for (String odd : List.of("Zürich", "São Paulo", "A&B=C", "x+y", "50%", "a/b", "~tilde", "semi;colon",
            "quote'", "star*", "paren()", "comma,", "colon:", "at@", "dollar$", "excl!", "brackets[]", "pipe|",
            "caret^", "back`tick", "brace{}", "hash#", "question?", "tab\t", "日本")) {
            try {
                assertTrue(all(client.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
                    new ListAreaCodesOptions().withLocality(odd))).isEmpty(), odd);
                assertTrue(all(async.listAvailableLocalities("US",
                    new ListLocalitiesOptions().withAdministrativeDivision(odd))).isEmpty(), odd);
            } catch (CommunicationException e) {
                refused.add(odd + " -> " + e.getStatusCode() + " " + e.getErrorCode());
            }
        }
        assertTrue(refused.isEmpty(), () -> String.join("\n", refused));
        // and with a language header
        PhoneNumbersClient french = E2e.phoneNumbers(emulator).acceptLanguage("fr-FR").buildClient();
        assertEquals(42, all(french.listAvailableCountries()).size());
    }
}
