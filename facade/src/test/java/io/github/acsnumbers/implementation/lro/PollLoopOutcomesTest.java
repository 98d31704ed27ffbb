package io.github.acsnumbers.implementation.lro;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.ResumeToken;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.OfflineService;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.retry.RetryAfter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How a long-running operation ends, the same on both pollers: failed (with the service's error), cancelled,
 * succeeded with or without a result to fetch, out of time, or cancelled by the caller; and what a poller reports
 * without a request. The service is scripted; the poll body is {@code status[;code]}.
 */
class PollLoopOutcomesTest {
    enum Side { SYNC, ASYNC }

    private final OfflineService service = new OfflineService();
    private final HttpPipeline pipeline = service.builder(io.github.acsnumbers.core.retry.RetryOptions.none())
        .operationTimeout(Duration.ofMinutes(1)).build();

    private ServiceRequest<OperationState> poll(OperationState s) {
        return ServiceRequest.of(() -> pipeline.get(s.operationLocation()), r -> {
            String[] parts = r.bodyString().split(";");
            CommunicationError error = parts.length > 1 ? new CommunicationError(parts[1], "it broke", null, null,
                null) : null;
            return new OperationState(s.operationId(), s.operationLocation(), "/results/" + s.operationId(),
                OperationStatus.fromString(parts[0]), error, RetryAfter.parse(r.header("Retry-After"), service.time),
                null);
        });
    }

    private LroDefinition<String> definition(boolean withResult, boolean cancellable) {
        return new LroDefinition<>("kind1", this::poll,
            withResult ? s -> ServiceRequest.of(() -> pipeline.get(s.resourceLocation()), r -> r.bodyString()) : null,
            cancellable ? s -> ServiceRequest.<Void>of(() -> pipeline.newCall(new Request.Builder()
                .url(pipeline.resolve(s.operationLocation())).delete().build()), r -> null) : null);
    }

    private static OperationState state(OperationStatus status) {
        return new OperationState("op7", "/operations/op7", null, status, null, null, null);
    }

    /** The same call on both pollers, as a blocking call. */
    private static final class Poller {
        final SyncPoller<String> sync;
        final AsyncPoller<String> async;

        Poller(SyncPoller<String> sync, AsyncPoller<String> async) {
            this.sync = sync;
            this.async = async;
        }

        <R> R run(Supplier<R> onSync, Function<AsyncPoller<String>, CompletableFuture<R>> onAsync) {
            if (sync != null) {
                return onSync.get();
            }
            try {
                return onAsync.apply(async).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw (RuntimeException) e.getCause();
            } catch (Exception e) {
                throw new AssertionError("the future did not complete", e);
            }
        }

        String finalResult() {
            return run(sync == null ? null : sync::getFinalResult, AsyncPoller::getFinalResult);
        }

        OperationStatus waitForCompletion() {
            return run(sync == null ? null : sync::waitForCompletion, AsyncPoller::waitForCompletion);
        }

        OperationStatus poll() {
            return run(sync == null ? null : sync::poll, AsyncPoller::poll);
        }

        void cancelOperation() {
            run(sync == null ? null : () -> {
                sync.cancelOperation();
                return null;
            }, AsyncPoller::cancelOperation);
        }

        OperationState state() {
            return sync != null ? sync.getState() : async.getState();
        }

        OperationStatus status() {
            return sync != null ? sync.getStatus() : async.getStatus();
        }

        String operationId() {
            return sync != null ? sync.getOperationId() : async.getOperationId();
        }

        String resumeToken() {
            return sync != null ? sync.getResumeToken() : async.getResumeToken();
        }

        @Override
        public String toString() {
            return sync != null ? sync.toString() : async.toString();
        }
    }

    private Poller poller(Side side, OperationState from, boolean withResult, boolean cancellable) {
        LroDefinition<String> d = definition(withResult, cancellable);
        return side == Side.SYNC ? new Poller(SyncPollerImpl.resume(pipeline, from, d, Duration.ofSeconds(3)), null)
            : new Poller(null, AsyncPollerImpl.resume(pipeline, from, d, Duration.ofSeconds(3)));
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aFailedOperationEndsWithTheServicesErrorAndTheOperationId(Side side) {
        service.then(status(200, "running"), status(200, "failed;NumberUnavailable"));
        Poller p = poller(side, state(OperationStatus.NOT_STARTED), true, true);
        CommunicationException e = assertThrows(CommunicationException.class, p::finalResult);
        assertEquals(ErrorKind.OPERATION_FAILED, e.getKind());
        assertEquals("op7", e.getOperationId());
        assertEquals("NumberUnavailable", e.getErrorCode());
        assertTrue(e.getMessage().startsWith("Operation op7 failed"), e.getMessage());
        assertEquals(OperationStatus.FAILED, p.status());
        assertEquals(2, service.sent.size(), "no result is fetched for a failed operation");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void anOperationCancelledOnTheServiceEndsAsCancelled(Side side) {
        service.then(status(200, "cancelled"));
        Poller p = poller(side, state(OperationStatus.RUNNING), true, true);
        CommunicationException e = assertThrows(CommunicationException.class, p::finalResult);
        assertEquals(ErrorKind.OPERATION_FAILED, e.getKind());
        assertEquals("op7", e.getOperationId());
        assertTrue(e.getMessage().startsWith("Operation op7 was cancelled"), e.getMessage());
        assertEquals(1, service.sent.size());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void anOperationWithoutAResultEndsWithNullAfterItSucceeded(Side side) {
        service.then(status(200, "running", "Retry-After", "1"), status(200, "succeeded"));
        Poller p = poller(side, state(OperationStatus.RUNNING), false, false);
        assertNull(p.finalResult());
        assertEquals(List.of("GET /operations/op7", "GET /operations/op7"), service.log());
        assertEquals(List.of(Duration.ofSeconds(1)), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void theResultIsFetchedOnceHoweverOftenItIsAskedFor(Side side) {
        service.then(status(200, "succeeded"), status(200, "the numbers"));
        Poller p = poller(side, state(OperationStatus.RUNNING), true, false);
        assertEquals("the numbers", p.finalResult());
        assertEquals("the numbers", p.finalResult());
        assertEquals(List.of("GET /operations/op7", "GET /results/op7"), service.log());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aFinalOperationIsNotPolledAgain(Side side) {
        Poller p = poller(side, state(OperationStatus.SUCCEEDED), false, false);
        assertEquals(OperationStatus.SUCCEEDED, p.poll());
        assertEquals(OperationStatus.SUCCEEDED, p.waitForCompletion());
        assertTrue(service.sent.isEmpty(), service.log()::toString);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void waitForCompletionReturnsTheFinalStatus(Side side) {
        service.then(status(200, "running"), status(200, "notStarted"), status(200, "running"),
            status(200, "succeeded"));
        Poller p = poller(side, state(OperationStatus.NOT_STARTED), true, false);
        assertEquals(OperationStatus.SUCCEEDED, p.waitForCompletion());
        assertEquals(4, service.sent.size());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)),
            service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void waitForCompletionFailsWhenTheOperationTimeoutPasses(Side side) {
        service.always(status(200, "running"));
        Poller p = poller(side, state(OperationStatus.RUNNING), true, false);
        CommunicationException e = assertThrows(CommunicationException.class, p::waitForCompletion);
        assertTrue(e.getMessage().startsWith("Operation op7 did not finish within 60 s (last status running)"),
            e.getMessage());
        assertEquals(ErrorKind.CLIENT_ERROR, e.getKind());
        assertEquals("op7", e.getOperationId());
        Duration waited = service.time.waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(waited.compareTo(Duration.ofMinutes(1)) < 0, waited::toString);
        assertEquals(waited.toSeconds() / 3 + 1, service.sent.size(), "one poll per 3 s wait, plus the first");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void cancellingSendsADeleteAndMarksTheOperationCancelled(Side side) {
        service.then(status(202, null));
        Poller p = poller(side, state(OperationStatus.RUNNING), true, true);
        p.cancelOperation();
        assertEquals(List.of("DELETE /operations/op7"), service.log());
        assertEquals(OperationStatus.CANCELLED, p.status());
        assertEquals(OperationStatus.CANCELLED, p.state().status());
        assertEquals("op7", p.state().operationId());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aKindThatCannotBeCancelledSaysSoWithoutARequest(Side side) {
        Poller p = poller(side, state(OperationStatus.RUNNING), true, false);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, p::cancelOperation);
        assertEquals("A 'kind1' operation cannot be cancelled.", e.getMessage());
        assertTrue(service.sent.isEmpty());
        assertEquals(OperationStatus.RUNNING, p.status());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aPollerTellsItsStateWithoutARequest(Side side) {
        Poller p = poller(side, state(OperationStatus.RUNNING), true, true);
        assertEquals("op7", p.operationId());
        assertEquals(OperationStatus.RUNNING, p.status());
        OperationState resumed = ResumeToken.decode(p.resumeToken(), "kind1");
        assertEquals("op7", resumed.operationId());
        assertEquals("/operations/op7", resumed.operationLocation());
        JsonObject token = JsonParser.parseString(new String(java.util.Base64.getUrlDecoder()
            .decode(p.resumeToken()), java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("kind1", token.get("kind").getAsString());
        String expected = (side == Side.SYNC ? "SyncPoller" : "AsyncPoller") + "{kind1 op7, running}";
        assertEquals(expected, p.toString());
        assertTrue(service.sent.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void thePollLoopExposesWhatItWasBuiltWith(Side side) {
        LroDefinition<String> d = definition(true, true);
        OperationState s = state(OperationStatus.RUNNING);
        PollLoop<String> loop = new PollLoop<>(pipeline, d, s, null);
        assertSame(d, loop.definition());
        assertSame(s, loop.state());
        assertSame(pipeline, loop.pipeline());
        assertEquals("kind1 op7, running", loop.toString());
        // without an interval of its own, it polls at the pipeline's
        service.then(status(200, "running"), status(200, "succeeded"));
        OperationStatus done = side == Side.SYNC ? loop.waitForCompletion().send(pipeline)
            : loop.waitForCompletion().sendAsync(pipeline).join();
        assertEquals(OperationStatus.SUCCEEDED, done);
        assertEquals(List.of(pipeline.pollInterval()), service.time.waits);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void theFailedErrorCarriesTheOperationsOwnError(Side side) {
        CommunicationError error = new CommunicationError("Denied", "Denied by the resource provider.", null, null,
            null);
        OperationState failed = new OperationState("op9", "/operations/op9", null, OperationStatus.FAILED, error,
            null, null);
        CommunicationException e = PollLoop.failed(failed, 200);
        assertSame(error, e.getError());
        assertEquals("op9", e.getOperationId());
        assertEquals(200, e.getStatusCode());
        // and a poller resumed on that state ends with it, without a request
        Poller p = poller(side, failed, true, true);
        assertEquals("Denied", assertThrows(CommunicationException.class, p::finalResult).getErrorCode());
        assertTrue(service.sent.isEmpty());
    }
}
