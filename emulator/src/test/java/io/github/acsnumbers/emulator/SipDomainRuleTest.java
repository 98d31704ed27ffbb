package io.github.acsnumbers.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** The service's SIP domain rule over HTTP, switched on by {@code Builder.sipDomains}. */
class SipDomainRuleTest extends EmulatorTestBase {

    private static final String STABLE = "/sip?api-version=2023-03-01";
    private static final String PREVIEW = "/sip?api-version=2024-11-15-preview";

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.sipDomains("contoso.com");
    }

    @Test
    void aTrunkOutsideTheRegisteredDomainsIsMissingDomainAndNothingChanges() throws Exception {
        TestClient.Response ok = client.patch(STABLE, "{\"trunks\":{\"sbc.contoso.com\":{\"sipSignalingPort\":5061}}}");
        assertEquals(200, ok.status(), ok.body());
        String before = client.get(PREVIEW).body();

        TestClient.Response refused = client.patch(STABLE,
                "{\"trunks\":{\"sbc.fabrikam.com\":{\"sipSignalingPort\":5061}},\"routes\":[]}");
        assertEquals(422, refused.status(), refused.body());
        JsonObject error = refused.json().getAsJsonObject("error");
        assertEquals("UnprocessableConfiguration", error.get("code").getAsString());
        assertEquals("MissingDomain", error.getAsJsonObject("innererror").get("code").getAsString());

        assertEquals(before, client.get(PREVIEW).body(), "a refused patch changes nothing");
        assertEquals(1, emulator.sipAndIdentity().sip().configuration().trunks().size());
        assertEquals(true, client.get(PREVIEW).json().getAsJsonObject("domains").getAsJsonObject("contoso.com")
                .get("enabled").getAsBoolean());
    }

    @Test
    void withoutRegisteredDomainsAnyTrunkIsAccepted() {
        try (PhoneNumbersEmulator plain = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).start()) {
            TestClient c = new TestClient(plain, clock);
            assertEquals(200, c.patch(STABLE, "{\"trunks\":{\"sbc.fabrikam.com\":{\"sipSignalingPort\":5061}}}")
                    .status());
            // registering one with the preview API switches the rule on
            assertEquals(200, c.patch(PREVIEW, "{\"domains\":{\"contoso.com\":{\"enabled\":true}}}").status());
            assertEquals(422, c.patch(STABLE, "{\"trunks\":{\"sbc2.fabrikam.com\":{\"sipSignalingPort\":5061}}}")
                    .status());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbersEmulator.builder().sipDomains("not a domain"));
    }
}
