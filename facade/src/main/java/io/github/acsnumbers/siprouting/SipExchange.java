package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.http.HttpPipeline;
import io.github.acsnumbers.core.http.ServiceRequest;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One SIP operation as a chain of service requests (for example read, then patch), written once and run either on
 * the calling thread or asynchronously, so the sync and async clients share the same logic.
 *
 * @param <T> the result type
 */
interface SipExchange<T> {
    T send(HttpPipeline pipeline);

    CompletableFuture<T> sendAsync(HttpPipeline pipeline);

    static <T> SipExchange<T> of(ServiceRequest<T> request) {
        return new SipExchange<T>() {
            @Override
            public T send(HttpPipeline pipeline) {
                return pipeline.send(request);
            }

            @Override
            public CompletableFuture<T> sendAsync(HttpPipeline pipeline) {
                return pipeline.sendAsync(request);
            }
        };
    }

    static <T> SipExchange<T> value(T value) {
        return new SipExchange<T>() {
            @Override
            public T send(HttpPipeline pipeline) {
                return value;
            }

            @Override
            public CompletableFuture<T> sendAsync(HttpPipeline pipeline) {
                return CompletableFuture.completedFuture(value);
            }
        };
    }

    default <R> SipExchange<R> then(Function<? super T, SipExchange<R>> next) {
        SipExchange<T> first = this;
        return new SipExchange<R>() {
            @Override
            public R send(HttpPipeline pipeline) {
                return next.apply(first.send(pipeline)).send(pipeline);
            }

            @Override
            public CompletableFuture<R> sendAsync(HttpPipeline pipeline) {
                return first.sendAsync(pipeline).thenCompose(v -> next.apply(v).sendAsync(pipeline));
            }
        };
    }

    default <R> SipExchange<R> map(Function<? super T, ? extends R> mapper) {
        return then(v -> value(mapper.apply(v)));
    }
}
