package io.github.acsnumbers.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two user-facing types of per-call options and response metadata, on their own. */
class RequestOptionsAndResponseTest {
    @Test
    void optionsAreImmutableAndReplaceAHeaderGivenTwiceIgnoringCase() {
        RequestOptions empty = new RequestOptions();
        RequestOptions a = empty.withHeader("x-correlation-id", "one").withTimeout(Duration.ofSeconds(5));
        RequestOptions b = a.withHeader("X-Correlation-Id", "two");
        assertEquals(Map.of(), empty.getHeaders());
        assertNull(empty.getTimeout());
        assertEquals(Map.of("x-correlation-id", "one"), a.getHeaders());
        assertEquals(Map.of("X-Correlation-Id", "two"), b.getHeaders());
        assertEquals(Duration.ofSeconds(5), b.getTimeout());
        assertThrows(UnsupportedOperationException.class, () -> a.getHeaders().put("k", "v"));
        assertEquals(a, empty.withTimeout(Duration.ofSeconds(5)).withHeader("x-correlation-id", "one"));
        assertNotEquals(a, b);
        assertEquals(a.hashCode(), empty.withHeader("x-correlation-id", "one").withTimeout(Duration.ofSeconds(5))
            .hashCode());
    }

    @Test
    void toStringNamesHeadersButNeverShowsValues() {
        String secret = "s3cr3t-value-of-a-custom-header";
        String s = new RequestOptions().withHeader("x-api-token", secret).toString();
        assertTrue(s.contains("x-api-token"), s);
        assertFalse(s.contains(secret), s);
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        RequestOptions o = new RequestOptions();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withTimeout(Duration.ZERO)).getMessage()
            .contains("'timeout' must be positive"));
        assertThrows(IllegalArgumentException.class, () -> o.withTimeout(Duration.ofSeconds(-1)));
        assertEquals("A header name is required.",
            assertThrows(IllegalArgumentException.class, () -> o.withHeader(" ", "v")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withHeader("bad name", "v")).getMessage()
            .contains("not a valid header name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withHeader("x-a", null)).getMessage()
            .contains("'x-a' is required"));
        String crlf = "v\r\nInjected: yes";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.withHeader("x-a", crlf));
        assertTrue(e.getMessage().contains("cannot be sent"), e.getMessage());
        assertFalse(e.getMessage().contains("Injected"), "the value is not quoted");
        assertThrows(IllegalArgumentException.class, () -> o.withHeader("x-a", "é"));
        assertThrows(IllegalArgumentException.class, () -> o.withHeader("x-a", "v".repeat(4097)));
        RequestOptions many = o;
        for (int i = 0; i < RequestOptions.MAX_HEADERS; i++) {
            many = many.withHeader("x-h" + i, "v");
        }
        RequestOptions full = many;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> full.withHeader("x-one-more", "v"))
            .getMessage().contains("At most 32"));
        for (String owned : List.of("authorization", "X-MS-DATE", "x-ms-content-sha256", "host", "content-type",
            "Content-Length", "Transfer-Encoding", "user-agent", "TraceParent", "tracestate", "accept-encoding")) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> o.withHeader(owned, "v")).getMessage()
                .contains("is set by the SDK"), owned);
        }
        // the SDK's request id header may be chosen by the caller
        assertEquals("id-1", o.withHeader("x-ms-client-request-id", "id-1").getHeaders()
            .get("x-ms-client-request-id"));
    }

    @Test
    void responseHeadersAreReadOnlyAndFoundIgnoringCase() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("ms-cv", List.of("abc.1"));
        headers.put("X-Multi", List.of("1", "2"));
        Response<String> r = new Response<>(201, headers, "req-1", "value");
        headers.put("late", List.of("x"));
        assertEquals(201, r.getStatusCode());
        assertEquals("req-1", r.getRequestId());
        assertEquals("abc.1", r.getCorrelationVector());
        assertEquals(List.of("1", "2"), r.getHeaders().get("x-multi"));
        assertEquals("1", r.getHeaderValue("X-MULTI"));
        assertNull(r.getHeaderValue("late"), "copied when built");
        assertNull(r.getHeaderValue(null));
        assertThrows(UnsupportedOperationException.class, () -> r.getHeaders().remove("ms-cv"));
        assertThrows(UnsupportedOperationException.class, () -> r.getHeaders().get("x-multi").set(0, "9"));
        assertTrue(r.toString().contains("statusCode=201"), r.toString());
        assertFalse(r.toString().contains("=value"), r.toString());
        assertThrows(IllegalArgumentException.class, () -> new Response<>(42, null, null, null));
        assertNull(new Response<Void>(204, null, null, null).getCorrelationVector());
    }
}
