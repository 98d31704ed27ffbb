package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Search → purchase → list → get → capabilities → release, with the service's shapes and headers. */
class PhoneNumbersFlowTest extends EmulatorTestBase {

    private static final Pattern DATE_7 = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}\\+00:00");

    @Override
    Instant startTime() {
        return Instant.parse("2025-06-17T16:40:22.5120904Z");
    }

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.operationDelay(Duration.ofSeconds(3));
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    @Test
    void searchPurchaseListGetCapabilitiesRelease() throws Exception {
        TestClient.Response s = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":2,\"futureField\":1}");
        assertEquals(202, s.status(), s.body());
        assertEquals("", s.body());
        String searchId = s.header("search-id");
        assertEquals("/availablePhoneNumbers/searchResults/" + searchId + "?api-version=" + V, s.header("Location"));
        assertEquals("/phoneNumbers/operations/search_" + searchId + "?api-version=" + V,
                s.header("Operation-Location"));
        assertEquals("search_" + searchId, s.header("operation-id"));
        assertEquals("Location,Operation-Location,operation-id,search-id",
                s.header("Access-Control-Expose-Headers"));
        assertEquals("req-1", s.header("x-ms-client-request-id"));
        assertTrue(s.header("api-supported-versions").endsWith("2025-04-15-preview, 2025-06-01"));
        assertTrue(s.header("MS-CV") != null);

        TestClient.Response poll = client.get(s.header("Operation-Location"));
        assertEquals(200, poll.status());
        assertEquals("application/json; charset=utf-8", poll.header("Content-Type"));
        JsonObject op = poll.json();
        assertEquals(List.of("operationType", "status", "resourceLocation", "createdDateTime", "id",
                "lastActionDateTime"), keys(op));
        assertEquals("notStarted", op.get("status").getAsString());
        assertEquals("0001-01-01T00:00:00+00:00", op.get("lastActionDateTime").getAsString());
        assertEquals("2025-06-17T16:40:22.5120904+00:00", op.get("createdDateTime").getAsString());
        assertEquals(s.header("Location"), poll.header("Location"));
        clock.advance(Duration.ofMillis(1500));
        assertEquals("running", client.get(s.header("Operation-Location")).json().get("status").getAsString());
        clock.advance(Duration.ofMillis(1500));
        assertEquals("succeeded", client.get(s.header("Operation-Location")).json().get("status").getAsString());

        JsonObject result = client.get(s.header("Location")).json();
        assertEquals(List.of("searchId", "phoneNumbers", "phoneNumberType", "assignmentType", "capabilities", "cost",
                "searchExpiresBy", "isAgreementToNotResellRequired", "error"), keys(result));
        assertEquals("NoError", result.get("error").getAsString());
        assertFalse(result.get("isAgreementToNotResellRequired").getAsBoolean());
        assertEquals("2025-06-17T16:56:22.5120904+00:00", result.get("searchExpiresBy").getAsString());
        assertEquals(2.0, result.getAsJsonObject("cost").get("amount").getAsDouble());
        List<String> numbers = new ArrayList<>();
        result.getAsJsonArray("phoneNumbers").forEach(n -> numbers.add(n.getAsString()));
        assertEquals(2, numbers.size());
        assertTrue(numbers.get(0).matches("\\+18(00|33|44|55|66|77|88)\\d{7}"), numbers.get(0));
        assertEquals("search:" + searchId, emulator.state().holds().get(numbers.get(0)));

        TestClient.Response p = client.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                "{\"searchId\":\"" + searchId + "\",\"agreeToNotResell\":false}");
        assertEquals(202, p.status(), p.body());
        assertEquals("purchase_" + searchId, p.header("operation-id"));
        assertEquals(searchId, p.header("purchase-id"));
        assertNull(p.header("Location"));
        JsonObject pop = client.get(p.header("Operation-Location")).json();
        assertEquals("purchase", pop.get("operationType").getAsString());
        assertEquals("running", pop.get("status").getAsString());
        assertTrue(pop.get("resourceLocation").isJsonNull());
        assertEquals("2025-06-17T16:40:22.5120904+00:00", pop.get("createdDateTime").getAsString());
        clock.advance(Duration.ofSeconds(3));
        assertEquals("succeeded", client.get(p.header("Operation-Location")).json().get("status").getAsString());
        assertEquals(2, emulator.state().purchasedNumbers().size());

        JsonObject list = client.get("/phoneNumbers?api-version=" + V).json();
        assertEquals(2, list.getAsJsonArray("phoneNumbers").size());
        assertFalse(list.has("nextLink"));
        JsonObject item = list.getAsJsonArray("phoneNumbers").get(0).getAsJsonObject();
        assertEquals(List.of("id", "phoneNumber", "countryCode", "phoneNumberType", "capabilities", "assignmentType",
                "purchaseDate", "cost"), keys(item));
        String number = item.get("phoneNumber").getAsString();
        assertEquals(number.substring(1), item.get("id").getAsString());
        assertTrue(DATE_7.matcher(item.get("purchaseDate").getAsString()).matches());

        TestClient.Response got = client.get("/phoneNumbers/" + number.replace("+", "%2B") + "?api-version=" + V);
        assertEquals(200, got.status());
        assertEquals("outbound", got.json().getAsJsonObject("capabilities").get("calling").getAsString());

        TestClient.Response cap = client.patch("/phoneNumbers/" + number + "/capabilities?api-version=" + V,
                "{\"calling\":\"inbound+outbound\",\"sms\":\"outbound\"}");
        assertEquals(202, cap.status(), cap.body());
        String capId = cap.json().get("capabilitiesUpdateId").getAsString();
        assertEquals("/phoneNumbers/" + number + "?api-version=" + V, cap.header("Location"));
        assertEquals("capabilities_" + capId, cap.header("operation-id"));
        assertEquals(capId, cap.header("capabilities-id"));
        JsonObject capOp = client.get(cap.header("Operation-Location")).json();
        assertEquals("updatePhoneNumberCapabilities", capOp.get("operationType").getAsString());
        assertEquals(cap.header("Location"), capOp.get("resourceLocation").getAsString());
        JsonObject after = client.get(cap.header("Location")).json();
        assertEquals("inbound+outbound", after.getAsJsonObject("capabilities").get("calling").getAsString());
        assertEquals("outbound", after.getAsJsonObject("capabilities").get("sms").getAsString());

        TestClient.Response rel = client.delete("/phoneNumbers/" + number.replace("+", "%2B") + "?api-version=" + V);
        assertEquals(202, rel.status());
        assertTrue(rel.header("operation-id").startsWith("release_"));
        assertEquals(rel.header("operation-id").substring("release_".length()), rel.header("release-id"));
        clock.advance(Duration.ofSeconds(3));
        JsonObject relOp = client.get(rel.header("Operation-Location")).json();
        assertEquals("releasePhoneNumber", relOp.get("operationType").getAsString());
        assertEquals("succeeded", relOp.get("status").getAsString());
        assertEquals(404, client.get("/phoneNumbers/" + number + "?api-version=" + V).status());
        assertEquals(1, emulator.state().purchasedNumbers().size());
    }

    @Test
    void purchaseIsRepeatableBySearchId() throws Exception {
        String searchId = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"geographic\",\"assignmentType\":\"person\",\"areaCode\":\"212\","
                        + "\"capabilities\":{\"calling\":\"inbound+outbound\",\"sms\":\"none\"}}")
                .header("search-id");
        String body = "{\"searchId\":\"" + searchId + "\",\"agreeToNotResell\":false}";
        TestClient.Response first = client.post("/availablePhoneNumbers/:purchase?api-version=" + V, body);
        TestClient.Response again = client.post("/availablePhoneNumbers/:purchase?api-version=" + V, body);
        assertEquals(202, first.status());
        assertEquals(202, again.status());
        assertEquals(first.header("operation-id"), again.header("operation-id"));
        assertEquals(1, emulator.state().purchasedNumbers().size());
        assertTrue(emulator.state().purchasedNumbers().iterator().next().startsWith("+1212"));
    }

    @Test
    void releasingANumberNotOwnedFailsThroughTheOperation() throws Exception {
        TestClient.Response rel = client.delete("/phoneNumbers/%2B14255550100?api-version=" + V);
        assertEquals(202, rel.status());
        clock.advance(Duration.ofSeconds(5));
        JsonObject op = client.get(rel.header("Operation-Location")).json();
        assertEquals("failed", op.get("status").getAsString());
        assertEquals(List.of("operationType", "status", "resourceLocation", "createdDateTime", "error", "id",
                "lastActionDateTime"), keys(op));
        assertEquals("NotFound", op.getAsJsonObject("error").get("code").getAsString());
    }

    @Test
    void errorsOfSearchPurchaseAndCapabilities() throws Exception {
        TestClient.Response xx = client.post("/availablePhoneNumbers/countries/XX/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"}}");
        assertEquals(400, xx.status());
        assertEquals("application/json", xx.header("Content-Type"));
        assertEquals("{\"error\":{\"code\":\"InvalidInput\",\"message\":\"Unable to parse country code.\","
                + "\"target\":\"countrycode\"}}", xx.body());

        TestClient.Response noPlan = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"person\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"}}");
        assertEquals(400, noPlan.status());
        assertEquals("InternalError", noPlan.json().getAsJsonObject("error").get("code").getAsString());
        assertEquals("BadRequest", noPlan.json().getAsJsonObject("error").getAsJsonObject("innererror")
                .get("code").getAsString());

        TestClient.Response fr = client.post("/availablePhoneNumbers/countries/FR/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"inbound\",\"sms\":\"none\"}}");
        String frId = fr.header("search-id");
        JsonObject frResult = client.get(fr.header("Location")).json();
        assertTrue(frResult.get("isAgreementToNotResellRequired").getAsBoolean());
        assertEquals(8.0, frResult.getAsJsonObject("cost").get("amount").getAsDouble());
        TestClient.Response refused = client.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                "{\"searchId\":\"" + frId + "\",\"agreeToNotResell\":false}");
        assertEquals(400, refused.status());
        assertEquals("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Do not resell agreement was not provided "
                + "and it is required for this purchase.\"}}", refused.body());
        assertEquals(202, client.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                "{\"searchId\":\"" + frId + "\",\"agreeToNotResell\":true}").status());

        TestClient.Response unknown = client.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                "{\"searchId\":\"some-invalid-id\"}");
        assertEquals(404, unknown.status());
        assertEquals("searchid", unknown.json().getAsJsonObject("error").get("target").getAsString());

        TestClient.Response notOwned = client.patch("/phoneNumbers/+14255550199/capabilities?api-version=" + V,
                "{\"calling\":\"none\",\"sms\":\"outbound\"}");
        assertEquals(403, notOwned.status());
        assertEquals("{\"error\":{\"code\":\"InsufficientPermissions\",\"message\":\"Phone number not owned by this "
                + "resource.\",\"target\":\"phonenumber\"}}", notOwned.body());
    }

    @Test
    void searchHoldExpiresAfterSixteenMinutes() throws Exception {
        TestClient.Response s = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"}}");
        assertEquals(1, emulator.state().holds().size());
        clock.advance(Duration.ofMinutes(16).plusSeconds(1));
        assertEquals(0, emulator.state().holds().size());
        // the signature date follows the clock, so this still authenticates
        TestClient.Response late = client.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                "{\"searchId\":\"" + s.header("search-id") + "\"}");
        assertEquals(400, late.status());
        assertEquals(0, emulator.state().purchasedNumbers().size());
    }

    @Test
    void operatorInformationAndOperationCancel() throws Exception {
        TestClient.Response info = client.post("/operatorInformation/:search?api-version=" + V,
                "{\"phoneNumbers\":[\"+18881232034\"],\"options\":{\"includeAdditionalOperatorDetails\":false}}");
        assertEquals(200, info.status());
        assertEquals("{\"values\":[{\"phoneNumber\":\"+18881232034\",\"nationalFormat\":\"(888) 123-2034\","
                + "\"internationalFormat\":\"+1 888-123-2034\",\"isoCountryCode\":null,\"numberType\":null,"
                + "\"operatorDetails\":null}]}", info.body());
        TestClient.Response two = client.post("/operatorInformation/:search?api-version=" + V,
                "{\"phoneNumbers\":[\"+18881232034\",\"+18881232035\"]}");
        assertEquals(400, two.status());
        assertEquals("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Can only accept one phoneNumber\"}}",
                two.body());

        TestClient.Response s = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"}}");
        assertEquals(1, emulator.state().holds().size());
        assertEquals(204, client.delete(s.header("Operation-Location")).status());
        assertEquals(0, emulator.state().holds().size());
        assertEquals(404, client.get(s.header("Operation-Location")).status());
    }

    @Test
    void testSupportStateEndpoint() throws Exception {
        client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":3}");
        JsonObject s = client.get("/_emulator/state").json();
        assertEquals(3, s.get("heldNumbers").getAsInt());
        assertEquals(1, s.get("searches").getAsInt());
        assertEquals(0, s.get("purchasedNumbers").getAsInt());
        assertEquals(0L, s.getAsJsonObject("faults").get("DROP_AFTER_APPLY").getAsLong());
    }
}
