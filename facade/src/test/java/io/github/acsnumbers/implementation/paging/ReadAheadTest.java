package io.github.acsnumbers.implementation.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.implementation.http.Endpoints;
import io.github.acsnumbers.implementation.http.FakeTime;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.PipelineTestSupport;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Item iteration reads one page ahead, sync and async: the request for page k+1 reaches the server while the
 * consumer is still on page k; page k+1 is never requested before the consumer has been handed page k (at most
 * one ahead); a failing page surfaces after the last item of the page before it; closing a stream cancels the
 * request in flight. Waits are bounded latches on events; no timing is asserted.
 */
class ReadAheadTest {
    private static final int PAGES = 4;
    private static final int PER_PAGE = 3;

    private MockWebServer server;
    private HttpPipeline pipeline;
    /** Items the consumer has finished with. */
    private final AtomicInteger consumed = new AtomicInteger();
    /** For each page request: {page, items the consumer had finished with when the server received it}. */
    private final List<int[]> arrivals = new CopyOnWriteArrayList<>();
    private final CountDownLatch[] requested = new CountDownLatch[PAGES + 1];
    private final List<Call> cancelled = new CopyOnWriteArrayList<>();
    private volatile int failingPage = -1;
    private volatile CountDownLatch holdPage = null;
    private volatile int heldPage = -1;

