package io.github.acsnumbers.core.paging;

import io.github.acsnumbers.implementation.paging.PageCursor;
import io.github.acsnumbers.implementation.paging.ReadAhead;
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
 * {@link #byPage(String)} continues from a saved continuation token (the service's {@code nextLink}). An iteration
 * stops with a {@link io.github.acsnumbers.core.error.CommunicationException} when a page names a continuation token
 * the iteration has already followed (a nextLink cycle), instead of looping forever.
 *
 * <p>The clients build these for their list operations. Your own code (a test, a stand-in for a client) can build
 * one from any page source with {@link #PagedIterable(Function)}.
 *
 * @param <T> item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final Function<String, Page<T>> pageFetcher;

    /**
     * @param pageFetcher fetches one page: the argument is null for the first page, else the continuation token of
     *                    the page before; it is called only while the list is iterated, once per page
     * @throws IllegalArgumentException if {@code pageFetcher} is null
     */
    public PagedIterable(Function<String, Page<T>> pageFetcher) {
        if (pageFetcher == null) {
            throw new IllegalArgumentException("'pageFetcher' is required.");
        }
        this.pageFetcher = pageFetcher;
    }

    /**
     * The items, fetched one page ahead: while the loop works on one page, the next is already being requested
     * (never more than one, on an SDK daemon thread), so the network and the parsing overlap with the caller's
     * work. A failure of a page is thrown by {@code hasNext()} after the last item of the page before it. A loop
     * left half way leaves at most that one fetch running; for the clients' lists, closing {@link #stream()}
     * (try-with-resources) cancels its HTTP call.
     *
     * @return the items
     */
    @Override
    public Iterator<T> iterator() {
        return ReadAhead.items(pageFetcher, new PageCursor<>(null));
    }

    /**
     * @return a sequential stream of all items, fetched one page ahead as it is consumed (see {@link #iterator()});
     *         closing it cancels the page fetch in flight
     */
    public Stream<T> stream() {
        ReadAhead.Items<T> items = ReadAhead.items(pageFetcher, new PageCursor<>(null));
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
            this.cursor = new PageCursor<>(token);
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
            return cursor.advance(pageFetcher.apply(cursor.nextToken()));
        }
    }
}
