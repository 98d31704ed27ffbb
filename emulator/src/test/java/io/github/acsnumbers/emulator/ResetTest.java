package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code reset()} puts every service back in its starting state; the port and key keep working. */
class ResetTest extends EmulatorTestBase {

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.purchased(2).sipDomains("contoso.example");
    }

    @Test
    void resetForgetsEverythingAndKeepsTheStartingOptions() throws Exception {
        String start = emulator.state().purchasedNumbers().toString();
        String noUsers = emulator.sipAndIdentity().identity().snapshot().toString();
        assertEquals(202, client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"}}").status());
        assertEquals(200, client.patch("/sip?api-version=2023-03-01",
                "{\"trunks\":{\"sbc.contoso.example\":{\"sipSignalingPort\":5061}}}").status());
        assertEquals(201, client.post("/identities?api-version=2025-06-30", "{}").status());
        assertEquals(1, emulator.state().searches());
        assertFalse(noUsers.equals(emulator.sipAndIdentity().identity().snapshot().toString()));

        emulator.reset();

        assertEquals(0, emulator.state().searches());
        assertEquals(0, emulator.state().holds().size());
        assertEquals(noUsers, emulator.sipAndIdentity().identity().snapshot().toString());
        assertEquals(start, emulator.state().purchasedNumbers().toString(), "the same pre-populated numbers");
        assertTrue(emulator.sipAndIdentity().sip().configuration().trunks().isEmpty());
        assertTrue(emulator.sipAndIdentity().sip().configuration().domains().containsKey("contoso.example"));
        assertEquals(422, client.patch("/sip?api-version=2023-03-01",
                "{\"trunks\":{\"sbc.fabrikam.example\":{\"sipSignalingPort\":5061}}}").status(), "domain rule kept");
        assertEquals(200, client.get("/phoneNumbers?api-version=" + V).status(), "same port and key");
    }
}
