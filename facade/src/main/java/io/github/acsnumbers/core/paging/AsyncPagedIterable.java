package io.github.acsnumbers.core.paging;

import io.github.acsnumbers.implementation.paging.PageCursor;
import io.github.acsnumbers.implementation.paging.ReadAhead;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The asynchronous twin of {@link PagedIterable}, with the same paging rules (and the same stop on a repeated
 * nextLink): pages are fetched on demand, never ahead of the consumer. Every future it returns completes.
 *
 * <p>The clients build these for their list operations. Your own code (a test, a stand-in for a client) can build
 * one from any asynchronous page source with {@link #AsyncPagedIterable(Function)}.
 *
 * @param <T> item type
 */
public final class AsyncPagedIterable<T> {
    private final Function<String, CompletableFuture<Page<T>>> pageFetcher;

    /**
     * @param pageFetcher fetches one page: the argument is null for the first page, else the continuation token of
     *                    the page before; it is called once per page, only when the page is wanted. Cancelling a
     *                    future this iterable returned cancels the fetcher's future in flight.
     * @throws IllegalArgumentException if {@code pageFetcher} is null
     */
    public AsyncPagedIterable(Function<String, CompletableFuture<Page<T>>> pageFetcher) {
        if (pageFetcher == null) {
            throw new IllegalArgumentException("'pageFetcher' is required.");
        }
        this.pageFetcher = pageFetcher;
    }

    /** The fetcher's future; a throwing fetcher or a null future becomes a failed future. */
    private CompletableFuture<Page<T>> fetch(String token) {
        try {
            CompletableFuture<Page<T>> f = pageFetcher.apply(token);
            return f != null ? f
                : CompletableFuture.failedFuture(new IllegalStateException("The page fetcher returned no future."));
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
            && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * @param continuationToken null for the first page, else a token from a previous page
     * @return the page
     */
    public CompletableFuture<Page<T>> getPage(String continuationToken) {
        return fetch(continuationToken);
    }

    /**
     * Visits every item, page after page, one page ahead: the next page is requested as soon as a page is handed
     * to the action (never more than one in flight), so the network overlaps with the action's work. A failure of
     * a page completes the future after every item of the pages before it.
     *
     * @param action called for each item, on an SDK thread
     * @return completes after the last page, or exceptionally on the first failure; cancelling it stops the
     *         iteration and cancels the page fetch in flight
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        if (action == null) {
            throw new IllegalArgumentException("'action' is required.");
        }
        return ReadAhead.forEach(this::fetch, new PageCursor<>(null), action);
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
            private final PageCursor<T> cursor = new PageCursor<>(null);

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
                fetch(cursor.nextToken()).whenComplete((fetched, error) -> {
                    if (cancelled) {
                        return;
                    }
                    Page<T> page = null;
                    if (error == null) {
                        try {
                            page = cursor.advance(fetched);
                        } catch (RuntimeException e) {
                            error = e;
                        }
                    }
                    if (error != null) {
                        finished = true;
                        subscriber.onError(unwrap(error));
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
