package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.acsnumbers.emulator.http.EmulatorHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the emulator's clock in {@code x-emulator-date}, following a {@link ManualClock} as a test
 * moves it; {@code Date} is the JDK server's, the real time (it cannot be replaced, see
 * {@link EmulatorHttpServer#EMULATOR_DATE_HEADER}).
 */
class EmulatorDateHeaderTest extends EmulatorTestBase {

    @Test
    void theEmulatorDateFollowsTheManualClock() throws Exception {
        TestClient.Response first = client.get("/phoneNumbers?api-version=" + V);
        assertEquals(200, first.status());
        assertEquals("Tue, 17 Jun 2025 10:00:00 GMT", first.header(EmulatorHttpServer.EMULATOR_DATE_HEADER));

        clock.advance(Duration.ofMinutes(17));
        TestClient.Response later = client.get("/phoneNumbers?api-version=" + V);
        assertEquals("Tue, 17 Jun 2025 10:17:00 GMT", later.header(EmulatorHttpServer.EMULATOR_DATE_HEADER));

        clock.set(Instant.parse("2025-07-04T09:05:03Z"));
        TestClient.Response error = client.get("/phoneNumbers/+1?api-version=" + V);
        assertNotEquals(200, error.status());
        assertEquals("Fri, 04 Jul 2025 09:05:03 GMT", error.header(EmulatorHttpServer.EMULATOR_DATE_HEADER),
                "errors carry it too; days have two digits");
    }

    @Test
    void dateStaysTheRealTimeTheSignaturesAreCheckedAgainst() throws Exception {
        TestClient.Response r = client.get("/phoneNumbers?api-version=" + V);
        String date = r.header("Date");
        assertNotNull(date);
        Instant server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertNotEquals(clock.instant().getEpochSecond() / 3600, server.getEpochSecond() / 3600,
                "Date is not the manual clock (2025-06-17)");
    }
}
