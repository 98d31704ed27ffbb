package io.github.acsnumbers.implementation.paging;

import io.github.acsnumbers.core.paging.Page;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.http.Exchange;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.util.Validation;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The one paging loop behind {@link PagedIterable} and {@link AsyncPagedIterable}: one iteration's position, and
 * the exchange that fetches its next page. An iteration ends with a {@link CommunicationException} when the service
 * hands back a nextLink this iteration has already followed (A, B, A, …), since following it would never end.
 *
 * @param <T> item type
 */
public final class PageCursor<T> {
    private final Function<String, ServiceRequest<Page<T>>> fetcher;
    private final Set<String> followed = new HashSet<>();
    private String token;
    private boolean started;
    private boolean done;

    /**
     * @param fetcher the request for a page (null = first page)
     * @param from    null for the first page, else a continuation token
     */
    public PageCursor(Function<String, ServiceRequest<Page<T>>> fetcher, String from) {
        this.fetcher = fetcher;
        this.token = from;
        if (from != null) {
            followed.add(from);
        }
    }

    /** @return whether a next page may exist */
    public synchronized boolean hasNext() {
        return !done && (!started || token != null);
    }

    /** @return the exchange that fetches the next page and moves the cursor past it */
    public Exchange<Page<T>> next() {
        return Exchange.defer(() -> {
            String t;
            synchronized (this) {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                t = token;
            }
            return Exchange.call(fetcher.apply(t)).map(this::advance);
        });
    }

    private synchronized Page<T> advance(Page<T> page) {
        started = true;
        String next = page.continuationToken();
        if (next != null && !followed.add(next)) {
            done = true;
            throw new CommunicationException("The service returned a nextLink this iteration has already followed ('"
                + Validation.abbreviate(next) + "', after " + followed.size() + " pages); stopping instead of "
                + "looping", 0, null, null, ErrorKind.CLIENT_ERROR, null, null);
        }
        token = next;
        done = next == null;
        return page;
    }
}
