package io.github.acsnumbers.core.paging;

import io.github.acsnumbers.implementation.paging.PageCursor;
import io.github.acsnumbers.implementation.paging.ReadAhead;

import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily fetched list: iterating it, or its {@link #stream()}, requests one page at a time and one page ahead,
 * so memory holds two pages at most however many items there are. {@link #byPage()} gives the pages themselves, and
 * {@link #byPage(String)} continues from a saved continuation token (the service's {@code nextLink}).
 *
 * @param <T> item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final HttpPipeline pipeline;
    private final Function<String, ServiceRequest<Page<T>>> fetcher;

    private PagedIterable(HttpPipeline pipeline, Function<String, ServiceRequest<Page<T>>> fetcher) {
        this.pipeline = pipeline;
        this.fetcher = fetcher;
    }

    /**
     * @param pipeline the pipeline that runs the requests
     * @param fetcher  the request for a page: the argument is null for the first page, else a continuation token
     * @param <T>      item type
     * @return the iterable (nothing is fetched yet)
     */
    public static <T> PagedIterable<T> of(HttpPipeline pipeline, Function<String, ServiceRequest<Page<T>>> fetcher) {
        return new PagedIterable<>(pipeline, fetcher);
    }

    /**
     * The items, fetched one page ahead: while the loop works on one page, the next is already being requested
     * (never more than one), so the network and the parsing overlap with the caller's work. A failure of a page
     * is thrown by {@code hasNext()} after the last item of the page before it. A loop left half way leaves at
     * most that one request, which ends within the call timeout; {@link #stream()} in try-with-resources
     * cancels it on close.
     *
     * @return the items
     */
    @Override
    public Iterator<T> iterator() {
        return ReadAhead.items(pipeline, new PageCursor<>(fetcher, null));
    }

    /**
     * @return a sequential stream of all items, fetched one page ahead as it is consumed (see {@link #iterator()});
     *         closing it cancels the page request in flight
     */
    public Stream<T> stream() {
        ReadAhead.Items<T> items = ReadAhead.items(pipeline, new PageCursor<>(fetcher, null));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
            .onClose(items::close);
    }

    /** @return the pages, from the first */
    public Iterable<Page<T>> byPage() {
        return () -> new PageIterator(null);
    }

    /**
     * @param continuationToken a token from {@link Page#continuationToken()}
     * @return the pages, from the one the token points at
     */
    public Iterable<Page<T>> byPage(String continuationToken) {
        if (continuationToken == null || continuationToken.isBlank()) {
            throw new IllegalArgumentException("'continuationToken' must not be blank; use byPage() for the first page.");
        }
        return () -> new PageIterator(continuationToken);
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private final PageCursor<T> cursor;

        PageIterator(String token) {
            this.cursor = new PageCursor<>(fetcher, token);
        }

        @Override
        public boolean hasNext() {
            return cursor.hasNext();
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return cursor.next().send(pipeline);
        }
    }
}
