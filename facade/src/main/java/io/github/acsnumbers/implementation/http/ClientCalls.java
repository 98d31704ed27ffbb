package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.AsyncPagedIterable;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.core.paging.PagedIterable;
import io.github.acsnumbers.implementation.lro.AsyncPollerImpl;
import io.github.acsnumbers.implementation.lro.LroDefinition;
import io.github.acsnumbers.implementation.lro.PollLoop;
import io.github.acsnumbers.implementation.lro.SyncPollerImpl;
import io.github.acsnumbers.implementation.paging.Paging;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How a client runs its public operations: each as one traced operation named {@code <service>.<method>} (the
 * same name for the sync and the async client), with the caller's {@link RequestOptions}. Not part of the API.
 */
public final class ClientCalls {
    private final HttpPipeline pipeline;
    private final String service;
    private final java.util.concurrent.ConcurrentHashMap<String, CallContext> plain =
        new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param pipeline the client's pipeline
     * @param service  the first part of span names, e.g. {@code PhoneNumbers}
     */
    public ClientCalls(HttpPipeline pipeline, String service) {
        this.pipeline = pipeline;
        this.service = service;
    }

    /** @return the pipeline */
    public HttpPipeline pipeline() {
        return pipeline;
    }

    /**
     * @param method  the public method's name (without {@code WithResponse})
     * @param options the caller's options, or null
     * @return the operation's context
     */
    public CallContext context(String method, RequestOptions options) {
        if (options != null) {
            return CallContext.operation(service + "." + method, options);
        }
        // the contexts without options are immutable and few (one per public method): made once, not per call
        CallContext c = plain.get(method);
        return c != null ? c : plain.computeIfAbsent(method, m -> CallContext.operation(service + "." + m, null));
    }

    /**
     * @param method  the public method
     * @param request its request
     * @param options the caller's options, or null
     * @param <T>     result type
     * @return the result
     */
    public <T> T send(String method, ServiceRequest<T> request, RequestOptions options) {
        return send(method, Exchange.call(request), options);
    }

    /**
     * @param method   the public method
     * @param exchange its exchange
     * @param options  the caller's options, or null
     * @param <T>      result type
     * @return the result
     */
    public <T> T send(String method, Exchange<T> exchange, RequestOptions options) {
        return exchange.send(pipeline, context(method, options));
    }

    /**
     * @param method  the public method
     * @param request its request
     * @param options the caller's options, or null
     * @param <T>     result type
     * @return the result with the last response's metadata
     */
    public <T> Response<T> sendWithResponse(String method, ServiceRequest<T> request, RequestOptions options) {
        return sendWithResponse(method, Exchange.call(request), options);
    }

    /**
     * @param method   the public method
     * @param exchange its exchange
     * @param options  the caller's options, or null
     * @param <T>      result type
     * @return the result with the last response's metadata
     */
    public <T> Response<T> sendWithResponse(String method, Exchange<T> exchange, RequestOptions options) {
        return exchange.withResponse().send(pipeline, context(method, options));
    }

    /**
     * @param method  the public method
     * @param request its request
     * @param options the caller's options, or null
     * @param <T>     result type
     * @return a future of the result
     */
    public <T> CompletableFuture<T> sendAsync(String method, ServiceRequest<T> request, RequestOptions options) {
        return sendAsync(method, Exchange.call(request), options);
    }

    /**
     * @param method   the public method
     * @param exchange its exchange
     * @param options  the caller's options, or null
     * @param <T>      result type
     * @return a future of the result
     */
    public <T> CompletableFuture<T> sendAsync(String method, Exchange<T> exchange, RequestOptions options) {
        return exchange.sendAsync(pipeline, context(method, options));
    }

    /**
     * @param method  the public method
     * @param request its request
     * @param options the caller's options, or null
     * @param <T>     result type
     * @return a future of the result with the last response's metadata
     */
    public <T> CompletableFuture<Response<T>> sendWithResponseAsync(String method, ServiceRequest<T> request,
                                                                    RequestOptions options) {
        return sendWithResponseAsync(method, Exchange.call(request), options);
    }

