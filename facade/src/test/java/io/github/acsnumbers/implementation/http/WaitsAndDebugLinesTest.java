package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.identity.LogCapture;
import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** An interrupted wait ends the call and keeps the interrupt; each attempt's DEBUG lines name it without secrets. */
class WaitsAndDebugLinesTest {

    @Test
    void anInterruptedWaitEndsTheCallAndKeepsTheInterrupt() {
        OfflineService service = new OfflineService();
        HttpPipeline p = service.builder(RetryOptions.defaults()).sleeper(d -> {
            throw new InterruptedException("stop");
        }).build();
        service.then(OfflineService.status(503, null));
        try {
            CommunicationException e = assertThrows(CommunicationException.class,
                () -> p.send(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString)));
            assertTrue(e.getMessage().startsWith("Interrupted while waiting"), e.getMessage());
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, service.sent.size());
    }

    @Test
    void eachAttemptIsLoggedAtDebugWithoutHeaderValues() throws Exception {
        assertTrue(LogCapture.active(), "the test logging provider must be the one SLF4J uses");
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
            OfflineService time = new OfflineService();
            HttpPipeline p = HttpPipeline.builder()
                .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
                .authentication(new HmacAuthenticationInterceptor(new KeyCredential(PipelineTestSupport.KEY),
                    time.time))
                .retryOptions(RetryOptions.none()).clock(time.time).sleeper(time.time).build();
            LogCapture.start();
            List<String> lines;
            try {
                p.send(ServiceRequest.of(() -> p.get("/x?top=2"), ServiceResponse::bodyString));
            } finally {
                lines = LogCapture.stop().stream().filter(l -> l.contains("io.github.acsnumbers.http"))
                    .collect(Collectors.toList());
            }
            String id = server.takeRequest().getHeaders().get("x-ms-client-request-id");
            assertEquals(2, lines.size(), lines::toString);
            assertEquals("DEBUG io.github.acsnumbers.http --> GET /x?top=2 (request-id " + id + ")", lines.get(0));
            assertTrue(lines.get(1).startsWith("DEBUG io.github.acsnumbers.http <-- 200 GET /x?top=2 ("), lines.get(1));
            assertTrue(lines.get(1).endsWith(" ms, request-id " + id + ")"), lines.get(1));
            for (String l : lines) {
                assertTrue(!l.contains("HMAC") && !l.contains(PipelineTestSupport.KEY), l);
            }
        }
    }
}
