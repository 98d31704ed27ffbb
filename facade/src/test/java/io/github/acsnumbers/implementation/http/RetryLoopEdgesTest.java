package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.fail;
import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.implementation.retry.ReplaySafety;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The retry loop at its edges, the same on both interpreters: how many attempts a transport failure gets, the
 * backoff between them, a Retry-After exactly at the configured maximum or exactly at the deadline, and a call
 * whose deadline passed before its first attempt. The service is scripted and the time is fake.
 */
class RetryLoopEdgesTest {
    enum Side { SYNC, ASYNC }

    private final OfflineService service = new OfflineService();

    private static <T> T run(Side side, HttpPipeline pipeline, Exchange<T> exchange) {
        if (side == Side.SYNC) {
            return exchange.send(pipeline);
        }
        try {
            return exchange.sendAsync(pipeline).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not complete", e);
        }
    }

    private static ServiceRequest<String> get(HttpPipeline pipeline) {
        return ServiceRequest.of(() -> pipeline.get("/numbers"), ServiceResponse::bodyString);
    }

    private static ServiceRequest<String> post(HttpPipeline pipeline) {
        return ServiceRequest.of(() -> pipeline.newCall(new Request.Builder().url(pipeline.resolve("/numbers"))
            .post(RequestBody.create(new byte[0])).build()), ServiceResponse::bodyString);
    }

    private static RetryOptions retries(int n) {
        return RetryOptions.defaults().withJitter(0).withMaxRetries(n);
    }

    private static List<Duration> millis(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aSafeRequestFailingOnTheWireGetsExactlyItsRetriesWithDoublingBackoff(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(2));
        service.always(fail(new SocketTimeoutException("timeout")));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> run(side, pipeline, Exchange.call(get(pipeline))));
        assertEquals(3, service.sent.size());
        assertEquals(millis(800, 1600), service.time.waits);
        assertEquals(0, e.getStatusCode());
        assertEquals(ErrorKind.CLIENT_ERROR, e.getKind());
        assertTrue(e.getMessage().startsWith("GET /numbers timed out"), e.getMessage());
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aWireFailureThenAnAnswerEndsWithTheAnswer(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(3));
        service.then(fail(new IOException("connection reset")), status(200, "ok"));
        assertEquals("ok", run(side, pipeline, Exchange.call(get(pipeline))));
        assertEquals(millis(800), service.time.waits);
        assertEquals(2, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void anUnsafePostIsRepeatedOnlyWhenItCannotHaveBeenSent(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(3));
        service.then(fail(new SocketTimeoutException("timeout")));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> run(side, pipeline, Exchange.call(post(pipeline))));
        assertEquals(1, service.sent.size(), "a POST that may have arrived is not sent again");
        assertTrue(e.getMessage().startsWith("POST /numbers timed out"), e.getMessage());

        service.sent.clear();
        service.then(fail(new ConnectException("refused")), status(201, "made"));
        assertEquals("made", run(side, pipeline, Exchange.call(post(pipeline))));
        assertEquals(2, service.sent.size(), "a POST that never left is sent again");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aPostMarkedSafeIsRepeatedAfterAnUnknownOutcome(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(3));
        service.then(status(500, null), fail(new SocketTimeoutException("timeout")), status(200, "found"));
        assertEquals("found", run(side, pipeline, Exchange.call(post(pipeline).replaySafety(ReplaySafety.SAFE))));
        assertEquals(3, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aGetMarkedUnsafeIsNotRepeatedAfterAnUnknownOutcome(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(3));
        service.then(status(500, null));
        assertEquals(500, assertThrows(CommunicationException.class,
            () -> run(side, pipeline, Exchange.call(get(pipeline).replaySafety(ReplaySafety.UNSAFE))))
            .getStatusCode());
        assertEquals(1, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aRetryAfterExactlyAtTheMaximumIsHonouredAndOneSecondMoreIsNot(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(3).withMaxRetryAfter(Duration.ofSeconds(10)));
        service.then(status(429, null, "Retry-After", "10"), status(200, "ok"));
        assertEquals("ok", run(side, pipeline, Exchange.call(get(pipeline))));
        assertEquals(List.of(Duration.ofSeconds(10)), service.time.waits);

        service.sent.clear();
        service.then(status(429, null, "Retry-After", "11"));
        assertEquals(429, assertThrows(CommunicationException.class,
            () -> run(side, pipeline, Exchange.call(get(pipeline)))).getStatusCode());
        assertEquals(1, service.sent.size());
        assertEquals(List.of(Duration.ofSeconds(10)), service.time.waits, "no wait for the refused retry");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aWaitThatWouldEndExactlyAtTheDeadlineIsNotStarted(Side side) {
        HttpPipeline pipeline = service.builder(retries(3)).callTimeout(Duration.ofSeconds(10)).build();
        service.then(status(503, null, "Retry-After", "10"));
        assertEquals(503, assertThrows(CommunicationException.class,
            () -> run(side, pipeline, Exchange.call(get(pipeline)))).getStatusCode());
        assertEquals(1, service.sent.size());
        assertTrue(service.time.waits.isEmpty(), service.time.waits::toString);

        service.then(status(503, null, "Retry-After", "9"), status(200, "ok"));
        assertEquals("ok", run(side, pipeline, Exchange.call(get(pipeline))));
        assertEquals(List.of(Duration.ofSeconds(9)), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void theRetriesStopAtTheConfiguredCountForAnswersToo(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(1));
        service.always(status(502, null));
        assertEquals(502, assertThrows(CommunicationException.class,
            () -> run(side, pipeline, Exchange.call(get(pipeline)))).getStatusCode());
        assertEquals(2, service.sent.size());
        assertEquals(millis(800), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aCallWhoseDeadlinePassedBeforeItsFirstAttemptSendsNothing(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(3));
        for (Duration late : List.of(Duration.ofSeconds(1), Duration.ofSeconds(2))) {
            Exchange<String> e = Exchange.within(Duration.ofSeconds(1), Exchange.defer(() -> {
                service.time.advance(late);
                return Exchange.call(get(pipeline));
            }));
            CommunicationException x = assertThrows(CommunicationException.class, () -> run(side, pipeline, e));
            assertTrue(x.getMessage().startsWith("GET /numbers did not complete within the call timeout of 180 s"),
                x.getMessage());
            assertEquals(ErrorKind.CLIENT_ERROR, x.getKind());
            assertTrue(service.sent.isEmpty(), service.log()::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void everyRetryCarriesTheFirstAttemptsRequestId(Side side) {
        HttpPipeline pipeline = service.pipeline(retries(2));
        service.then(status(500, null), fail(new IOException("reset")), status(200, "ok"));
        assertEquals("ok", run(side, pipeline, Exchange.call(get(pipeline))));
        String first = service.sent.get(0).header("x-ms-client-request-id");
        assertNotNull(first);
        for (Request r : service.sent) {
            assertEquals(first, r.header("x-ms-client-request-id"));
        }
    }
}
