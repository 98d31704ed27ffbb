package io.github.acsnumbers.implementation.paging;

import io.github.acsnumbers.core.paging.AsyncPagedIterable;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.core.paging.PagedIterable;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.util.function.Function;

/** Builds the clients' paged iterables on a pipeline. Not part of the API. */
public final class Paging {
    private Paging() {
    }

    /**
     * @param pipeline the pipeline that runs the requests
     * @param fetcher  the request for a page: the argument is null for the first page, else a continuation token
     * @param <T>      item type
     * @return the iterable (nothing is fetched yet)
     */
    public static <T> PagedIterable<T> of(HttpPipeline pipeline, Function<String, ServiceRequest<Page<T>>> fetcher) {
        return new PagedIterable<>(new ReadAhead.SdkFetcher<>(pipeline, fetcher));
    }

    /**
     * @param pipeline the pipeline that runs the requests
     * @param fetcher  the request for a page (null = first page)
     * @param <T>      item type
     * @return the iterable (nothing is fetched yet); cancelling a future it returns cancels the HTTP call in flight
     */
    public static <T> AsyncPagedIterable<T> ofAsync(HttpPipeline pipeline,
                                                    Function<String, ServiceRequest<Page<T>>> fetcher) {
        return new AsyncPagedIterable<>(token -> pipeline.sendAsync(fetcher.apply(token)));
    }
}
