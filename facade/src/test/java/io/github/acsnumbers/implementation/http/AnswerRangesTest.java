package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statuses are results, redirects or errors, at the edges of each range; and an answer the SDK cannot read. */
class AnswerRangesTest {
    private final OfflineService service = new OfflineService();
    private final HttpPipeline pipeline = service.pipeline();

    private ServiceRequest<String> get() {
        return ServiceRequest.of(() -> pipeline.get("/x"), r -> r.status() + ":" + r.bodyString());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 299})
    void the2xxRangeIsAResult(int status) {
        service.then(status(status, "ok"));
        assertEquals(status + ":ok", pipeline.send(get()));
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 399})
    void the3xxRangeIsAReportedRedirect(int status) {
        service.then(status(status, null, "Location", "https://elsewhere.example/x"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get()));
        assertTrue(e.getMessage().startsWith("GET /x failed: HTTP " + status + " redirects to host elsewhere.example;"),
            e.getMessage());
        assertEquals(status, e.getStatusCode());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 599})
    void statusesAbove299AreErrors(int status) {
        service.then(status(status, "{\"error\":{\"code\":\"E\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> pipeline.send(get()));
        assertEquals(status, e.getStatusCode());
        assertEquals("E", e.getErrorCode());
    }

    @Test
    void anUnreadableAnswerIsQuotedUnlessTheExchangeIsConfidential() {
        ServiceRequest<String> broken = ServiceRequest.of(() -> pipeline.get("/x"), r -> {
            throw new IllegalStateException("bad body near 'tok-123'");
        });
        service.then(status(200, "{}"), status(200, "{}"));
        CommunicationException open = assertThrows(CommunicationException.class, () -> pipeline.send(broken));
        assertEquals("GET /x returned a response the SDK could not read (IllegalStateException: bad body near "
            + "'tok-123') (HTTP 200)", open.getMessage().substring(0, open.getMessage().indexOf(" (HTTP 200)") + 11));
        assertInstanceOf(IllegalStateException.class, open.getCause());

        CommunicationException closed = assertThrows(CommunicationException.class,
            () -> pipeline.send(broken.confidential()));
        assertTrue(closed.getMessage().startsWith("GET /x returned a response the SDK could not read "
            + "(IllegalStateException; details not shown: the exchange carries credentials)"), closed.getMessage());
        assertTrue(!closed.getMessage().contains("tok-123"), closed.getMessage());
        assertNull(closed.getCause());
    }
}
