package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.implementation.retry.ReplaySafety;
import java.util.function.Supplier;
import okhttp3.Call;

/**
 * One operation's HTTP exchange, described once and run either synchronously or asynchronously by the
 * {@link HttpPipeline}: how to build the call, how to read a successful answer, and whether the request may be
 * replayed after an unknown outcome.
 *
 * @param <T> the result type
 */
public final class ServiceRequest<T> {
    private final Supplier<Call> call;
    private final ResponseHandler<T> handler;
    private final ReplaySafety replaySafety;
    private final boolean confidential;

    private ServiceRequest(Supplier<Call> call, ResponseHandler<T> handler, ReplaySafety replaySafety,
                           boolean confidential) {
        this.call = call;
        this.handler = handler;
        this.replaySafety = replaySafety;
        this.confidential = confidential;
    }

    /**
     * @param call    builds the (not yet executed) call, e.g. a generated {@code ...buildCall(null)}
     * @param handler reads a 2xx response
     * @param <T>     result type
     * @return the request; its replay safety follows the HTTP method
     */
    public static <T> ServiceRequest<T> of(Supplier<Call> call, ResponseHandler<T> handler) {
        return new ServiceRequest<>(call, handler, null, false);
    }

    /**
     * @param safety whether a replay after an unknown outcome is harmless
     * @return a copy with that setting
     */
    public ServiceRequest<T> replaySafety(ReplaySafety safety) {
        return new ServiceRequest<>(call, handler, safety, confidential);
    }

    /**
     * Marks an exchange whose request or response bodies hold a credential (an access token): when it fails with a
     * body that is not the service's error envelope, the exception says how long the body was instead of quoting
     * its first characters.
     *
     * @return a copy so marked
     */
    public ServiceRequest<T> confidential() {
        return new ServiceRequest<>(call, handler, replaySafety, true);
    }

    /**
     * @param mapper a function of the result
     * @param <R>    new result type
     * @return a request with the same exchange and a mapped result
     */
    public <R> ServiceRequest<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
        ResponseHandler<T> h = handler;
        return new ServiceRequest<>(call, r -> mapper.apply(h.handle(r)), replaySafety, confidential);
    }

    /**
     * @param observer sees the (successful) response before the handler reads it
     * @return a request with the same exchange and result that also tells the observer about the response
     */
    public ServiceRequest<T> observe(java.util.function.Consumer<ServiceResponse> observer) {
        ResponseHandler<T> h = handler;
        return new ServiceRequest<>(call, r -> {
            observer.accept(r);
            return h.handle(r);
        }, replaySafety, confidential);
    }

    Supplier<Call> call() {
        return call;
    }

    ResponseHandler<T> handler() {
        return handler;
    }

    boolean isConfidential() {
        return confidential;
    }

    ReplaySafety explicitReplaySafety() {
        return replaySafety;
    }
}
