package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The error envelope reader at its limits: bare gateway errors, nesting depth, long texts and clock skew. */
class ErrorMapperEdgesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static ServiceResponse response(int status, String body, String... headers) {
        return new ServiceResponse(status, Headers.of(headers), body.getBytes(StandardCharsets.UTF_8), "GET", "/x",
            "req-1");
    }

    private static CommunicationException map(int status, String body, String... headers) {
        return ErrorMapper.toException(response(status, body, headers), CLOCK);
    }

    @Test
    void aBareCodeOrABareMessageIsReadAsTheError() {
        CommunicationException code = map(400, "{\"code\":\"BadThing\"}");
        assertEquals("BadThing", code.getErrorCode());
        assertNull(code.getServiceMessage());
        CommunicationException message = map(400, "{\"message\":\"something broke\"}");
        assertNull(message.getErrorCode());
        assertEquals("something broke", message.getServiceMessage());
        CommunicationException neither = map(400, "{\"status\":\"bad\"}");
        assertNull(neither.getError());
        assertTrue(neither.getMessage().contains("not the service's JSON error ({\"status\":\"bad\"})"),
            neither.getMessage());
    }

    @Test
    void nullMembersStayNull() {
        CommunicationException e = map(404, "{\"error\":{\"code\":\"NotFound\",\"message\":null,\"target\":null}}");
        assertEquals("NotFound", e.getErrorCode());
        assertNull(e.getServiceMessage());
        assertNull(e.getTarget());
        assertEquals(ErrorKind.NOT_FOUND, e.getKind());
    }

    @Test
    void aTextOf2000CharactersIsKeptWholeAndLongerOnesAreCut() {
        String m2000 = "m".repeat(2000);
        assertEquals(m2000, map(400, "{\"error\":{\"message\":\"" + m2000 + "\"}}").getServiceMessage());
        assertEquals(m2000 + "...", map(400, "{\"error\":{\"message\":\"" + m2000 + "x\"}}").getServiceMessage());
    }

    @Test
    void innerErrorsAreReadFiveLevelsDeep() {
        JsonObject root = new JsonObject();
        JsonObject current = root;
        for (int level = 0; level < 8; level++) {
            current.addProperty("code", "L" + level);
            JsonObject inner = new JsonObject();
            current.add("innererror", inner);
            current = inner;
        }
        CommunicationError e = ErrorMapper.read(root, 0);
        int levels = 0;
        for (CommunicationError c = e; c != null; c = c.innerError()) {
            assertEquals("L" + levels, c.code());
            levels++;
        }
        assertEquals(6, levels, "the error itself and five inner levels");
    }

    @Test
    void detailsAreReadFiveLevelsDeepToo() {
        JsonObject root = new JsonObject();
        JsonObject current = root;
        for (int level = 0; level < 8; level++) {
            current.addProperty("code", "D" + level);
            JsonObject child = new JsonObject();
            com.google.gson.JsonArray details = new com.google.gson.JsonArray();
            details.add(child);
            current.add("details", details);
            current = child;
        }
        int levels = 0;
        for (CommunicationError c = ErrorMapper.read(root, 0); c != null;
             c = c.details().isEmpty() ? null : c.details().get(0)) {
            levels++;
        }
        assertEquals(6, levels);
    }

    @Test
    void aClockSkewOfExactlyFiveMinutesIsNotReportedAndOneSecondMoreIs() {
        DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        String fiveMinutes = http.format(NOW.minus(Duration.ofMinutes(5)));
        CommunicationException at = map(401, "", "Date", fiveMinutes);
        assertFalse(at.getMessage().contains("differs"), at.getMessage());
        assertTrue(at.getMessage().startsWith("GET /x failed with an empty body (HTTP 401)"), at.getMessage());
        String beyond = http.format(NOW.plus(Duration.ofMinutes(5).plusSeconds(1)));
        CommunicationException past = map(401, "", "Date", beyond);
        assertTrue(past.getMessage().contains("; the local clock differs from the service's by 5 minutes"),
            past.getMessage());
        assertNull(ErrorMapper.skew(fiveMinutes, CLOCK));
        assertNull(ErrorMapper.skew(null, CLOCK));
        assertNull(ErrorMapper.skew("yesterday", CLOCK));
    }

    @Test
    void a401WithoutADateSaysNothingAboutClocks() {
        CommunicationException e = map(401, "");
        assertTrue(e.getMessage().startsWith("GET /x failed with an empty body (HTTP 401). "), e.getMessage());
        assertFalse(e.getMessage().contains(";"), e.getMessage());
    }
}
