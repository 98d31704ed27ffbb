package io.github.acsnumbers.core.paging;

import io.github.acsnumbers.implementation.paging.PageCursor;
import io.github.acsnumbers.implementation.paging.ReadAhead;

import io.github.acsnumbers.implementation.http.Exchange;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The asynchronous twin of {@link PagedIterable}, on the same paging loop (and the same stop on a repeated
 * nextLink): {@link #forEach} reads one page ahead, like the blocking iteration; {@link #getPage} and
 * {@link #byPage()} fetch pages on demand only.
 *
 * @param <T> item type
 */
public final class AsyncPagedIterable<T> {
    private final HttpPipeline pipeline;
    private final Function<String, ServiceRequest<Page<T>>> fetcher;

    private AsyncPagedIterable(HttpPipeline pipeline, Function<String, ServiceRequest<Page<T>>> fetcher) {
        this.pipeline = pipeline;
        this.fetcher = fetcher;
    }

    /**
     * @param pipeline the pipeline
     * @param fetcher  the request for a page (null = first page)
     * @param <T>      item type
     * @return the iterable (nothing is fetched yet)
     */
    public static <T> AsyncPagedIterable<T> of(HttpPipeline pipeline, Function<String, ServiceRequest<Page<T>>> fetcher) {
        return new AsyncPagedIterable<>(pipeline, fetcher);
    }

    /**
     * @param continuationToken null for the first page, else a token from a previous page
     * @return the page
     */
    public CompletableFuture<Page<T>> getPage(String continuationToken) {
        return pipeline.sendAsync(fetcher.apply(continuationToken));
    }

    /**
     * Visits every item, page after page, one page ahead: the next page is requested as soon as a page is handed
     * to the action (never more than one in flight), so the network overlaps with the action's work.
     *
     * @param action called for each item, on an SDK thread
     * @return completes after the last page, or exceptionally on the first failure (after every item of the pages
     *         before it); cancelling it cancels the request in flight
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        return ReadAhead.forEach(pipeline, new PageCursor<>(fetcher, null), action);
    }

    /**
     * @return the pages as a publisher: each {@code request(n)} fetches at most n more pages
     */
    public Flow.Publisher<Page<T>> byPage() {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private final AtomicLong demand = new AtomicLong();
            private final AtomicBoolean fetching = new AtomicBoolean();
            private volatile boolean cancelled;
            private volatile boolean finished;
            private final PageCursor<T> cursor = new PageCursor<>(fetcher, null);

            @Override
            public void request(long n) {
                if (n <= 0) {
                    cancelled = true;
                    subscriber.onError(new IllegalArgumentException("request(n) needs n > 0"));
                    return;
                }
                demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
                drain();
            }

            private void drain() {
                if (cancelled || finished || demand.get() == 0 || !fetching.compareAndSet(false, true)) {
                    return;
                }
                cursor.next().sendAsync(pipeline).whenComplete((page, error) -> {
                    if (cancelled) {
                        return;
                    }
                    if (error != null) {
                        finished = true;
                        subscriber.onError(Exchange.unwrap(error));
                        return;
                    }
                    demand.decrementAndGet();
                    subscriber.onNext(page);
                    if (!cursor.hasNext()) {
                        finished = true;
                        subscriber.onComplete();
                        return;
                    }
                    fetching.set(false);
                    drain();
                });
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        });
    }
}
