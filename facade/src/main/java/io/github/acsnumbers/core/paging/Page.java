package io.github.acsnumbers.core.paging;

import java.util.List;

/**
 * One page of a paged list.
 *
 * @param <T> item type
 */
public final class Page<T> {
    private final List<T> items;
    private final String continuationToken;

    /**
     * @param items             the page's items
     * @param continuationToken the link to the next page, or null on the last page
     */
    public Page(List<T> items, String continuationToken) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.continuationToken = continuationToken == null || continuationToken.isBlank() ? null : continuationToken;
    }

    /** @return the items of this page */
    public List<T> items() {
        return items;
    }

    /** @return the token (the service's nextLink) for the next page, or null when this is the last page */
    public String continuationToken() {
        return continuationToken;
    }

    @Override
    public String toString() {
        return "Page{" + items.size() + " items" + (continuationToken == null ? ", last" : ", more") + "}";
    }
}
