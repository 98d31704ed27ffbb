package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deterministic fault injection: each kind, family restriction, counters, reproducibility. */
class FaultInjectionTest extends EmulatorTestBase {

    private static final String SEARCH = "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\","
            + "\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"}}";

    private static FaultPlan only(FaultKind kind) {
        return FaultPlan.of(1.0, 42).withKinds(EnumSet.of(kind));
    }

    @Test
    void throttlingWithAndWithoutRetryAfter() throws Exception {
        emulator.setFaults(only(FaultKind.THROTTLE_WITH_RETRY_AFTER).withRetryAfterSeconds(3));
        TestClient.Response r = client.get("/phoneNumbers?api-version=" + V);
        assertEquals(429, r.status());
        assertEquals("3", r.header("Retry-After"));
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("TooManyRequests", r.json().getAsJsonObject("error").get("code").getAsString());
        emulator.setFaults(only(FaultKind.THROTTLE_WITHOUT_RETRY_AFTER));
        TestClient.Response r2 = client.get("/phoneNumbers?api-version=" + V);
        assertEquals(429, r2.status());
        assertNull(r2.header("Retry-After"));
        assertEquals(1L, emulator.faultCounts().get(FaultKind.THROTTLE_WITH_RETRY_AFTER));
        assertEquals(1L, emulator.faultCounts().get(FaultKind.THROTTLE_WITHOUT_RETRY_AFTER));
    }

    @Test
    void serverErrorsAreNotApplied() throws Exception {
        emulator.setFaults(only(FaultKind.SERVICE_UNAVAILABLE));
        assertEquals(503, client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V, SEARCH)
                .status());
        emulator.setFaults(only(FaultKind.INTERNAL_ERROR));
        TestClient.Response r = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V, SEARCH);
        assertEquals(500, r.status());
        assertEquals("InternalError", r.json().getAsJsonObject("error").get("code").getAsString());
        assertEquals(0, emulator.state().searches());
    }

    @Test
    void droppedBeforeIsNotAppliedAndDroppedAfterIs() throws Exception {
        emulator.setFaults(only(FaultKind.DROP_BEFORE_APPLY));
        assertThrows(IOException.class,
                () -> client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V, SEARCH));
        assertEquals(0, emulator.state().searches());
        emulator.setFaults(only(FaultKind.DROP_AFTER_APPLY));
        assertThrows(IOException.class,
                () -> client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V, SEARCH));
        assertEquals(1, emulator.state().searches());
        assertEquals(1, emulator.state().holds().size());
        emulator.setFaults(FaultPlan.NONE);
        assertEquals(200, client.get("/phoneNumbers?api-version=" + V).status(), "the server keeps serving");
    }

    @Test
    void slowResponsesStillAnswerNormally() throws Exception {
        emulator.setFaults(only(FaultKind.SLOW_RESPONSE).withSlowDelay(Duration.ofMillis(20)));
        assertEquals(200, client.get("/phoneNumbers?api-version=" + V).status());
        assertEquals(1L, emulator.faultCounts().get(FaultKind.SLOW_RESPONSE));
    }

    @Test
    void faultsCanBeRestrictedToRouteFamilies() throws Exception {
        emulator.setFaults(only(FaultKind.INTERNAL_ERROR).withFamilies(Set.of("purchase")));
        assertEquals(200, client.get("/phoneNumbers?api-version=" + V).status());
        String id = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V, SEARCH)
                .header("search-id");
        assertEquals(500, client.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                "{\"searchId\":\"" + id + "\"}").status());
        assertEquals(0, emulator.state().purchasedNumbers().size());
    }

    @Test
    void aSeedGivesTheSameFaultSequence() throws Exception {
        List<Integer> first = statuses(FaultPlan.of(0.5, 7).withKinds(EnumSet.of(FaultKind.INTERNAL_ERROR,
                FaultKind.SERVICE_UNAVAILABLE, FaultKind.THROTTLE_WITHOUT_RETRY_AFTER)));
        List<Integer> second = statuses(FaultPlan.of(0.5, 7).withKinds(EnumSet.of(FaultKind.INTERNAL_ERROR,
                FaultKind.SERVICE_UNAVAILABLE, FaultKind.THROTTLE_WITHOUT_RETRY_AFTER)));
        assertEquals(first, second);
        long faulted = first.stream().filter(s -> s != 200).count();
        assertTrue(faulted > 5 && faulted < 35, first.toString());
        assertEquals(faulted * 2, emulator.faultCounts().values().stream().mapToLong(Long::longValue).sum());
    }

    private List<Integer> statuses(FaultPlan plan) throws Exception {
        emulator.setFaults(plan);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(client.get("/phoneNumbers?api-version=" + V).status());
        }
        return out;
    }

    @Test
    void invalidRatesAreRejectedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultPlan.of(1.5, 0));
        assertTrue(e.getMessage().contains("between 0 and 1"));
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parseKind("explode"));
        assertEquals(FaultKind.DROP_AFTER_APPLY, FaultPlan.parseKind("drop-after-apply"));
    }
}
