package io.github.acsnumbers.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.implementation.http.FakeTime;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.PipelineTestSupport;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.paging.Paging;
import io.github.acsnumbers.core.retry.RetryOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both iterables walk one paging loop: all pages in order, and a clear stop on a nextLink cycle (A, B, A). */
class PagingLoopTest {
    private MockWebServer server;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        FakeTime time = new FakeTime();
        pipeline = PipelineTestSupport.pipeline(server, time, RetryOptions.none(), time);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** Pages served by path: "/p0" -> "items|next". */
    private void serve(String... pages) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                int i = Integer.parseInt(path.substring(2));
                return new MockResponse.Builder().code(200).body(pages[i]).build();
            }
        });
    }

    private Function<String, ServiceRequest<Page<String>>> fetcher() {
        return token -> ServiceRequest.of(() -> pipeline.get(token == null ? "/p0" : token), r -> {
            String[] parts = r.bodyString().split("\\|", -1);
            return new Page<>(parts[0].isEmpty() ? List.of() : Arrays.asList(parts[0].split(",")),
                parts[1].isEmpty() ? null : parts[1]);
        });
    }

    private List<String> syncItems() {
        List<String> out = new ArrayList<>();
        Paging.of(pipeline, fetcher()).forEach(out::add);
        return out;
    }

    private List<String> asyncItems() throws Exception {
        List<String> out = new ArrayList<>();
        try {
            Paging.ofAsync(pipeline, fetcher()).forEach(out::add).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        }
        return out;
    }

    private Throwable publisherError() throws Exception {
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        Paging.ofAsync(pipeline, fetcher()).byPage().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Page<String> item) {
            }

            @Override
            public void onError(Throwable t) {
                done.complete(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void allPagesInOrderOnBothSides() throws Exception {
        serve("a,b|/p1", "c|/p2", "d|");
        assertEquals(List.of("a", "b", "c", "d"), syncItems());
        assertEquals(List.of("a", "b", "c", "d"), asyncItems());
        assertEquals(null, publisherError());
    }

    @Test
    void aCycleOfTwoLinksStopsBothSides() throws Exception {
        // p0 -> p1 -> p2 -> p1 -> ...: not the same link twice in a row, yet a cycle
        serve("a|/p1", "b|/p2", "c|/p1");
        CommunicationException sync = assertThrows(CommunicationException.class, this::syncItems);
        assertTrue(sync.getMessage().contains("already followed"), sync.getMessage());
        assertTrue(sync.getMessage().contains("/p1"), sync.getMessage());
        int afterSync = server.getRequestCount();
        assertEquals(3, afterSync);
        CommunicationException async = assertThrows(CommunicationException.class, this::asyncItems);
        assertEquals(sync.getMessage(), async.getMessage());
        assertEquals(6, server.getRequestCount());
        assertInstanceOf(CommunicationException.class, publisherError());
        assertEquals(9, server.getRequestCount());
    }

    @Test
    void aContinuationTokenCountsAsFollowed() {
        serve("a|/p1", "b|/p2", "c|/p1");
        List<String> out = new ArrayList<>();
        assertThrows(CommunicationException.class,
            () -> Paging.of(pipeline, fetcher()).byPage("/p1").forEach(p -> out.addAll(p.items())));
        assertEquals(List.of("b"), out, "the page whose nextLink closes the cycle is not returned");
        assertEquals(2, server.getRequestCount());
    }
}
