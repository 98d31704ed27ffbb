package io.github.acsnumbers.implementation.paging;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.implementation.util.Validation;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One iteration's position in a paged list, shared by {@link io.github.acsnumbers.core.paging.PagedIterable} and
 * {@link io.github.acsnumbers.core.paging.AsyncPagedIterable}: the token of the next page, and the stop on a nextLink
 * this iteration has already followed (A, B, A, …), since following it would never end.
 *
 * <p>Use: {@link #nextToken()}, fetch that page, then {@link #advance(Page)}.
 *
 * @param <T> item type
 */
public final class PageCursor<T> {
    private final Set<String> followed = new HashSet<>();
    private String token;
    private boolean started;
    private boolean done;

    /**
     * @param from null for the first page, else a continuation token
     */
    public PageCursor(String from) {
        this.token = from;
        if (from != null) {
            followed.add(from);
        }
    }

    /** @return whether a next page may exist */
    public synchronized boolean hasNext() {
        return !done && (!started || token != null);
    }

    /**
     * @return the token of the next page to fetch (null for the first page)
     * @throws NoSuchElementException if there is no next page
     */
    public synchronized String nextToken() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return token;
    }

    /**
     * Moves the cursor past a fetched page.
     *
     * @param page the page fetched with {@link #nextToken()}'s token
     * @return the page
     * @throws CommunicationException if the page's nextLink was already followed by this iteration
     * @throws IllegalStateException  if the page is null
     */
    public synchronized Page<T> advance(Page<T> page) {
        if (page == null) {
            done = true;
            throw new IllegalStateException("The page fetcher returned null instead of a page.");
        }
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
