package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data file the state survives a restart; without one it does not. */
class PersistenceTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2025-06-17T10:00:00Z"));

    /** An emulator on the test clock keeping its state in {@code file}, pre-populated once per file. */
    private PhoneNumbersEmulator.Builder onFile(Path file, int purchased) {
        return PhoneNumbersEmulator.builder().clock(clock).authClock(clock).dataFile(file).purchased(purchased);
    }

    @Test
    void aResetStateIsWhatTheDataFileKeeps() throws Exception {
        Path file = dir.resolve("reset.mv.db");
        String key;
        String prepopulated;
        try (PhoneNumbersEmulator first = onFile(file, 3).sipDomains("contoso.example").start()) {
            key = first.accessKey();
            prepopulated = first.state().purchasedNumbers().toString();
            TestClient c = new TestClient(first, clock);
            assertEquals(202, c.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                    "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                            + "{\"calling\":\"outbound\",\"sms\":\"none\"}}").status());
            assertEquals(200, c.patch("/sip?api-version=2023-03-01",
                    "{\"trunks\":{\"sbc.contoso.example\":{\"sipSignalingPort\":5061}}}").status());
            first.reset();
        }
        try (PhoneNumbersEmulator second = onFile(file, 3).accessKey(key).start()) {
            assertEquals(0, second.state().searches(), "the reset was stored");
            assertEquals(prepopulated, second.state().purchasedNumbers().toString());
            assertTrue(second.sipAndIdentity().sip().configuration().trunks().isEmpty());
            assertTrue(second.sipAndIdentity().sip().configuration().domains().containsKey("contoso.example"));
        }
    }

    @Test
    void purchasedNumbersReservationsAndOperationsSurviveARestart() throws Exception {
        Path file = dir.resolve("state.mv.db");
        String key;
        String number;
        String reservationId = UUID.randomUUID().toString();
        String reservedId;
        String operationLocation;
        try (PhoneNumbersEmulator first = onFile(file, 20).start()) {
            key = first.accessKey();
            TestClient c = new TestClient(first, clock);
            String searchId = c.post("/availablePhoneNumbers/countries/CA/:search?api-version=" + V,
                    "{\"phoneNumberType\":\"geographic\",\"assignmentType\":\"application\",\"capabilities\":"
                            + "{\"calling\":\"inbound\",\"sms\":\"none\"}}").header("search-id");
            TestClient.Response p = c.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                    "{\"searchId\":\"" + searchId + "\"}");
            operationLocation = p.header("Operation-Location");
            number = c.get("/availablePhoneNumbers/searchResults/" + searchId + "?api-version=" + V).json()
                    .getAsJsonArray("phoneNumbers").get(0).getAsString();
            reservedId = c.post("/availablePhoneNumbers/countries/DE/:browse?api-version=" + V,
                    "{\"phoneNumberType\":\"geographic\"}").json().getAsJsonArray("phoneNumbers").get(0)
                    .getAsJsonObject().get("id").getAsString();
            assertEquals(201, c.patch("/availablePhoneNumbers/reservations/" + reservationId + "?api-version=" + V,
                    "{\"phoneNumbers\":{\"" + reservedId + "\":{}}}").status());
            assertEquals(21, first.state().purchasedNumbers().size());
        }
        assertTrue(Files.size(file) > 0);
        try (PhoneNumbersEmulator second = onFile(file, 20).accessKey(key).start()) {
            TestClient c = new TestClient(second, clock);
            assertEquals(21, second.state().purchasedNumbers().size(), "pre-population happens once per file");
            JsonObject got = c.get("/phoneNumbers/" + number + "?api-version=" + V).json();
            assertEquals("CA", got.get("countryCode").getAsString());
            JsonObject r = c.get("/availablePhoneNumbers/reservations/" + reservationId + "?api-version=" + V).json();
            assertTrue(r.getAsJsonObject("phoneNumbers").has(reservedId));
            assertEquals("reservation:" + reservationId, second.state().holds().get("+" + reservedId));
            assertEquals(200, c.get(operationLocation).status());
        }
    }

    @Test
    void changesToPrePopulatedNumbersSurviveARestart() throws Exception {
        Path file = dir.resolve("pre.mv.db");
        String released;
        String changed;
        String key;
        try (PhoneNumbersEmulator first = onFile(file, 50).start()) {
            key = first.accessKey();
            TestClient c = new TestClient(first, clock);
            java.util.List<String> numbers = new java.util.ArrayList<>(first.state().purchasedNumbers());
            java.util.Collections.sort(numbers);
            released = numbers.get(3);
            changed = numbers.get(7);
            assertEquals(202, c.delete("/phoneNumbers/" + released + "?api-version=" + V).status());
            assertEquals(202, c.patch("/phoneNumbers/" + changed + "/capabilities?api-version=" + V,
                    "{\"calling\":\"none\",\"sms\":\"none\"}").status());
        }
        clock.advance(java.time.Duration.ofDays(3));
        try (PhoneNumbersEmulator second = onFile(file, 50).accessKey(key).start()) {
            TestClient c = new TestClient(second, clock);
            assertEquals(49, second.state().purchasedNumbers().size());
            assertEquals(404, c.get("/phoneNumbers/" + released + "?api-version=" + V).status());
            JsonObject got = c.get("/phoneNumbers/" + changed + "?api-version=" + V).json();
            assertEquals("none", got.getAsJsonObject("capabilities").get("calling").getAsString());
        }
    }

    @Test
    void aPersistentDomainIsRestoredAndSavedOnWrites() throws Exception {
        Path file = dir.resolve("domain.mv.db");
        AtomicInteger counter = new AtomicInteger();
        PhoneNumbersEmulator.Builder b = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).dataFile(file)
                .routes(r -> r.add("POST", "/counter", "counter",
                        io.github.acsnumbers.emulator.http.ApiVersionPolicy.checkedByHandler("1"),
                        q -> {
                            counter.incrementAndGet();
                            return io.github.acsnumbers.emulator.http.ApiResult.empty(204);
                        }))
                .persistentDomain("counter", Set.of("counter"), () -> {
                    JsonObject o = new JsonObject();
                    o.addProperty("n", counter.get());
                    return o;
                }, o -> counter.set(o.get("n").getAsInt()));
        String key;
        try (PhoneNumbersEmulator e = b.start()) {
            key = e.accessKey();
            TestClient c = new TestClient(e, clock);
            assertEquals(204, c.post("/counter", null).status());
            assertEquals(204, c.post("/counter", null).status());
        }
        counter.set(0);
        PhoneNumbersEmulator restarted = b.accessKey(key).start();
        try {
            assertEquals(2, counter.get());
        } finally {
            restarted.close();
        }
    }

    @Test
    void withoutADataFileNothingSurvives() {
        try (PhoneNumbersEmulator first = PhoneNumbersEmulator.builder().purchased(3).start()) {
            assertEquals(3, first.state().purchasedNumbers().size());
        }
        try (PhoneNumbersEmulator second = PhoneNumbersEmulator.builder().start()) {
            assertEquals(0, second.state().purchasedNumbers().size());
        }
    }
}
