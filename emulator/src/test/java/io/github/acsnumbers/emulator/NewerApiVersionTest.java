package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.emulator.http.SpecVersions;
import org.junit.jupiter.api.Test;

/** {@code Builder.newerApiVersion}: a service accepts a newer api-version and its answers carry what it adds. */
class NewerApiVersionTest extends EmulatorTestBase {

    static final String NEXT = "2026-03-01";

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.purchased(2)
                .newerApiVersion("phonenumbers", NEXT, (request, result) -> {
                    JsonElement body = result.body();
                    if (result.status() == 200 && body != null && body.isJsonObject()
                            && body.getAsJsonObject().has("phoneNumbers")) {
                        for (JsonElement n : body.getAsJsonObject().getAsJsonArray("phoneNumbers")) {
                            n.getAsJsonObject().addProperty("carrierName", "Emulated Carrier");
                        }
                    }
                    return result;
                })
                .newerApiVersion("sip", "2026-01-01-preview", null)
                .newerApiVersion("identity", "2027-01-01", null);
    }

    @Test
    void theNewerVersionIsAcceptedAdvertisedAndDecorated() throws Exception {
        TestClient.Response next = client.get("/phoneNumbers?api-version=" + NEXT);
        assertEquals(200, next.status(), next.body());
        JsonObject first = firstNumber(next.body());
        assertEquals("Emulated Carrier", first.get("carrierName").getAsString());
        assertTrue(next.header("api-supported-versions").endsWith(", " + NEXT), next.header("api-supported-versions"));

        TestClient.Response current = client.get("/phoneNumbers?api-version=" + V);
        assertEquals(200, current.status());
        assertEquals("Emulated Carrier", firstNumber(current.body()).get("carrierName").getAsString(),
                "the decorator sees every answer of the service, whatever version was asked");

        assertEquals(400, client.get("/phoneNumbers?api-version=2099-01-01").status(), "others are still refused");
    }

    @Test
    void servicesThatCheckTheVersionThemselvesRunTheirNewestBehaviour() throws Exception {
        // the SIP handler sees the preview (domains are a preview feature) when asked for the newer version
        TestClient.Response sip = client.patch("/sip?api-version=2026-01-01-preview",
                "{\"domains\":{\"contoso.example\":{\"enabled\":true}}}");
        assertEquals(200, sip.status(), sip.body());
        assertTrue(emulator.sipAndIdentity().sip().configuration().domains().containsKey("contoso.example"));
        assertEquals(400, client.get("/sip?api-version=2026-02-01-preview").status());

        TestClient.Response identity = client.post("/identities?api-version=2027-01-01", "{}");
        assertEquals(201, identity.status(), identity.body());
        assertEquals(SpecVersions.IDENTITY, emulator.modules().get(2).apiVersions().get(2));
    }

    @Test
    void withoutTheOptionTheVersionIsRefusedAndNothingIsDecorated() throws Exception {
        try (PhoneNumbersEmulator plain = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).purchased(1)
                .start()) {
            TestClient c = new TestClient(plain, clock);
            assertEquals(400, c.get("/phoneNumbers?api-version=" + NEXT).status());
            assertFalse(firstNumber(c.get("/phoneNumbers?api-version=" + V).body()).has("carrierName"));
        }
    }

    @Test
    void anUnknownServiceIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumbersEmulator.builder().newerApiVersion("chat", NEXT, null));
        assertTrue(e.getMessage().contains("unknown service 'chat'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PhoneNumbersEmulator.builder().newerApiVersion("sip", " ", null));
    }

    private static JsonObject firstNumber(String body) {
        return JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("phoneNumbers").get(0).getAsJsonObject();
    }
}
