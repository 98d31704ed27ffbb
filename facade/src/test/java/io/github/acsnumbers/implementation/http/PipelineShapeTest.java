package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.retry.RetryOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * What a pipeline reports about itself (base path, version, limits), its builder's limits, and that cancelling an
 * asynchronous call stops it before its next attempt.
 */
class PipelineShapeTest {
    private final OfflineService service = new OfflineService();

    @Test
    void theBasePathHasNoTrailingSlash() {
        HttpPipeline p = service.pipeline();
        assertEquals("https://contoso.communication.azure.com", p.basePath());
        assertEquals("https://contoso.communication.azure.com/", p.endpoint().toString());
    }

    @Test
    void theVersionComesFromTheBuildAndIsInTheUserAgent() {
        String version = HttpPipeline.sdkVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        HttpPipeline p = service.pipeline();
        service.then(status(200, "ok"));
        p.send(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString));
        String agent = service.sent.get(0).header("User-Agent");
        assertTrue(agent.startsWith("acs-phonenumbers-java/" + version + " (offline; Java "), agent);
    }

    @Test
    void theBuilderKeepsWhatItWasGiven() {
        HttpPipeline p = service.builder(RetryOptions.none()).pollInterval(Duration.ofSeconds(7))
            .callTimeout(Duration.ofSeconds(70)).operationTimeout(Duration.ofMinutes(7)).maxResponseSize(1024).build();
        assertEquals(Duration.ofSeconds(7), p.pollInterval());
        assertEquals(Duration.ofSeconds(70), p.callTimeout());
        assertEquals(Duration.ofMinutes(7), p.operationTimeout());
        assertEquals(1024, p.maxResponseSize());
        assertSame(service.time, p.clock());
        assertSame(service.time, p.sleeper());
        assertEquals(0, p.retryPolicy().options().getMaxRetries());
        HttpPipeline defaults = service.pipeline();
        assertEquals(Duration.ofSeconds(2), defaults.pollInterval());
        assertEquals(HttpPipeline.DEFAULT_CALL_TIMEOUT, defaults.callTimeout());
        assertEquals(HttpPipeline.DEFAULT_OPERATION_TIMEOUT, defaults.operationTimeout());
        assertEquals(HttpPipeline.DEFAULT_MAX_RESPONSE_SIZE, defaults.maxResponseSize());
    }

    @Test
    void theResponseSizeLimitHasBounds() {
        HttpPipeline.Builder b = service.builder(RetryOptions.none());
        assertEquals(Integer.MAX_VALUE - 8, b.maxResponseSize(Integer.MAX_VALUE - 8).build().maxResponseSize());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> b.maxResponseSize(1023));
        assertEquals("'maxResponseSize' must be between 1024 and " + (Integer.MAX_VALUE - 8) + " bytes, but was 1023.",
            small.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.maxResponseSize(Integer.MAX_VALUE - 7));
    }

    @Test
    void aPipelineNeedsAnEndpointAndACredential() {
        assertEquals("'endpoint' is required and must not be null.", assertThrows(IllegalArgumentException.class,
            () -> HttpPipeline.builder().authentication(chain -> chain.proceed(chain.request())).build())
            .getMessage());
        assertEquals("'credential' is required and must not be null.", assertThrows(IllegalArgumentException.class,
            () -> HttpPipeline.builder().endpoint(Endpoints.parse("https://a.communication.azure.com")).build())
            .getMessage());
    }

    @Test
    void cancellingAnAsyncCallWhileItWaitsToRetryStopsIt() throws Exception {
        ExecutorService calls = Executors.newSingleThreadExecutor();
        try {
            HttpPipeline p = service.builder(RetryOptions.defaults().withJitter(0))
                .httpClient(new OkHttpClient.Builder().dispatcher(new Dispatcher(calls)).build()).build();
            service.then(status(503, null, "Retry-After", "1"), status(200, "ok"));
            service.time.hold();
            CompletableFuture<String> f = p.sendAsync(ServiceRequest.of(() -> p.get("/x"),
                ServiceResponse::bodyString));
            assertEquals(1, service.time.awaitPending(1, 10_000), "the call waits to retry");
            assertTrue(f.cancel(true));
            service.time.releaseAll();
            // every call the release started has run once this task runs (one thread, in order)
            calls.submit(() -> { }).get(10, TimeUnit.SECONDS);
            assertEquals(1, service.sent.size(), service.log()::toString);
            assertTrue(f.isCancelled());
        } finally {
            calls.shutdownNow();
        }
    }

    @Test
    void anAsyncCallThatIsNotCancelledRetriesAfterItsWait() throws Exception {
        ExecutorService calls = Executors.newSingleThreadExecutor();
        try {
            HttpPipeline p = service.builder(RetryOptions.defaults().withJitter(0))
                .httpClient(new OkHttpClient.Builder().dispatcher(new Dispatcher(calls)).build()).build();
            service.then(status(503, null, "Retry-After", "1"), status(200, "ok"));
            service.time.hold();
            CompletableFuture<String> f = p.sendAsync(ServiceRequest.of(() -> p.get("/x"),
                ServiceResponse::bodyString));
            assertEquals(1, service.time.awaitPending(1, 10_000));
            service.time.releaseAll();
            assertEquals("ok", f.get(10, TimeUnit.SECONDS));
            assertEquals(2, service.sent.size());
        } finally {
            calls.shutdownNow();
        }
    }
}
