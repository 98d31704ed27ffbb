package io.github.acsnumbers.implementation.paging;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.implementation.http.Exchange;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.util.function.Function;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Item iteration that reads one page ahead: as soon as the consumer is handed page k, the request for page k+1
 * is sent, so the network and the parsing of k+1 overlap with the consumer's work on k. Never more than one page
 * is in flight beyond the one being consumed (memory: two pages at most), and a failure of page k+1 surfaces
 * only after the last item of page k, exactly where the sequential loop would have surfaced it. Both sides walk
 * the same {@link PageCursor} (and so the same nextLink cycle check).
 *
 * <p>The blocking side fetches ahead with the blocking interpreter on a daemon thread of its own (never on
 * OkHttp's dispatcher, whose threads would keep a command-line program's JVM alive for a minute after its last
 * listing). An iteration abandoned half way leaves at most that one request, which ends within the call timeout,
 * is read within the size limit and closed, and its page dropped; closing the stream (or {@link Items#close})
 * cancels it at once.
 */
public final class ReadAhead {
    /** One thread per iteration that is fetching ahead at this moment; idle threads end after 30 s. */
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new ThreadFactoryImpl());

    private ReadAhead() {
    }

    /**
     * @param fetcher a blocking page fetcher (an {@link SdkFetcher} fetches ahead cancellably, any other on a
     *                daemon thread)
     * @param cursor  a fresh cursor
     * @param <T>     item type
     * @return the items, fetched one page ahead
     */
    public static <T> Items<T> items(Function<String, Page<T>> fetcher, PageCursor<T> cursor) {
        return new Items<>(fetcher, cursor);
    }

    /**
     * Visits every item without blocking, one page ahead.
     *
     * @param fetcher the page fetcher (its futures are cancelled when the walk is)
     * @param cursor  a fresh cursor
     * @param action  called for each item, on an SDK thread
     * @param <T>     item type
     * @return completes after the last item, or exceptionally with the first failure (after the items before
     *         it); cancelling it cancels the request in flight
     */
    public static <T> CompletableFuture<Void> forEach(Function<String, CompletableFuture<Page<T>>> fetcher,
                                                      PageCursor<T> cursor, Consumer<? super T> action) {
        return new AsyncWalk<>(fetcher, cursor, action).start();
    }

    /**
     * The SDK's own blocking page fetcher: a page request run on the pipeline, and the same request run ahead on a
     * daemon thread with a future whose cancellation cancels the HTTP call.
     *
     * @param <T> item type
     */
    public static final class SdkFetcher<T> implements Function<String, Page<T>> {
        private final HttpPipeline pipeline;
        private final Function<String, ServiceRequest<Page<T>>> requests;

        /**
         * @param pipeline the pipeline
         * @param requests the request for a page (null = first page)
         */
        public SdkFetcher(HttpPipeline pipeline, Function<String, ServiceRequest<Page<T>>> requests) {
            this.pipeline = pipeline;
            this.requests = requests;
        }

        @Override
        public Page<T> apply(String token) {
            return pipeline.send(requests.apply(token));
        }

        CompletableFuture<Page<T>> ahead(String token) {
            return Exchange.call(requests.apply(token)).sendBlockingOn(THREADS, pipeline);
        }
    }

    private static <T> CompletableFuture<Page<T>> ahead(Function<String, Page<T>> fetcher, String token) {
        if (fetcher instanceof SdkFetcher<T> sdk) {
            return sdk.ahead(token);
        }
        return CompletableFuture.supplyAsync(() -> fetcher.apply(token), THREADS);
    }

    /** The blocking items iterator. Used by one thread at a time, like any iterator. */
    public static final class Items<T> implements Iterator<T>, AutoCloseable {
        private final Function<String, Page<T>> fetcher;
        private final PageCursor<T> cursor;
        private Iterator<T> current = Collections.emptyIterator();
        private CompletableFuture<Page<T>> ahead;
        private boolean closed;

        Items(Function<String, Page<T>> fetcher, PageCursor<T> cursor) {
            this.fetcher = fetcher;
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (closed) {
                    return false;
                }
                Page<T> page;
                if (ahead != null) {
                    CompletableFuture<Page<T>> f = ahead;
                    ahead = null;
                    page = cursor.advance(await(f));
                } else if (cursor.hasNext()) {
                    // the first page (or a page asked for again after a failure): on the calling thread
                    page = cursor.advance(fetcher.apply(cursor.nextToken()));
                } else {
                    return false;
                }
                // the next page is requested before this one is handed over: one ahead, never more
                ahead = cursor.hasNext() ? ahead(fetcher, cursor.nextToken()) : null;
                current = page.items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        /** Stops the iteration and cancels the page request in flight, if any. */
        @Override
        public void close() {
            closed = true;
            current = Collections.emptyIterator();
            CompletableFuture<Page<T>> f = ahead;
            ahead = null;
            if (f != null) {
                f.cancel(true);
            }
        }

        /** @return whether a page request is in flight beyond the page being consumed (for tests) */
        boolean fetchingAhead() {
            return ahead != null && !ahead.isDone();
        }

        private static <T> Page<T> await(CompletableFuture<Page<T>> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new CommunicationException("Interrupted while waiting for the next page", 0, null, null,
                    ErrorKind.CLIENT_ERROR, null, e);
            } catch (ExecutionException e) {
                Throwable u = Exchange.unwrap(e);
                if (u instanceof RuntimeException r) {
                    throw r;
                }
                if (u instanceof Error err) {
                    throw err;
                }
                throw new CommunicationException("Fetching the next page failed", 0, null, null,
                    ErrorKind.CLIENT_ERROR, null, u);
            } catch (CancellationException e) {
                throw new CommunicationException("The request for the next page was cancelled", 0, null, null,
                    ErrorKind.CLIENT_ERROR, null, e);
            }
        }
    }

    /** The non-blocking walk: a loop over completed futures, so a long listing never grows the stack. */
    private static final class AsyncWalk<T> {
        private final Function<String, CompletableFuture<Page<T>>> fetcher;
        private final PageCursor<T> cursor;
        private final Consumer<? super T> action;
        private final CompletableFuture<Void> result = new CompletableFuture<>();
        private volatile CompletableFuture<Page<T>> inFlight;

        AsyncWalk(Function<String, CompletableFuture<Page<T>>> fetcher, PageCursor<T> cursor,
                  Consumer<? super T> action) {
            this.fetcher = fetcher;
            this.cursor = cursor;
            this.action = action;
        }

        CompletableFuture<Void> start() {
            result.whenComplete((v, e) -> {
                CompletableFuture<Page<T>> f = inFlight;
                if (result.isCancelled() && f != null) {
                    f.cancel(true);
                }
            });
            try {
                run(send());
            } catch (Throwable t) {
                result.completeExceptionally(Exchange.unwrap(t));
            }
            return result;
        }

        private CompletableFuture<Page<T>> send() {
            CompletableFuture<Page<T>> f = fetcher.apply(cursor.nextToken());
            if (f == null) {
                f = CompletableFuture.failedFuture(new IllegalStateException("The page fetcher returned no future."));
            }
            inFlight = f;
            if (result.isCancelled()) {
                f.cancel(true);
            }
            return f;
        }

        private void run(CompletableFuture<Page<T>> first) {
            CompletableFuture<Page<T>> f = first;
            while (true) {
                if (!f.isDone()) {
                    CompletableFuture<Page<T>> waiting = f;
                    waiting.whenComplete((p, e) -> run(waiting));
                    return;
                }
                if (result.isDone()) {
                    return;
                }
                Page<T> page;
                try {
                    page = cursor.advance(f.join());
                } catch (Throwable t) {
                    result.completeExceptionally(Exchange.unwrap(t));
                    return;
                }
                CompletableFuture<Page<T>> next;
                try {
                    next = cursor.hasNext() ? send() : null;
                    page.items().forEach(action);
                } catch (Throwable t) {
                    CompletableFuture<Page<T>> a = inFlight;
                    if (a != null && a != f) {
                        a.cancel(true);
                    }
                    result.completeExceptionally(Exchange.unwrap(t));
                    return;
                }
                if (next == null) {
                    result.complete(null);
                    return;
                }
                f = next;
            }
        }
    }

    private static final class ThreadFactoryImpl implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "acs-paging-read-ahead-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
