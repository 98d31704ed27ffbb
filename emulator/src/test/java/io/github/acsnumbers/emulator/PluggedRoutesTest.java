package io.github.acsnumbers.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.ApiVersionPolicy;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Routes plugged in by another API (as the lead wires SIP routing and identity). */
class PluggedRoutesTest extends EmulatorTestBase {

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder
                .routes(r -> r
                        .add("PATCH", "/plugged/config", "plugged", ApiVersionPolicy.SIP, q -> {
                            JsonObject echo = new JsonObject();
                            echo.add("got", q.jsonBody());
                            echo.addProperty("version", q.apiVersion());
                            return ApiResult.json(200, echo);
                        })
                        .add("POST", "/plugged:testRoutesWithNumber", "plugged",
                                ApiVersionPolicy.checkedByHandler("2024-11-15-preview"), q -> {
                                    JsonObject o = new JsonObject();
                                    o.addProperty("target", q.queryParam("targetPhoneNumber"));
                                    return new ApiResult(200, Map.of("api-supported-versions", "mine"), o);
                                })
                        .add("DELETE", "/plugged/items/{id}", "plugged", ApiVersionPolicy.IDENTITY,
                                q -> ApiResult.error(404, "IdentityNotFound", "no " + q.pathParam("id"), null, null,
                                        null))
                        .addAuthenticatedByHandler("POST", "/plugged/:exchangeAccessToken",
                                "plugged", ApiVersionPolicy.IDENTITY, q -> "teams-token".equals(q.bearerToken())
                                        ? ApiResult.json(200, new JsonObject())
                                        : ApiResult.error(401, "InvalidAccessToken", "bad token", null, null,
                                        null)));
    }

    @Test
    void pluggedRoutesGetAuthVersionsHeadersAndPathParameters() throws Exception {
        TestClient.Response sip = client.patch("/plugged/config?api-version=2023-03-01", "{\"trunks\":{\"a.b\":null}}");
        assertEquals(200, sip.status(), sip.body());
        assertEquals("{\"got\":{\"trunks\":{\"a.b\":null}},\"version\":\"2023-03-01\"}", sip.body());
        assertEquals("2023-03-01, 2023-04-01-preview, 2024-11-15-preview", sip.header("api-supported-versions"));
        assertEquals(400, client.patch("/plugged/config?api-version=2025-06-01", "{}").status());

        TestClient.Response test = client.post("/plugged:testRoutesWithNumber?targetPhoneNumber=%2B11234567890"
                + "&api-version=anything", "{}");
        assertEquals(200, test.status(), test.body());
        assertEquals("+11234567890", test.json().get("target").getAsString());
        assertEquals("mine", test.header("api-supported-versions"));

        TestClient.Response del = client.delete("/plugged/items/8:acs:x_y?api-version=2026-09-23");
        assertEquals(404, del.status());
        assertEquals("no 8:acs:x_y", del.json().getAsJsonObject("error").get("message").getAsString());
        assertEquals(405, client.post("/plugged/items/8:acs:x_y?api-version=2026-09-23", "{}").status());
    }

    @Test
    void aHandlerCanAuthenticateItsOwnRoute() throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", "x");
        h.put("Authorization", "Bearer teams-token");
        h.put("Content-Type", "application/json");
        String target = "/plugged/:exchangeAccessToken?api-version=2026-09-23";
        assertEquals(200, RawHttp.send(emulator.port(), "POST", target, h, "{}".getBytes()).status());
        h.put("Authorization", "Bearer other");
        assertEquals(401, RawHttp.send(emulator.port(), "POST", target, h, "{}".getBytes()).status());
        assertEquals(0, emulator.rejectedAuthCount(), "the server did not judge these requests");
        h.remove("Authorization");
        assertEquals(401, RawHttp.send(emulator.port(), "DELETE", "/plugged/items/a?api-version=2026-09-23", h,
                new byte[0]).status());
        assertEquals(1, emulator.rejectedAuthCount());
    }

    @Test
    void faultsCanTargetPluggedFamilies() throws Exception {
        emulator.setFaults(FaultPlan.of(1, 1).withKinds(EnumSet.of(FaultKind.SERVICE_UNAVAILABLE))
                .withFamilies(Set.of("plugged")));
        assertEquals(503, client.patch("/plugged/config?api-version=2023-03-01", "{}").status());
        assertEquals(200, client.get("/phoneNumbers?api-version=2025-06-01").status());
        assertTrue(emulator.faultCounts().get(FaultKind.SERVICE_UNAVAILABLE) == 1L);
        emulator.setFaults(FaultPlan.of(1, 1).withKinds(EnumSet.of(FaultKind.SERVICE_UNAVAILABLE)));
        assertEquals(200, client.get("/_emulator/state").status(), "test support is never faulted");
    }

    @Test
    void addFirstOverridesABuiltInRoute() throws Exception {
        emulator.router().addFirst(new io.github.acsnumbers.emulator.http.Route("GET", "/phoneNumbers/{phoneNumber}",
                "numbers", ApiVersionPolicy.PHONE_NUMBERS, q -> ApiResult.error(503, "ServiceUnavailable",
                "maintenance", null, null, null)));
        assertEquals(503, client.get("/phoneNumbers/%2B14255550100?api-version=2025-06-01").status());
    }
}
