package io.github.acsnumbers.core.paging;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.OfflineService;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.paging.Paging;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Paging at its edges on both sides: empty pages, the end of the iteration, a saved continuation token, the
 * publisher's demand rules, and the page value itself. A page body reads {@code items|nextLink}.
 */
class PagingEdgesTest {
    private final OfflineService service = new OfflineService();
    private final HttpPipeline pipeline = service.pipeline();
    private final Function<String, ServiceRequest<Page<String>>> fetcher = token -> ServiceRequest.of(
        () -> pipeline.get(token == null ? "/items" : token), r -> {
            String[] parts = r.bodyString().split("\\|", -1);
            List<String> items = parts[0].isEmpty() ? List.of() : Arrays.asList(parts[0].split(","));
            return new Page<>(items, parts.length > 1 ? parts[1] : null);
        });

    @Test
    void emptyPagesAreSkippedAndTheStreamHasEveryItemInOrder() {
        service.then(status(200, "|/p2"), status(200, "a,b|/p3"), status(200, "|/p4"), status(200, "c|"));
        PagedIterable<String> items = Paging.of(pipeline, fetcher);
        assertEquals(List.of("a", "b", "c"), items.stream().collect(Collectors.toList()));
        assertEquals(List.of("GET /items", "GET /p2", "GET /p3", "GET /p4"), service.log());
    }

    @Test
    void afterTheLastItemTheIteratorSaysSo() {
        service.then(status(200, "a|"));
        Iterator<String> it = Paging.of(pipeline, fetcher).iterator();
        assertTrue(it.hasNext());
        assertEquals("a", it.next());
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(1, service.sent.size());
    }

    @Test
    void afterTheLastPageThePageIteratorSaysSo() {
        service.then(status(200, "|"));
        Iterator<Page<String>> pages = Paging.of(pipeline, fetcher).byPage().iterator();
        assertTrue(pages.hasNext());
        Page<String> only = pages.next();
        assertTrue(only.items().isEmpty());
        assertNull(only.continuationToken());
        assertFalse(pages.hasNext());
        assertThrows(NoSuchElementException.class, pages::next);
    }

    @Test
    void aSavedTokenContinuesFromItsPage() {
        service.then(status(200, "x|/p9"), status(200, "y|"));
        List<String> seen = new ArrayList<>();
        for (Page<String> p : Paging.of(pipeline, fetcher).byPage("/p8")) {
            seen.addAll(p.items());
        }
        assertEquals(List.of("x", "y"), seen);
        assertEquals(List.of("GET /p8", "GET /p9"), service.log());
        for (String blank : new String[] {null, "", "  "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Paging.of(pipeline, fetcher).byPage(blank));
            assertEquals("'continuationToken' must not be blank; use byPage() for the first page.", e.getMessage());
        }
    }