    @BeforeEach
    void start() throws Exception {
        for (int i = 0; i < requested.length; i++) {
            requested[i] = new CountDownLatch(1);
        }
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int page = Integer.parseInt(request.getUrl().encodedPath().substring(2));
                arrivals.add(new int[] {page, consumed.get()});
                requested[page].countDown();
                if (page == heldPage && holdPage != null) {
                    holdPage.await(30, TimeUnit.SECONDS);
                }
                if (page == failingPage) {
                    return new MockResponse.Builder().code(404)
                        .body("{\"error\":{\"code\":\"NotFound\",\"message\":\"page " + page + " is gone\"}}").build();
                }
                StringBuilder items = new StringBuilder();
                for (int i = 0; i < PER_PAGE; i++) {
                    items.append(i == 0 ? "" : ",").append(page).append('.').append(i);
                }
                return new MockResponse.Builder().code(200)
                    .body(items + "|" + (page < PAGES ? "/p" + (page + 1) : "")).build();
            }
        });
        server.start();
        FakeTime time = new FakeTime();
        OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.add(call);
            }
        }).build();
        pipeline = HttpPipeline.builder()
            .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
            .authentication(new HmacAuthenticationInterceptor(new KeyCredential(PipelineTestSupport.KEY), time))
            .retryOptions(RetryOptions.none()).sleeper(time).clock(time).component("test").httpClient(http).build();
    }

    @AfterEach
    void stop() throws Exception {
        CountDownLatch hold = holdPage;
        if (hold != null) {
            hold.countDown();
        }
        server.close();
    }

    private Function<String, ServiceRequest<Page<String>>> fetcher() {
        return token -> ServiceRequest.of(() -> pipeline.get(token == null ? "/p1" : token), r -> {
            String[] parts = r.bodyString().split("\\|", -1);
            return new Page<>(Arrays.asList(parts[0].split(",")), parts[1].isEmpty() ? null : parts[1]);
        });
    }

    private static int pageOf(String item) {
        return Integer.parseInt(item.substring(0, item.indexOf('.')));
    }

    /**
     * Called for each item: on the last item of page k (k < last), the request for k+1 must come in while the
     * consumer is still there (it was sent when page k was handed over).
     */
    private void consume(String item, List<String> seen) {
        int page = pageOf(item);
        seen.add(item);
        if (item.endsWith("." + (PER_PAGE - 1)) && page < PAGES) {
            try {
                if (!requested[page + 1].await(20, TimeUnit.SECONDS)) {
                    fail("page " + (page + 1) + " was not requested while the consumer was on page " + page);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        consumed.incrementAndGet();
    }

    private void assertAtMostOneAhead() {
        assertEquals(PAGES, arrivals.size(), "one request per page, no more");
        // page p may be requested once page p-1 has been handed over, i.e. once every item of page p-2 is done
        for (int[] a : arrivals) {
            assertTrue(a[1] >= (a[0] - 2) * PER_PAGE, "page " + a[0] + " was requested when the consumer had "
                + "finished only " + a[1] + " items: more than one page ahead");
        }
    }

    private static List<String> all() {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= PAGES; p++) {
            for (int i = 0; i < PER_PAGE; i++) {
                out.add(p + "." + i);
            }
        }
        return out;
    }

    @Test
    void syncIterationRequestsTheNextPageWhileTheCurrentOneIsConsumedAndNeverTwoAhead() {
        List<String> seen = new ArrayList<>();
        for (String item : Paging.of(pipeline, fetcher())) {
            consume(item, seen);
        }
        assertEquals(all(), seen);
        assertAtMostOneAhead();
    }

    @Test
    void syncStreamReadsAheadToo() {
        List<String> seen = new ArrayList<>();
        try (Stream<String> s = Paging.of(pipeline, fetcher()).stream()) {
            s.forEach(item -> consume(item, seen));
        }
        assertEquals(all(), seen);
        assertAtMostOneAhead();
    }

    @Test
    void asyncForEachRequestsTheNextPageWhileTheCurrentOneIsConsumedAndNeverTwoAhead() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        Paging.ofAsync(pipeline, fetcher()).forEach(item -> consume(item, seen)).get(60, TimeUnit.SECONDS);
        assertEquals(all(), seen);
        assertAtMostOneAhead();
    }

    @Test
    void aFailingPageSurfacesAfterTheLastItemOfThePageBeforeItSync() {
        failingPage = 3;
        List<String> seen = new ArrayList<>();
        Iterator<String> it = Paging.of(pipeline, fetcher()).iterator();
        CommunicationException e = assertThrows(CommunicationException.class, () -> {
            while (it.hasNext()) {
                consume(it.next(), seen);
            }
        });
        assertEquals(404, e.getStatusCode());
        assertEquals(all().subList(0, 2 * PER_PAGE), seen, "every item of pages 1 and 2, then the failure");
        assertEquals(3, server.getRequestCount(), "nothing is requested after the failing page");
    }

    @Test
    void aFailingPageSurfacesAfterTheLastItemOfThePageBeforeItAsync() throws Exception {
        failingPage = 3;
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> f = Paging.ofAsync(pipeline, fetcher()).forEach(item -> consume(item, seen));
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CommunicationException c && c.getStatusCode() == 404, e.toString());
        assertEquals(all().subList(0, 2 * PER_PAGE), seen, "every item of pages 1 and 2, then the failure");
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void closingTheStreamCancelsTheRequestInFlightAndAnAbandonedLoopLeavesOneAtMost() throws Exception {
        heldPage = 2;
        holdPage = new CountDownLatch(1);
        try (Stream<String> s = Paging.of(pipeline, fetcher()).stream()) {
            assertEquals("1.0", s.findFirst().orElseThrow());
            assertTrue(requested[2].await(20, TimeUnit.SECONDS), "page 2 is requested ahead");
            assertTrue(cancelled.isEmpty());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (cancelled.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, cancelled.size(), "closing the stream cancels the read-ahead call");
        assertTrue(cancelled.get(0).request().url().encodedPath().endsWith("/p2"));
        holdPage.countDown();

        // an iterator simply left behind: the one request ahead completes, nothing more is sent
        Iterator<String> it = Paging.of(pipeline, fetcher()).iterator();
        assertEquals("1.0", it.next());
        ReadAhead.Items<String> items = (ReadAhead.Items<String>) it;
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (items.fetchingAhead() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(items.fetchingAhead(), "the read-ahead request ends by itself");
        assertEquals(4, server.getRequestCount(), "2 for the closed stream, 2 for the abandoned iterator");
    }

    @Test
    void cancellingTheAsyncWalkCancelsTheRequestInFlight() throws Exception {
        heldPage = 2;
        holdPage = new CountDownLatch(1);
        CountDownLatch firstItem = new CountDownLatch(1);
        CompletableFuture<Void> f = Paging.ofAsync(pipeline, fetcher()).forEach(item -> firstItem.countDown());
        assertTrue(firstItem.await(20, TimeUnit.SECONDS));
        assertTrue(requested[2].await(20, TimeUnit.SECONDS));
        f.cancel(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (cancelled.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, cancelled.size(), "cancelling the walk cancels the read-ahead call");
        assertEquals(2, server.getRequestCount());
    }
}
