package io.github.acsnumbers.core.http;

import io.github.acsnumbers.core.retry.ReplaySafety;
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

    private ServiceRequest(Supplier<Call> call, ResponseHandler<T> handler, ReplaySafety replaySafety) {
        this.call = call;
        this.handler = handler;
        this.replaySafety = replaySafety;
    }

    /**
     * @param call    builds the (not yet executed) call, e.g. a generated {@code ...buildCall(null)}
     * @param handler reads a 2xx response
     * @param <T>     result type
     * @return the request; its replay safety follows the HTTP method
     */
    public static <T> ServiceRequest<T> of(Supplier<Call> call, ResponseHandler<T> handler) {
        return new ServiceRequest<>(call, handler, null);
    }

    /**
     * @param safety whether a replay after an unknown outcome is harmless
     * @return a copy with that setting
     */
    public ServiceRequest<T> replaySafety(ReplaySafety safety) {
        return new ServiceRequest<>(call, handler, safety);
    }

    /**
     * @param mapper a function of the result
     * @param <R>    new result type
     * @return a request with the same exchange and a mapped result
     */
    public <R> ServiceRequest<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
        ResponseHandler<T> h = handler;
        return new ServiceRequest<>(call, r -> mapper.apply(h.handle(r)), replaySafety);
    }

    Supplier<Call> call() {
        return call;
    }

    ResponseHandler<T> handler() {
        return handler;
    }

    ReplaySafety explicitReplaySafety() {
        return replaySafety;
    }
}
