package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.retry.RetryOptions;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's promises, each proved for the blocking AND the non-blocking interpreter, with one fake time for
 * both: non-blocking retries, deadlines and clamped Retry-After, the response size limit (gzip included), no
 * redirect following, and no incomplete future when a step throws an {@link Error}.
 */
class EngineTest {
    /** Runs an exchange with one of the two interpreters; failures surface the same way (unwrapped). */
    enum Mode {
        SYNC {
            @Override
            <T> T run(Exchange<T> exchange, HttpPipeline pipeline) {
                return exchange.send(pipeline);
            }
        },
        ASYNC {
            @Override
            <T> T run(Exchange<T> exchange, HttpPipeline pipeline) {
                try {
                    return exchange.sendAsync(pipeline).get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException) {
                        throw (RuntimeException) c;
                    }
                    if (c instanceof Error) {
                        throw (Error) c;
                    }
                    throw new IllegalStateException(c);
                } catch (InterruptedException | TimeoutException e) {
                    throw new AssertionError("the future did not complete", e);
                }
            }
        };

        abstract <T> T run(Exchange<T> exchange, HttpPipeline pipeline);
    }

    private MockWebServer server;
    private FakeTime time;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        time = new FakeTime();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpPipeline pipeline(UnaryOperator<HttpPipeline.Builder> settings) {
        HttpPipeline.Builder b = HttpPipeline.builder()
            .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
            .authentication(new HmacAuthenticationInterceptor(new KeyCredential(PipelineTestSupport.KEY), time))
            .retryOptions(RetryOptions.defaults().withJitter(0))
            .clock(time)
            .sleeper(time)
            .component("test");
        return settings.apply(b).build();
    }

    private static ServiceRequest<String> get(HttpPipeline p, String path) {
        return ServiceRequest.of(() -> p.newCall(new Request.Builder().url(p.resolve(path)).build()),
            ServiceResponse::bodyString);
    }

    @Test
    void manyThrottledAsyncCallsWaitTogetherWithoutHoldingDispatcherSlots() throws Exception {
        int calls = 64;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                // the first attempt of each call is throttled once; the retry carries the same request id
                return seen.add(request.getHeaders().get("x-ms-client-request-id"))
                    ? new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build()
                    : new MockResponse.Builder().code(200).body("ok").build();
            }
        });
        HttpPipeline p = pipeline(b -> b);
        time.hold();
        Instant before = time.instant();
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(p.sendAsync(get(p, "/x" + i)));
        }
        // every call got its 429 and now waits; OkHttp allows 5 calls per host at a time, so this only happens
        // when a waiting call holds no dispatcher slot (and no thread)
        assertEquals(calls, time.awaitPending(calls, 30_000), "asynchronous waits pending together");
        // (a call's dispatcher slot is freed just after its callback returned: give the last one a moment)
        for (int i = 0; i < 1000 && p.okHttpClient().dispatcher().runningCallsCount() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, p.okHttpClient().dispatcher().runningCallsCount(), "no HTTP call held while waiting");
        time.releaseAll();
        for (CompletableFuture<String> f : futures) {
            assertEquals("ok", f.get(30, TimeUnit.SECONDS));
        }
        assertEquals(calls, time.maxPending());
        assertEquals(2 * calls, server.getRequestCount());
        // all waited together: the whole batch took one Retry-After of (fake) time
        assertEquals(Duration.ofSeconds(1), Duration.between(before, time.instant()));
        assertTrue(time.waits.stream().allMatch(Duration.ofSeconds(1)::equals), time.waits::toString);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aWaitPastTheCallDeadlineFailsAtOnceWithTheServiceError(Mode mode) {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "200")
            .body("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}").build());
        HttpPipeline p = pipeline(b -> b);
        CommunicationException e = assertThrows(CommunicationException.class, () -> mode.run(Exchange.call(get(p, "/x")), p));
        assertEquals(429, e.getStatusCode());
        assertEquals("TooManyRequests", e.getErrorCode());
        assertTrue(time.waits.isEmpty(), "no wait was started: " + time.waits);
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriesAndTheirWaitsShareOneCallDeadline(Mode mode) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "100").build());
        }
        server.enqueue(new MockResponse.Builder().code(200).body("late").build());
        HttpPipeline p = pipeline(b -> b);
        CommunicationException e = assertThrows(CommunicationException.class, () -> mode.run(Exchange.call(get(p, "/x")), p));
        // 100 s fits in the 3 minutes, a second 100 s would not: the 503 is reported after one wait
        assertEquals(503, e.getStatusCode());
        assertEquals(List.of(Duration.ofSeconds(100)), time.waits);
        assertEquals(2, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void hugeRetryAfterValuesNeitherOverflowNorHang(Mode mode) {
        for (String value : new String[] {"10000000000000000", "99999999999999999999999", "9223372036854775807"}) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", value).build());
            HttpPipeline p = pipeline(b -> b.retryOptions(RetryOptions.defaults().withMaxRetryAfter(
                Duration.ofDays(365L * 1000))));
            CommunicationException e = assertThrows(CommunicationException.class,
                () -> mode.run(Exchange.call(get(p, "/x")), p), value);
            assertEquals(429, e.getStatusCode(), value);
        }
        assertTrue(time.waits.isEmpty(), time.waits::toString);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theCallTimeoutBoundsAServerThatNeverAnswers(Mode mode) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(30, TimeUnit.SECONDS);
                return new MockResponse.Builder().code(200).build();
            }
        });
        try {
            // real time here: the call timeout is what stops the attempt (1 s)
            HttpPipeline p = HttpPipeline.builder()
                .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
                .authentication(chain -> chain.proceed(chain.request()))
                .callTimeout(Duration.ofSeconds(1))
                .component("test")
                .build();
            CommunicationException e = assertThrows(CommunicationException.class,
                () -> mode.run(Exchange.call(get(p, "/never")), p));
            assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("call timeout"),
                e.getMessage());
        } finally {
            release.countDown();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void responsesLargerThanTheLimitAreRefusedWhileReading(Mode mode) {
        server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(70_000)).build());
        HttpPipeline p = pipeline(b -> b.maxResponseSize(65_536));
        CommunicationException e = assertThrows(CommunicationException.class, () -> mode.run(Exchange.call(get(p, "/big")), p));
        assertTrue(e.getMessage().contains("65536 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("maxResponseSize"), e.getMessage());
        // at the limit is fine
        server.enqueue(new MockResponse.Builder().code(200).body("y".repeat(65_536)).build());
        assertEquals(65_536, mode.run(Exchange.call(get(p, "/ok")), p).length());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theLimitCountsInflatedBytesOfAGzipBomb(Mode mode) throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        assertTrue(zipped.size() < 1 << 20, "the bomb is small on the wire: " + zipped.size());
        Buffer body = new Buffer().write(zipped.toByteArray());
        // chunked and gzip: neither the declared length nor the wire size gives the inflated size away
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Encoding", "gzip")
            .chunkedBody(body, 8192).build());
        HttpPipeline p = pipeline(b -> b.maxResponseSize(1 << 20));
        CommunicationException e = assertThrows(CommunicationException.class, () -> mode.run(Exchange.call(get(p, "/bomb")), p));
        assertTrue(e.getMessage().contains((1 << 20) + " bytes"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void redirectsAreReportedNotFollowed(Mode mode) throws Exception {
        try (MockWebServer other = new MockWebServer()) {
            other.start();
            other.enqueue(new MockResponse.Builder().code(200).body("stolen").build());
            server.enqueue(new MockResponse.Builder().code(307)
                .addHeader("Location", "http://localhost:" + other.getPort() + "/steal").build());
            HttpPipeline p = pipeline(b -> b);
            CommunicationException e = assertThrows(CommunicationException.class,
                () -> mode.run(Exchange.call(get(p, "/x")), p));
            assertEquals(307, e.getStatusCode());
            assertTrue(e.getMessage().contains("to host localhost"), e.getMessage());
            assertEquals(0, other.getRequestCount(), "the other host got nothing");
        }
    }

    /** A sweeper fast enough for tests: bounds from 100 ms are swept every 10 ms. */
    private static final AttemptTimer FAST_SWEEPER = new AttemptTimer(TimeUnit.MILLISECONDS.toNanos(100),
        TimeUnit.MILLISECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(500));

    static Stream<Arguments> modesAndTimers() {
        return Stream.of(Mode.values()).flatMap(m -> Stream.of(
            Arguments.of(m, "okhttp", AttemptTimer.SHARED), // 300 ms is below its 2 s: OkHttp's exact call timeout
            Arguments.of(m, "sweeper", FAST_SWEEPER)));
    }

    /**
     * The SDK's own client arms no per-read or per-write timer (each one wakes Okio's watchdog thread on every socket
     * read and write): one bound per attempt cuts a stall instead, whether the headers or the body stall, and the
     * stalled attempt is retried like a read timeout was; both with OkHttp's exact timer and with the sweeper.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modesAndTimers")
    void aStalledAttemptIsCutByTheAttemptTimeoutAndRetried(Mode mode, String kind, AttemptTimer timer) {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(5, TimeUnit.SECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).body("on time").build());
        HttpPipeline p = pipeline(b -> b.attemptTimeout(Duration.ofMillis(300)).attemptTimer(timer));
        assertEquals(0, p.okHttpClient().readTimeoutMillis(), "no per-read timer on the SDK's own client");
        assertEquals(0, p.okHttpClient().writeTimeoutMillis(), "no per-write timer either");
        long start = System.nanoTime();
        assertEquals("on time", mode.run(Exchange.call(get(p, "/x")), p));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 4_000, "the stall was cut at about 300 ms, not waited out: " + millis + " ms");
        assertEquals(2, server.getRequestCount(), "the stalled attempt was cut and the call retried");
        assertEquals(HttpPipeline.DEFAULT_ATTEMPT_TIMEOUT.toNanos(), pipeline(b -> b).attemptTimeoutNanos());

        // a body that trickles (one byte a second) is cut too, and with no retry left the call says it timed out
        server.enqueue(new MockResponse.Builder().code(200).body("a slow body")
            .throttleBody(1, 1, TimeUnit.SECONDS).build());
        HttpPipeline once = pipeline(b -> b.attemptTimeout(Duration.ofMillis(300)).attemptTimer(timer)
            .retryOptions(RetryOptions.defaults().withMaxRetries(0)));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> mode.run(Exchange.call(get(once, "/slow")), once));
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }

    /**
     * With the default 60-second attempt bound, no OkHttp call timeout is set (it would wake Okio's watchdog thread
     * on every call): the shared sweeper holds the attempt instead, and lets it go once the answer is read.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void theDefaultAttemptBoundIsSweptWithoutAnOkHttpTimer(Mode mode) {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        List<Long> seen = new ArrayList<>();
        HttpPipeline p = pipeline(b -> b.addInterceptor(chain -> {
            seen.add(chain.call().timeout().timeoutNanos());
            return chain.proceed(chain.request());
        }));
        assertEquals("ok", mode.run(Exchange.call(get(p, "/x")), p));
        assertEquals(List.of(0L), seen, "no OkHttp call timeout on the attempt");
        assertTrue(AttemptTimer.SHARED.sweeping(), "the shared sweeper bounded it");
        assertEquals(0, AttemptTimer.SHARED.armed(this::isOwnedByThisTest), "and let it go when it was read");
    }

    private boolean isOwnedByThisTest(okhttp3.Call call) {
        return call.request().url().port() == server.getPort();
    }

    @Test
    void aUsersOwnClientKeepsItsSettingsButNeverFollowsRedirectsForTheSdk() {
        OkHttpClient own = new OkHttpClient.Builder().readTimeout(12_345, TimeUnit.MILLISECONDS).build();
        HttpPipeline p = pipeline(b -> b.httpClient(own));
        assertEquals(12_345, p.okHttpClient().readTimeoutMillis());
        assertEquals(0, p.attemptTimeoutNanos(), "the user's client's own timeouts decide");
        assertSame(own.dispatcher(), p.okHttpClient().dispatcher());
        assertFalse(p.okHttpClient().followRedirects());
        assertTrue(own.followRedirects(), "the user's client is not changed");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anErrorInAStepNeverLeavesTheCallUnfinished(Mode mode) {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        HttpPipeline p = pipeline(b -> b);
        ServiceRequest<String> request = ServiceRequest.of(
            () -> p.newCall(new Request.Builder().url(p.resolve("/x")).build()), r -> {
                throw new OutOfMemoryError("simulated");
            });
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> mode.run(Exchange.call(request), p));
        assertEquals("simulated", e.getMessage());
        // and an Error from a later step of a chain
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        Exchange<String> chain = Exchange.call(get(p, "/y")).then(v -> {
            throw new StackOverflowError("simulated");
        });
        assertThrows(StackOverflowError.class, () -> mode.run(chain, p));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void loopsRunLongWithoutGrowingTheStack(Mode mode) {
        HttpPipeline p = pipeline(b -> b);
        AtomicInteger steps = new AtomicInteger();
        Exchange<Integer> loop = Exchange.loop(0, n -> n >= 200_000, n -> {
            steps.incrementAndGet();
            return Exchange.value(n + 1);
        });
        assertEquals(200_000, mode.run(loop, p));
        assertEquals(200_000, steps.get());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void recoverSeesTheFailureAndDelayUsesTheSharedFakeTime(Mode mode) {
        HttpPipeline p = pipeline(b -> b);
        Exchange<String> e = Exchange.<String>fail(new IllegalStateException("first"))
            .recover(err -> Exchange.delay(Duration.ofSeconds(5)).map(v -> "recovered from " + err.getMessage()));
        assertEquals("recovered from first", mode.run(e, p));
        assertEquals(List.of(Duration.ofSeconds(5)), time.waits);
        assertNull(mode.run(Exchange.delay(Duration.ofSeconds(-3)), p));
        assertEquals(Duration.ZERO, time.waits.get(1), "negative waits are clamped to zero");
    }
}
