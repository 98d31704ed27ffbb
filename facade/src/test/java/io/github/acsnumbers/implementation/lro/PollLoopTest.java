package io.github.acsnumbers.implementation.lro;

import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.implementation.http.Endpoints;
import io.github.acsnumbers.implementation.http.FakeTime;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.PipelineTestSupport;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.retry.RetryAfter;
import io.github.acsnumbers.core.retry.RetryOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both pollers run the same loop: same deadline for {@code getFinalResult()}, the same clamped Retry-After, the
 * same errors, the same method names. The start recovery is bounded by the call timeout on both sides.
 */
class PollLoopTest {
    enum Side { SYNC, ASYNC }

    private MockWebServer server;
    private FakeTime time;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        time = new FakeTime(Instant.parse("2026-12-01T10:00:00Z"));
        pipeline = HttpPipeline.builder()
            .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
            .authentication(new HmacAuthenticationInterceptor(new KeyCredential(PipelineTestSupport.KEY), time))
            .retryOptions(RetryOptions.defaults().withJitter(0))
            .clock(time)
            .sleeper(time)
            .component("test")
            .build();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ServiceRequest<OperationState> pollRequest(OperationState s) {
        return ServiceRequest.of(() -> pipeline.get("/operations/" + s.operationId()), r -> new OperationState(
            s.operationId(), s.operationLocation(), null, OperationStatus.fromString(r.bodyString().trim()), null,
            RetryAfter.parse(r.header("Retry-After"), time), null));
    }

    private LroDefinition<String> definition() {
        return new LroDefinition<>("test", this::pollRequest,
            s -> ServiceRequest.of(() -> pipeline.get("/result"), r -> r.bodyString()),
            s -> ServiceRequest.<Void>of(() -> pipeline.newCall(new Request.Builder()
                .url(pipeline.resolve("/operations/" + s.operationId())).delete().build()), r -> null));
    }

    private static OperationState running() {
        return new OperationState("op1", "/operations/op1", null, OperationStatus.RUNNING, null, null, null);
    }

    private String finalResult(Side side) {
        return finalResult(side, Duration.ofSeconds(2));
    }

    private String finalResult(Side side, Duration interval) {
        if (side == Side.SYNC) {
            return SyncPollerImpl.resume(pipeline, running(), definition(), interval).getFinalResult();
        }
        try {
            return AsyncPollerImpl.resume(pipeline, running(), definition(), interval).getFinalResult()
                .get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not complete", e);
        }
    }

    private void alwaysRunning(String retryAfter) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse.Builder b = new MockResponse.Builder().code(200).body("running");
                if (retryAfter != null) {
                    b.addHeader("Retry-After", retryAfter);
                }
                return b.build();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void getFinalResultGivesUpAfterThirtyMinutesOnBothSides(Side side) {
        alwaysRunning(null);
        Instant before = time.instant();
        // (a poll every 20 s keeps the test short: 90 polls)
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> finalResult(side, Duration.ofSeconds(20)));
        assertTrue(e.getMessage().contains("did not finish within 1800 s"), e.getMessage());
        assertTrue(e.getMessage().contains("last status running"), e.getMessage());
        assertEquals("op1", e.getOperationId());
        Duration spent = Duration.between(before, time.instant());
        assertTrue(spent.compareTo(Duration.ofMinutes(30)) <= 0, spent::toString);
        assertTrue(spent.compareTo(Duration.ofMinutes(29)) >= 0, spent::toString);
        assertEquals(spent, time.waits.stream().reduce(Duration.ZERO, Duration::plus), "only the poll waits");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aGiganticRetryAfterOnAPollFailsAtOnceInsteadOfOverflowing(Side side) {
        alwaysRunning("10000000000000000");
        CommunicationException e = assertThrows(CommunicationException.class, () -> finalResult(side));
        assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
        assertTrue(time.waits.isEmpty(), time.waits::toString);
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void pollsThenFetchesTheResultOnce(Side side) {
        server.enqueue(new MockResponse.Builder().code(200).body("running").addHeader("Retry-After", "7").build());
        server.enqueue(new MockResponse.Builder().code(200).body("succeeded").build());
        server.enqueue(new MockResponse.Builder().code(200).body("the result").build());
        assertEquals("the result", finalResult(side));
        assertEquals(java.util.List.of(Duration.ofSeconds(7)), time.waits);
        assertEquals(3, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void startRecoveryIsBoundedByTheCallTimeout(Side side) throws Exception {
        // every start and every look-up fails with an unknown outcome: retries and recovery rounds stop at 3 min
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(500).addHeader("Retry-After", "50").build();
            }
        });
        ServiceRequest<OperationState> start = ServiceRequest.of(() -> pipeline.newCall(new Request.Builder()
            .url(pipeline.resolve("/purchase")).post(RequestBody.create(new byte[0])).build()), r -> running());
        ServiceRequest<OperationState> lookup = ServiceRequest.of(() -> pipeline.get("/operations/purchase_1"),
            r -> running());
        Instant before = time.instant();
        CommunicationException e = assertThrows(CommunicationException.class, () -> {
            if (side == Side.SYNC) {
                StartRecovery.start(pipeline, start, lookup);
            } else {
                try {
                    StartRecovery.startAsync(pipeline, start, lookup).get(60, TimeUnit.SECONDS);
                } catch (ExecutionException x) {
                    throw (RuntimeException) x.getCause();
                }
            }
        });
        assertEquals(500, e.getStatusCode());
        Duration spent = Duration.between(before, time.instant());
        assertTrue(spent.compareTo(HttpPipeline.DEFAULT_CALL_TIMEOUT) < 0, spent::toString);
        assertTrue(spent.compareTo(Duration.ofSeconds(150)) >= 0, "the look-ups' retries waited: " + spent);
        assertTrue(server.getRequestCount() > 2, "recovery looked up the operation");
    }

    @Test
    void bothPollersOfferTheSameMethods() {
        Set<String> sync = publicMethods(SyncPoller.class);
        assertTrue(sync.containsAll(Set.of("poll", "waitForCompletion", "getFinalResult", "cancelOperation",
            "getStatus", "getOperationId", "getState", "getResumeToken")), sync::toString);
        assertEquals(sync, publicMethods(AsyncPoller.class));
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
            .filter(m -> m.getDeclaringClass() != Object.class && !m.isAnnotationPresent(Deprecated.class))
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    }
}
