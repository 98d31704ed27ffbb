package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging shapes of purchased numbers and the catalog, and catalog details. */
class PagingAndCatalogTest {

    private static ManualClock clock;
    private static PhoneNumbersEmulator emulator;
    private static TestClient client;

    @BeforeAll
    static void start() {
        clock = new ManualClock(Instant.parse("2025-06-17T16:40:22Z"));
        emulator = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).purchased(15).seed(7).start();
        client = new TestClient(emulator, clock);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void purchasedNumbersPageWithRelativeNextLinkAndNoKeyOnTheLastPage() throws Exception {
        JsonObject p1 = client.get("/phoneNumbers?top=7&api-version=" + V).json();
        assertEquals(7, p1.getAsJsonArray("phoneNumbers").size());
        assertEquals("/phoneNumbers?top=7&api-version=2025-06-01&skip=7", p1.get("nextLink").getAsString());
        JsonObject p2 = client.get(p1.get("nextLink").getAsString()).json();
        assertEquals("/phoneNumbers?top=7&api-version=2025-06-01&skip=14", p2.get("nextLink").getAsString());
        JsonObject p3 = client.get(p2.get("nextLink").getAsString()).json();
        assertEquals(1, p3.getAsJsonArray("phoneNumbers").size());
        assertFalse(p3.has("nextLink"), "the last page has no nextLink key at all");
        Set<String> seen = new HashSet<>();
        for (JsonObject page : List.of(p1, p2, p3)) {
            for (JsonElement e : page.getAsJsonArray("phoneNumbers")) {
                seen.add(e.getAsJsonObject().get("phoneNumber").getAsString());
            }
        }
        assertEquals(15, seen.size());
        assertEquals(emulator.state().purchasedNumbers(), seen);

        // the JS form: skip first, top last; skip is dropped and appended last
        JsonObject js = client.get("/phoneNumbers?skip=0&api-version=" + V + "&top=10").json();
        assertEquals("/phoneNumbers?api-version=2025-06-01&top=10&skip=10", js.get("nextLink").getAsString());
        assertFalse(client.get("/phoneNumbers?api-version=" + V).json().has("nextLink"));
    }

    @Test
    void countriesEndWithExplicitNullNextLink() throws Exception {
        TestClient.Response r = client.get("/availablePhoneNumbers/countries?skip=0&maxPageSize=100&api-version=" + V);
        assertEquals(200, r.status());
        assertEquals("max-age=21600, private, stale-while-revalidate=86400", r.header("Cache-Control"));
        JsonObject body = r.json();
        assertTrue(body.has("nextLink") && body.get("nextLink").isJsonNull());
        List<String> codes = new ArrayList<>();
        body.getAsJsonArray("countries").forEach(c -> codes.add(c.getAsJsonObject().get("countryCode").getAsString()));
        assertEquals(42, codes.size(), codes.toString());
        assertTrue(codes.containsAll(List.of("US", "CA", "GB", "FR", "IE", "DE")), codes.toString());
        assertEquals("Argentina", body.getAsJsonArray("countries").get(0).getAsJsonObject()
                .get("localizedName").getAsString());
    }

    @Test
    void localitiesPageWithSkipFirstInTheNextLink() throws Exception {
        JsonObject p1 = client.get("/availablePhoneNumbers/countries/US/localities?skip=0&maxPageSize=10&api-version="
                + V).json();
        assertEquals(10, p1.getAsJsonArray("phoneNumberLocalities").size());
        assertEquals("/availablePhoneNumbers/countries/US/localities?skip=10&maxPageSize=10&api-version=2025-06-01",
                p1.get("nextLink").getAsString());
        JsonObject anchorage = p1.getAsJsonArray("phoneNumberLocalities").get(0).getAsJsonObject();
        assertEquals("{\"localizedName\":\"Anchorage\",\"administrativeDivision\":{\"localizedName\":\"AK\","
                + "\"abbreviatedName\":\"AK\"}}", anchorage.toString());
        JsonObject hundred = client.get("/availablePhoneNumbers/countries/US/localities?skip=0&maxPageSize=100"
                + "&api-version=" + V).json();
        assertEquals(100, hundred.getAsJsonArray("phoneNumberLocalities").size());
        assertEquals("/availablePhoneNumbers/countries/US/localities?skip=100&maxPageSize=100&api-version=2025-06-01",
                hundred.get("nextLink").getAsString(), "the US list is longer than one page, as on the service");
        JsonObject ak = client.get("/availablePhoneNumbers/countries/US/localities?skip=0&maxPageSize=100"
                + "&api-version=" + V + "&administrativeDivision=AK").json();
        assertTrue(ak.getAsJsonArray("phoneNumberLocalities").size() >= 1);
        ak.getAsJsonArray("phoneNumberLocalities").forEach(l -> assertEquals("AK", l.getAsJsonObject()
                .getAsJsonObject("administrativeDivision").get("abbreviatedName").getAsString()));
        assertTrue(ak.get("nextLink").isJsonNull());
        JsonObject ie = client.get("/availablePhoneNumbers/countries/IE/localities?skip=0&maxPageSize=100&api-version="
                + V + "&phoneNumberType=mobile").json();
        assertEquals("{\"phoneNumberLocalities\":[{\"localizedName\":\"Dublin\",\"administrativeDivision\":null}],"
                + "\"nextLink\":null}", ie.toString());
    }

    @Test
    void areaCodesAndOfferings() throws Exception {
        JsonObject geo = client.get("/availablePhoneNumbers/countries/US/areaCodes?phoneNumberType=geographic&skip=0"
                + "&maxPageSize=100&locality=Anchorage&administrativeDivision=AK&api-version=" + V).json();
        assertEquals("{\"areaCodes\":[{\"areaCode\":\"907\"}],\"nextLink\":null}", geo.toString());
        JsonObject tf = client.get("/availablePhoneNumbers/countries/US/areaCodes?phoneNumberType=tollFree"
                + "&assignmentType=application&api-version=" + V).json();
        assertTrue(tf.getAsJsonArray("areaCodes").size() >= 2);
        JsonObject none = client.get("/availablePhoneNumbers/countries/US/areaCodes?phoneNumberType=tollFree"
                + "&assignmentType=person&api-version=" + V).json();
        assertEquals(0, none.getAsJsonArray("areaCodes").size());

        JsonObject offerings = client.get("/availablePhoneNumbers/countries/US/offerings?skip=0&maxPageSize=100"
                + "&api-version=" + V).json();
        assertEquals(3, offerings.getAsJsonArray("phoneNumberOfferings").size());
        assertTrue(offerings.get("nextLink").isJsonNull());
        JsonObject first = offerings.getAsJsonArray("phoneNumberOfferings").get(0).getAsJsonObject();
        assertEquals(List.of("phoneNumberType", "assignmentType", "availableCapabilities", "cost"),
                new ArrayList<>(first.keySet()));
        assertEquals(1.0, first.getAsJsonObject("cost").get("amount").getAsDouble());
        assertEquals(400, client.get("/availablePhoneNumbers/countries/XX/offerings?api-version=" + V).status());
    }

    @Test
    void largeInventoryStartsAndPagesQuickly() throws Exception {
        try (PhoneNumbersEmulator big = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).purchased(100_000).start()) {
            TestClient c = new TestClient(big, clock);
            JsonObject last = c.get("/phoneNumbers?top=1000&skip=99500&api-version=" + V).json();
            assertEquals(500, last.getAsJsonArray("phoneNumbers").size());
            assertFalse(last.has("nextLink"));
            assertEquals(100_000, big.state().purchasedNumbers().size());
        }
    }
}
