package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.implementation.http.Endpoints;
import io.github.acsnumbers.implementation.http.FakeTime;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.PipelineTestSupport;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.implementation.lro.StartRecovery;
import io.github.acsnumbers.core.retry.RetryOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** The sync and the async side run the same retry loop and the same recovery, so they log the same lines. */
class EngineLogParityTest {
    private static List<String> run(boolean async) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            FakeTime time = new FakeTime();
            HttpPipeline p = HttpPipeline.builder()
                .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
                .authentication(new HmacAuthenticationInterceptor(new KeyCredential(PipelineTestSupport.KEY), time))
                .retryOptions(RetryOptions.defaults().withJitter(0)).clock(time).sleeper(time).component("test")
                .build();
            // the start of a purchase: throttled once (retried), then its answer lost (500: recovery looks it up)
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
            server.enqueue(new MockResponse.Builder().code(500).build());
            server.enqueue(new MockResponse.Builder().code(200).body("found").build());
            OperationState found = new OperationState("purchase_1", "/operations/purchase_1", null,
                OperationStatus.RUNNING, null, null, null);
            ServiceRequest<OperationState> start = ServiceRequest.of(() -> p.newCall(new Request.Builder()
                .url(p.resolve("/purchase")).post(RequestBody.create(new byte[0])).build()), r -> found);
            ServiceRequest<OperationState> lookup = ServiceRequest.of(() -> p.get("/operations/purchase_1"),
                r -> found);
            CapturingSlf4jProvider.start();
            OperationState s = async ? StartRecovery.startAsync(p, start, lookup).get(30, TimeUnit.SECONDS)
                : StartRecovery.start(p, start, lookup);
            List<String> lines = CapturingSlf4jProvider.stop();
            assertEquals("purchase_1", s.operationId());
            return lines.stream().filter(l -> l.contains("io.github.acsnumbers.retry")).collect(Collectors.toList());
        }
    }

    @Test
    void syncAndAsyncLogTheSameRetryAndRecoveryLines() throws Exception {
        List<String> sync = run(false);
        List<String> async = run(true);
        assertTrue(sync.size() >= 3, sync::toString);
        assertTrue(sync.get(0).contains("Retrying POST /purchase in 3 s (retry 1 of 3): throttled (429)"), sync::toString);
        assertTrue(sync.stream().anyMatch(l -> l.contains("it had been accepted, continuing it")), sync::toString);
        assertEquals(sync, async);
    }
}
