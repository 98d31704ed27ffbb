package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.fail;
import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.identity.LogCapture;
import io.github.acsnumbers.implementation.lro.StartRecovery;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retry and recovery log lines say why the SDK waits or stops: the status or failure, the service's
 * Retry-After, whether a start request got no answer at all or an unknown-outcome status.
 */
class RetryLogLinesTest {
    private final OfflineService service = new OfflineService();

    @BeforeEach
    void capture() {
        assertTrue(LogCapture.active(), "the test logging provider must be the one SLF4J uses");
        LogCapture.start();
    }

    @AfterEach
    void release() {
        LogCapture.stop();
    }

    private static List<String> lines(String logger) {
        return LogCapture.stop().stream().filter(l -> l.contains(" " + logger + " "))
            .map(l -> l.substring(l.indexOf(logger) + logger.length() + 1)).collect(Collectors.toList());
    }

    private static String call(HttpPipeline p) {
        return p.send(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString));
    }

    @Test
    void eachRetrySaysWhyAndHowLong() {
        HttpPipeline p = service.pipeline(RetryOptions.defaults().withJitter(0));
        service.then(status(429, null, "Retry-After", "2"), status(503, null), fail(new SocketTimeoutException()),
            status(200, "ok"));
        assertEquals("ok", call(p));
        assertEquals(List.of(
            "Retrying GET /x in 2 s (retry 1 of 3): throttled (429), Retry-After 2 s",
            "Retrying GET /x in 1600 ms (retry 2 of 3): status 503",
            "Retrying GET /x in 3200 ms (retry 3 of 3): connection failure (SocketTimeoutException)"),
            lines("io.github.acsnumbers.retry"));
    }

    @Test
    void aWaitLongerThanAllowedOrPastTheDeadlineIsNamed() {
        HttpPipeline p = service.builder(RetryOptions.defaults().withMaxRetryAfter(Duration.ofSeconds(30)))
            .callTimeout(Duration.ofSeconds(20)).build();
        service.then(status(429, null, "Retry-After", "31"), status(503, null, "Retry-After", "25"));
        assertThrows(CommunicationException.class, () -> call(p));
        assertThrows(CommunicationException.class, () -> call(p));
        assertEquals(List.of(
            "Not retrying GET /x: the service asks to wait 31 s, longer than the configured maximum 30 s",
            "Not retrying GET /x (status 503, Retry-After 25 s): waiting 25 s would pass the call's deadline (20 s left)"),
            lines("io.github.acsnumbers.retry"));
    }

    @Test
    void aStartRecoverySaysWhetherTheStartGotAnAnswer() {
        HttpPipeline p = service.pipeline();
        OperationState found = new OperationState("purchase_1", "/operations/purchase_1", null,
            OperationStatus.RUNNING, null, null, null);
        ServiceRequest<OperationState> start = ServiceRequest.of(() -> p.newCall(new Request.Builder()
            .url(p.resolve("/purchase")).post(RequestBody.create(new byte[0])).build()), r -> found);
        ServiceRequest<OperationState> lookup = ServiceRequest.of(() -> p.get("/operations/purchase_1"), r -> found);
        service.then(fail(new SocketTimeoutException()), status(502, null), status(200, "{}"));
        StartRecovery.start(p, start, lookup);
        assertEquals(List.of(
            "Start request outcome unknown (no answer); checking in 500 ms whether it took effect (check 1 of 5)",
            "Start request outcome unknown (HTTP 502); checking in 1000 ms whether it took effect (check 2 of 5)",
            "The answer to the start of operation purchase_1 was lost; it had been accepted, continuing it"),
            lines("io.github.acsnumbers.retry"));
    }
}
