package io.github.acsnumbers.implementation.lro;

import static io.github.acsnumbers.implementation.http.OfflineService.fail;
import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.OfflineService;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recovery of a start request whose answer was lost, round by round: which answers of the look-up lead to
 * another round, to a second start, to success or to the error; how long each round waits; and that the sync and
 * async sides take the same steps. The service is scripted and the time is fake.
 */
class StartRecoveryRoundsTest {
    enum Side { SYNC, ASYNC }

    private final OfflineService service = new OfflineService();
    private final HttpPipeline pipeline = service.pipeline();

    private ServiceRequest<OperationState> start() {
        return ServiceRequest.of(() -> pipeline.newCall(new Request.Builder().url(pipeline.resolve("/purchase"))
            .post(RequestBody.create(new byte[0])).build()), r -> state("started:" + r.bodyString()));
    }

    private ServiceRequest<OperationState> lookup() {
        return ServiceRequest.of(() -> pipeline.get("/operations/purchase_1"), r -> state("found:" + r.bodyString()));
    }

    private static OperationState state(String id) {
        return new OperationState(id, "/operations/" + id, null, OperationStatus.RUNNING, null, null, null);
    }

    private OperationState run(Side side) {
        if (side == Side.SYNC) {
            return StartRecovery.start(pipeline, start(), lookup());
        }
        try {
            return StartRecovery.startAsync(pipeline, start(), lookup()).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not complete", e);
        }
    }

    private static List<Duration> millis(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 500, 502, 504})
    void theseOutcomesAreUnknown(int status) {
        assertTrue(StartRecovery.unknownOutcome(error(status)));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 408, 409, 429, 503})
    void theseOutcomesAreKnown(int status) {
        assertFalse(StartRecovery.unknownOutcome(error(status)));
    }

    private static CommunicationException error(int status) {
        return new CommunicationException("x", status, null, null, ErrorKind.classify(status, null, null), null,
            null);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aLostAnswerIsFoundByTheLookUpAndNothingIsSentTwice(Side side) {
        service.then(status(500, null), status(200, "a"));
        OperationState s = run(side);
        assertEquals("found:a", s.operationId());
        assertEquals(List.of("POST /purchase", "GET /operations/purchase_1"), service.log());
        assertEquals(millis(500), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aStartThatWasNotAppliedIsSentAgainOnce(Side side) {
        service.then(status(502, null), status(404, null), status(202, "b"));
        assertEquals("started:b", run(side).operationId());
        assertEquals(List.of("POST /purchase", "GET /operations/purchase_1", "POST /purchase"), service.log());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aSecondStartWithAnUnknownOutcomeStartsTheNextRoundWithALongerWait(Side side) {
        service.then(status(504, null), status(404, null), status(500, null), status(200, "c"));
        assertEquals("found:c", run(side).operationId());
        assertEquals(List.of("POST /purchase", "GET /operations/purchase_1", "POST /purchase",
            "GET /operations/purchase_1"), service.log());
        assertEquals(millis(500, 1000), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aSecondStartRefusedOutrightEndsTheRecoveryWithThatRefusal(Side side) {
        service.then(status(500, null), status(404, null), status(409, "{\"error\":{\"code\":\"Conflict\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> run(side));
        assertEquals(409, e.getStatusCode());
        assertEquals("Conflict", e.getErrorCode());
        assertEquals(3, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void theLookUpIsTriedFiveTimesWithDoublingWaitsThenTheLastErrorIsReported(Side side) {
        service.then(status(500, null)).always(status(502, "{\"error\":{\"code\":\"BadGateway\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> run(side));
        assertEquals(502, e.getStatusCode());
        assertEquals("BadGateway", e.getErrorCode());
        assertEquals(1 + StartRecovery.MAX_ROUNDS, service.sent.size(), service.log()::toString);
        assertEquals(millis(500, 1000, 2000, 4000, 8000), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void throttledOrUnavailableLookUpsAreRetriedInTheNextRound(Side side) {
        service.then(status(500, null), status(429, null), status(503, null), fail(new SocketTimeoutException()),
            status(200, "d"));
        assertEquals("found:d", run(side).operationId());
        assertEquals(5, service.sent.size());
        assertEquals(millis(500, 1000, 2000, 4000), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aLookUpRefusedForAnotherReasonEndsTheRecovery(Side side) {
        service.then(status(500, null), status(403, "{\"error\":{\"code\":\"Forbidden\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> run(side));
        assertEquals(403, e.getStatusCode());
        assertEquals(2, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aStartThatFailedOnTheWireIsLookedUp(Side side) {
        service.then(fail(new SocketTimeoutException("timeout")), status(200, "e"));
        assertEquals("found:e", run(side).operationId());
        assertEquals(List.of("POST /purchase", "GET /operations/purchase_1"), service.log());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aStartRefusedOutrightIsNeverLookedUp(Side side) {
        service.then(status(400, "{\"error\":{\"code\":\"BadRequest\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> run(side));
        assertEquals(400, e.getStatusCode());
        assertEquals(List.of("POST /purchase"), service.log());
        assertTrue(service.time.waits.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aLookUpThatCannotBeBuiltFailsWithItsOwnError(Side side) {
        IllegalArgumentException broken = new IllegalArgumentException("no operation id");
        ServiceRequest<OperationState> lookup = ServiceRequest.of(() -> {
            throw broken;
        }, r -> state("never"));
        service.then(status(500, null));
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            if (side == Side.SYNC) {
                StartRecovery.start(pipeline, start(), lookup);
            } else {
                try {
                    StartRecovery.startAsync(pipeline, start(), lookup).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException x) {
                    throw (RuntimeException) x.getCause();
                }
            }
        });
        assertSame(broken, e);
        assertEquals(1, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aFirstCheckThatWouldEndExactlyAtTheDeadlineIsNotMade(Side side) {
        HttpPipeline tight = service.builder(io.github.acsnumbers.core.retry.RetryOptions.none())
            .callTimeout(Duration.ofMillis(500)).build();
        service.then(status(500, "{\"error\":{\"code\":\"InternalError\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class, () -> {
            if (side == Side.SYNC) {
                StartRecovery.start(tight, start(tight), lookup(tight));
            } else {
                try {
                    StartRecovery.startAsync(tight, start(tight), lookup(tight)).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException x) {
                    throw (RuntimeException) x.getCause();
                }
            }
        });
        assertEquals("InternalError", e.getErrorCode(), "the start's own error, not a bare timeout");
        assertEquals(List.of("POST /purchase"), service.log());
        assertTrue(service.time.waits.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aFirstCheckThatEndsJustBeforeTheDeadlineIsMade(Side side) {
        HttpPipeline tight = service.builder(io.github.acsnumbers.core.retry.RetryOptions.none())
            .callTimeout(Duration.ofMillis(501)).build();
        service.then(status(500, null), status(200, "g"));
        OperationState s = side == Side.SYNC ? StartRecovery.start(tight, start(tight), lookup(tight))
            : StartRecovery.startAsync(tight, start(tight), lookup(tight)).join();
        assertEquals("found:g", s.operationId());
        assertEquals(millis(500), service.time.waits);
    }

    private static ServiceRequest<OperationState> start(HttpPipeline p) {
        return ServiceRequest.of(() -> p.newCall(new Request.Builder().url(p.resolve("/purchase"))
            .post(RequestBody.create(new byte[0])).build()), r -> state("started:" + r.bodyString()));
    }

    private static ServiceRequest<OperationState> lookup(HttpPipeline p) {
        return ServiceRequest.of(() -> p.get("/operations/purchase_1"), r -> state("found:" + r.bodyString()));
    }
}
