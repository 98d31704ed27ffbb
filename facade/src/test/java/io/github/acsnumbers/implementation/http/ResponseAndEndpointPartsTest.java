package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.retry.RetryOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** A read answer's parts, loopback endpoints, and cancelling a call while its answer is on the way. */
class ResponseAndEndpointPartsTest {

    @Test
    void aResponseKeepsItsBodyToItselfAndQuotesTheRequestId() {
        byte[] bytes = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        ServiceResponse r = new ServiceResponse(201, Headers.of("MS-CV", "cv-7"), bytes, "PUT", "/x", "req-1");
        byte[] copy = r.body();
        assertArrayEquals(bytes, copy);
        copy[0] = 'X';
        assertEquals("{\"a\":1}", r.bodyString(), "the caller's copy does not change the response");
        assertEquals(1, r.jsonTree().getAsJsonObject().get("a").getAsInt());
        assertEquals("req-1 (MS-CV cv-7)", r.requestId());
        assertEquals("ServiceResponse{PUT /x -> 201, 7 bytes}", r.toString());

        ServiceResponse empty = new ServiceResponse(204, Headers.of(), null, "DELETE", "/x", "req-2");
        assertTrue(empty.isEmpty());
        assertEquals("req-2", empty.requestId());
        assertEquals("the response body is empty, JSON was expected",
            assertThrows(IllegalArgumentException.class, empty::jsonTree).getMessage());
    }

    @Test
    void plainHttpIsForLoopbackOnly() {
        for (String host : new String[] {"localhost", "LOCALHOST", "127.0.0.1", "127.8.9.10", "::1"}) {
            assertTrue(Endpoints.isLoopback(host), host);
        }
        for (String host : new String[] {"contoso.communication.azure.com", "10.0.0.1", "192.168.1.1", "::2",
            "127.0.0.1.example"}) {
            assertFalse(Endpoints.isLoopback(host), host);
        }
        assertEquals("::1", Endpoints.parse("http://[::1]:8080/").host());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Endpoints.parse("http://contoso.communication.azure.com/"));
        assertTrue(e.getMessage().startsWith("'endpoint' uses plain http for contoso.communication.azure.com"),
            e.getMessage());
    }

    @Test
    void cancellingAnAsyncCallCancelsTheHttpCallInFlight() throws Exception {
        OfflineService service = new OfflineService();
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<Boolean> sawCancel = new CopyOnWriteArrayList<>();
        HttpPipeline p = service.builder(RetryOptions.none()).addInterceptor(chain -> {
            answering.countDown();
            try {
                cancelled.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sawCancel.add(chain.call().isCanceled());
            return chain.proceed(chain.request());
        }).build();
        service.then(status(200, "late"));
        CompletableFuture<String> f = p.sendAsync(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString));
        assertTrue(answering.await(30, TimeUnit.SECONDS));
        assertTrue(f.cancel(true));
        cancelled.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sawCancel.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(2);
        }
        assertEquals(List.of(true), sawCancel, "the HTTP call was cancelled, not left to finish");
    }
}