    /**
     * @param method   the public method
     * @param exchange its exchange
     * @param options  the caller's options, or null
     * @param <T>      result type
     * @return a future of the result with the last response's metadata
     */
    public <T> CompletableFuture<Response<T>> sendWithResponseAsync(String method, Exchange<T> exchange,
                                                                    RequestOptions options) {
        return exchange.withResponse().sendAsync(pipeline, context(method, options));
    }

    /**
     * @param method  the public list method
     * @param pages   its page requests
     * @param options the caller's options (applied to every page request), or null
     * @param <T>     item type
     * @return the lazily fetched list; each page request is one traced operation
     */
    public <T> PagedIterable<T> list(String method, Function<String, ServiceRequest<Page<T>>> pages,
                                     RequestOptions options) {
        return Paging.of(pipeline, CallContext.pages(service + "." + method, options, pages));
    }

    /**
     * @param method  the public list method
     * @param pages   its page requests
     * @param options the caller's options (applied to every page request), or null
     * @param <T>     item type
     * @return the lazily fetched list
     */
    public <T> AsyncPagedIterable<T> listAsync(String method, Function<String, ServiceRequest<Page<T>>> pages,
                                               RequestOptions options) {
        return Paging.ofAsync(pipeline, CallContext.pages(service + "." + method, options, pages));
    }

    /**
     * @param method     the public begin method
     * @param start      the start request
     * @param definition how to poll
     * @param interval   poll interval, or null
     * @param options    the caller's options for the start, or null
     * @param <T>        result type
     * @return the poller of the started operation, traced as one span until it ends
     */
    public <T> SyncPoller<T> begin(String method, ServiceRequest<OperationState> start, LroDefinition<T> definition,
                                   Duration interval, RequestOptions options) {
        return begin(method, Exchange.call(start), definition, interval, options);
    }

    /**
     * @param method     the public begin method
     * @param start      the start exchange (e.g. with its recovery)
     * @param definition how to poll
     * @param interval   poll interval, or null
     * @param options    the caller's options for the start, or null
     * @param <T>        result type
     * @return the poller of the started operation
     */
    public <T> SyncPoller<T> begin(String method, Exchange<OperationState> start, LroDefinition<T> definition,
                                   Duration interval, RequestOptions options) {
        return SyncPollerImpl.of(PollLoop.begin(pipeline, service + "." + method, options, start, definition, interval));
    }

    /**
     * @param method     the public begin method
     * @param start      the start request
     * @param definition how to poll
     * @param interval   poll interval, or null
     * @param options    the caller's options for the start, or null
     * @param <T>        result type
     * @return a future of the poller
     */
    public <T> CompletableFuture<AsyncPoller<T>> beginAsync(String method, ServiceRequest<OperationState> start,
                                                            LroDefinition<T> definition, Duration interval,
                                                            RequestOptions options) {
        return beginAsync(method, Exchange.call(start), definition, interval, options);
    }

    /**
     * @param method     the public begin method
     * @param start      the start exchange
     * @param definition how to poll
     * @param interval   poll interval, or null
     * @param options    the caller's options for the start, or null
     * @param <T>        result type
     * @return a future of the poller
     */
    public <T> CompletableFuture<AsyncPoller<T>> beginAsync(String method, Exchange<OperationState> start,
                                                            LroDefinition<T> definition, Duration interval,
                                                            RequestOptions options) {
        return PollLoop.beginAsync(pipeline, service + "." + method, options, start, definition, interval)
            .thenApply(AsyncPollerImpl::of);
    }

    /**
     * @param method     the public resume method
     * @param state      the state to continue from
     * @param definition how to poll
     * @param <T>        result type
     * @return the poller, traced as one span until the operation ends
     */
    public <T> SyncPoller<T> resume(String method, OperationState state, LroDefinition<T> definition) {
        return SyncPollerImpl.of(PollLoop.resume(pipeline, service + "." + method, state, definition, null));
    }

    /**
     * @param method     the public resume method
     * @param state      the state to continue from
     * @param definition how to poll
     * @param <T>        result type
     * @return the poller
     */
    public <T> AsyncPoller<T> resumeAsync(String method, OperationState state, LroDefinition<T> definition) {
        return AsyncPollerImpl.of(PollLoop.resume(pipeline, service + "." + method, state, definition, null));
    }
}
