package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Browse and reservations: 201/200/207, null removal, expiry on the clock, list, delete, purchase. */
class ReservationsTest extends EmulatorTestBase {

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.operationDelay(Duration.ofSeconds(2));
    }

    private JsonArray browse(String country, String type) throws Exception {
        TestClient.Response r = client.post("/availablePhoneNumbers/countries/" + country + "/:browse?api-version=" + V,
                "{\"phoneNumberType\":\"" + type + "\",\"capabilities\":{\"calling\":\"outbound\"},"
                        + "\"assignmentType\":\"application\"}");
        assertEquals(200, r.status(), r.body());
        JsonObject body = r.json();
        assertTrue(!body.has("nextLink"));
        return body.getAsJsonArray("phoneNumbers");
    }

    private static String path(String id) {
        return "/availablePhoneNumbers/reservations/" + id + "?api-version=" + V;
    }

    @Test
    void createUpdateRemoveAndPartialFailure() throws Exception {
        JsonArray found = browse("US", "tollFree");
        assertEquals(25, found.size());
        JsonObject item = found.get(0).getAsJsonObject();
        assertEquals("available", item.get("status").getAsString());
        assertEquals(item.get("phoneNumber").getAsString().substring(1), item.get("id").getAsString());
        String a = item.get("id").getAsString();
        String b = found.get(1).getAsJsonObject().get("id").getAsString();
        String id = UUID.randomUUID().toString();

        TestClient.Response created = client.patch(path(id), "{\"phoneNumbers\":{\"" + a + "\":" + item + "}}");
        assertEquals(201, created.status(), created.body());
        assertEquals("/availablePhoneNumbers/reservations/" + id, created.header("Location"));
        JsonObject r = created.json();
        assertEquals(id, r.get("id").getAsString());
        assertEquals("active", r.get("status").getAsString());
        assertEquals("2025-06-17T10:15:00.0000000+00:00", r.get("expiresAt").getAsString());
        assertEquals("reserved", r.getAsJsonObject("phoneNumbers").getAsJsonObject(a).get("status").getAsString());
        assertEquals("reservation:" + id, emulator.state().holds().get("+" + a));

        clock.advance(Duration.ofMinutes(5));
        TestClient.Response updated = client.patch(path(id), "{\"phoneNumbers\":{\"" + b
                + "\":{\"countryCode\":\"US\",\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\","
                + "\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"}}}}");
        assertEquals(200, updated.status(), updated.body());
        assertNull(updated.header("Location"));
        assertEquals(2, updated.json().getAsJsonObject("phoneNumbers").size());
        assertEquals("2025-06-17T10:20:00.0000000+00:00", updated.json().get("expiresAt").getAsString());

        TestClient.Response removed = client.patch(path(id), "{\"phoneNumbers\":{\"" + a + "\":null}}");
        assertEquals(200, removed.status());
        assertEquals(1, removed.json().getAsJsonObject("phoneNumbers").size());
        assertNull(emulator.state().holds().get("+" + a));

        // another reservation cannot take b; an unknown number fails too → 207
        String other = UUID.randomUUID().toString();
        TestClient.Response partial = client.patch(path(other), "{\"phoneNumbers\":{\"" + b + "\":{},\"" + a
                + "\":{},\"19999999999\":{}}}");
        assertEquals(207, partial.status(), partial.body());
        JsonObject numbers = partial.json().getAsJsonObject("phoneNumbers");
        assertEquals("reserved", numbers.getAsJsonObject(a).get("status").getAsString());
        assertEquals("error", numbers.getAsJsonObject(b).get("status").getAsString());
        assertEquals("{\"code\":\"NumberNotAvailable\",\"message\":\"The number selected is not available. Please "
                + "select a different number.\"}", numbers.getAsJsonObject(b).getAsJsonObject("error").toString());
        assertEquals("error", numbers.getAsJsonObject("19999999999").get("status").getAsString());

        TestClient.Response get = client.get(path(id));
        assertEquals(200, get.status());
        assertTrue(get.json().getAsJsonObject("phoneNumbers").has(b));

        TestClient.Response list = client.get("/availablePhoneNumbers/reservations?api-version=" + V
                + "&maxPageSize=100");
        JsonObject listBody = list.json();
        assertEquals(2, listBody.getAsJsonArray("reservations").size());
        assertTrue(listBody.get("nextLink").isJsonNull());
        JsonObject listed = listBody.getAsJsonArray("reservations").get(0).getAsJsonObject();
        assertEquals("[id, expiresAt, status]", listed.keySet().toString());
        JsonObject page = client.get("/availablePhoneNumbers/reservations?api-version=" + V + "&maxPageSize=1").json();
        assertEquals(1, page.getAsJsonArray("reservations").size());
        assertEquals("/availablePhoneNumbers/reservations?api-version=2025-06-01&maxPageSize=1&skip=1",
                page.get("nextLink").getAsString());

        assertEquals(204, client.delete(path(id)).status());
        TestClient.Response gone = client.get(path(id));
        assertEquals(404, gone.status());
        assertEquals("{\"error\":{\"code\":\"ReservationNotFound\",\"message\":\"The reservation was not found and "
                + "the operation could not be completed.\"}}", gone.body());
        assertEquals(404, client.delete(path(id)).status());
        assertNull(emulator.state().holds().get("+" + b));
    }

    @Test
    void emptyCreateAndReservationsExpire() throws Exception {
        String id = UUID.randomUUID().toString();
        TestClient.Response empty = client.patch(path(id), "{\"phoneNumbers\":{}}");
        assertEquals(201, empty.status());
        assertEquals("{}", empty.json().getAsJsonObject("phoneNumbers").toString());
        TestClient.Response purchaseEmpty = client.post(
                "/availablePhoneNumbers/reservations/" + id + "/:purchase?api-version=" + V, null);
        assertEquals(400, purchaseEmpty.status());
        assertEquals("ReservationIsEmpty", purchaseEmpty.json().getAsJsonObject("error").get("code").getAsString());

        String n = browse("GB", "geographic").get(0).getAsJsonObject().get("id").getAsString();
        assertEquals(200, client.patch(path(id), "{\"phoneNumbers\":{\"" + n + "\":{}}}").status());
        // keep touching it: idle expiry moves, but 2 h after creation it ends anyway
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(14));
            assertEquals(200, client.patch(path(id), "{\"phoneNumbers\":{}}").status(), "touch " + i);
        }
        clock.advance(Duration.ofMinutes(14));
        JsonObject expired = client.get(path(id)).json();
        assertEquals("expired", expired.get("status").getAsString());
        assertEquals("2025-06-17T12:00:00.0000000+00:00", expired.get("expiresAt").getAsString());
        assertEquals("expired", expired.getAsJsonObject("phoneNumbers").getAsJsonObject(n).get("status").getAsString());
        assertNull(emulator.state().holds().get("+" + n), "an expired reservation holds nothing");
        assertEquals("expired", client.get("/availablePhoneNumbers/reservations?api-version=" + V).json()
                .getAsJsonArray("reservations").get(0).getAsJsonObject().get("status").getAsString());

        String idle = UUID.randomUUID().toString();
        String m = browse("GB", "geographic").get(0).getAsJsonObject().get("id").getAsString();
        assertEquals(201, client.patch(path(idle), "{\"phoneNumbers\":{\"" + m + "\":{}}}").status());
        clock.advance(Duration.ofMinutes(15));
        assertEquals("expired", client.get(path(idle)).json().get("status").getAsString());
        assertEquals(400, client.post("/availablePhoneNumbers/reservations/" + idle + "/:purchase?api-version=" + V,
                "{\"agreeToNotResell\":false}").status());
    }

    @Test
    void purchaseAReservation() throws Exception {
        String id = UUID.randomUUID().toString();
        JsonArray fr = browse("FR", "tollFree");
        String n = fr.get(0).getAsJsonObject().get("id").getAsString();
        assertTrue(fr.get(0).getAsJsonObject().get("isAgreementToNotResellRequired").getAsBoolean());
        assertEquals(201, client.patch(path(id), "{\"phoneNumbers\":{\"" + n + "\":{}}}").status());
        String purchase = "/availablePhoneNumbers/reservations/" + id + "/:purchase?api-version=" + V;
        TestClient.Response refused = client.post(purchase, "{\"agreeToNotResell\":false}");
        assertEquals(400, refused.status());
        TestClient.Response ok = client.post(purchase, "{\"agreeToNotResell\":true}");
        assertEquals(202, ok.status(), ok.body());
        assertEquals("", ok.body());
        assertEquals("reservationPurchase_" + id, ok.header("operation-id"));
        assertEquals(id, ok.header("reservation-purchase-id"));
        assertEquals("/phoneNumbers/operations/reservationPurchase_" + id + "?api-version=" + V,
                ok.header("Operation-Location"));
        assertNull(ok.header("Location"));
        TestClient.Response poll = client.get(ok.header("Operation-Location"));
        assertEquals("reservationPurchase", poll.json().get("operationType").getAsString());
        assertEquals(id, poll.header("reservation-purchase-id"));
        assertEquals("submitted", client.get(path(id)).json().get("status").getAsString());
        clock.advance(Duration.ofSeconds(2));
        assertEquals("succeeded", client.get(ok.header("Operation-Location")).json().get("status").getAsString());
        JsonObject done = client.get(path(id)).json();
        assertEquals("completed", done.get("status").getAsString());
        assertEquals("purchased", done.getAsJsonObject("phoneNumbers").getAsJsonObject(n).get("status").getAsString());
        assertEquals(200, client.get("/phoneNumbers/%2B" + n + "?api-version=" + V).status());
        assertEquals(202, client.post(purchase, "{\"agreeToNotResell\":true}").status(), "repeatable");
        assertEquals(1, emulator.state().purchasedNumbers().size());
    }
}