    @Test
    void theAsyncSideVisitsEveryItemAndGetsASinglePage() throws Exception {
        service.then(status(200, "a|/p2"), status(200, "|/p3"), status(200, "b,c|"));
        List<String> seen = new CopyOnWriteArrayList<>();
        AsyncPagedIterable<String> items = Paging.ofAsync(pipeline, fetcher);
        items.forEach(seen::add).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("a", "b", "c"), seen);
        service.then(status(200, "z|/p5"));
        Page<String> page = items.getPage("/p4").get(30, TimeUnit.SECONDS);
        assertEquals(List.of("z"), page.items());
        assertEquals("/p5", page.continuationToken());
        assertEquals("GET /p4", service.log().get(3));
    }

    /** A subscriber that records what it is given. */
    private static final class Recorder implements Flow.Subscriber<Page<String>> {
        final List<Object> events = new CopyOnWriteArrayList<>();
        Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Page<String> item) {
            events.add(item.items());
        }

        @Override
        public void onError(Throwable t) {
            events.add(t);
        }

        @Override
        public void onComplete() {
            events.add("complete");
        }
    }

    @Test
    void thePublisherFetchesOnlyWhatIsRequested() {
        service.then(status(200, "a|/p2"), status(200, "b|/p3"), status(200, "c|"));
        Recorder r = new Recorder();
        Paging.ofAsync(pipeline, fetcher).byPage().subscribe(r);
        assertTrue(service.sent.isEmpty(), "nothing before a request");
        r.subscription.request(2);
        awaitEvents(r, 2);
        assertEquals(List.of(List.of("a"), List.of("b")), r.events);
        assertEquals(2, service.sent.size());
        r.subscription.request(Long.MAX_VALUE);
        r.subscription.request(Long.MAX_VALUE);
        awaitEvents(r, 4);
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), "complete"), r.events);
    }

    @Test
    void aRequestForNoPagesIsAnError() {
        Recorder r = new Recorder();
        Paging.ofAsync(pipeline, fetcher).byPage().subscribe(r);
        r.subscription.request(0);
        assertEquals(1, r.events.size());
        assertInstanceOf(IllegalArgumentException.class, r.events.get(0));
        r.subscription.request(1);
        assertEquals(1, r.events.size(), "nothing after the error");
        assertTrue(service.sent.isEmpty());
    }

    @Test
    void aCancelledSubscriptionFetchesNothingMore() {
        Recorder r = new Recorder();
        Paging.ofAsync(pipeline, fetcher).byPage().subscribe(r);
        r.subscription.cancel();
        r.subscription.request(3);
        assertTrue(service.sent.isEmpty());
        assertTrue(r.events.isEmpty());
    }

    @Test
    void aFailedPageEndsThePublisherWithTheError() {
        service.then(status(200, "a|/p2"), status(500, "{\"error\":{\"code\":\"Oops\"}}"));
        Recorder r = new Recorder();
        Paging.ofAsync(pipeline, fetcher).byPage().subscribe(r);
        r.subscription.request(5);
        awaitEvents(r, 2);
        assertEquals(List.of("a"), r.events.get(0));
        CommunicationException e = assertInstanceOf(CommunicationException.class, r.events.get(1));
        assertEquals("Oops", e.getErrorCode());
        assertEquals(2, service.sent.size());
    }

    @Test
    void aPageCopiesItsItemsAndReadsABlankTokenAsTheLastPage() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(items, " ");
        items.add("c");
        assertEquals(List.of("a", "b"), page.items());
        assertNull(page.continuationToken());
        assertEquals("Page{2 items, last}", page.toString());
        Page<String> more = new Page<>(null, "/next");
        assertEquals(List.of(), more.items());
        assertEquals("/next", more.continuationToken());
        assertEquals("Page{0 items, more}", more.toString());
    }

    /** Waits (at most 30 s, a bound, not a measurement) until the subscriber got {@code count} events. */
    private static void awaitEvents(Recorder r, int count) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (r.events.size() < count && System.nanoTime() < end) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertTrue(r.events.size() >= count, "events: " + r.events);
    }

    @Test
    void eachRequestFetchesExactlyThatManyPages() {
        // a dispatcher that runs each call on the thread that enqueues it: when request(n) returns, all is done
        java.util.concurrent.ExecutorService inline = new java.util.concurrent.AbstractExecutorService() {
            private volatile boolean shut;

            @Override
            public void execute(Runnable command) {
                command.run();
            }

            @Override
            public void shutdown() {
                shut = true;
            }

            @Override
            public List<Runnable> shutdownNow() {
                shut = true;
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return shut;
            }

            @Override
            public boolean isTerminated() {
                return shut;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return true;
            }
        };
        HttpPipeline direct = service.builder(io.github.acsnumbers.core.retry.RetryOptions.none())
            .httpClient(new okhttp3.OkHttpClient.Builder().dispatcher(new okhttp3.Dispatcher(inline)).build())
            .build();
        Function<String, ServiceRequest<Page<String>>> pages = token -> ServiceRequest.of(
            () -> direct.get(token == null ? "/items" : token), r -> new Page<>(List.of(r.bodyString()),
                "/p" + (service.sent.size() + 1)));
        service.always(r -> status(200, "item" + service.sent.size()).answer(r));
        Recorder r = new Recorder();
        Paging.ofAsync(direct, pages).byPage().subscribe(r);
        r.subscription.request(2);
        assertEquals(2, service.sent.size());
        assertEquals(List.of(List.of("item1"), List.of("item2")), r.events);
        r.subscription.request(1);
        assertEquals(3, service.sent.size());
        r.subscription.cancel();
        r.subscription.request(5);
        assertEquals(3, service.sent.size(), "nothing after cancel");
    }
}
