package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.implementation.tracing.Telemetry;
import java.util.function.Function;

/**
 * What a public operation adds to the exchanges it runs ({@link Exchange#in}): its name (the span that covers
 * it), the caller's {@link RequestOptions} (a timeout for the whole operation, headers on every attempt), or an
 * operation span that is already open (a long-running operation's, which its polls run under). Immutable.
 */
public final class CallContext {
    private final String name;
    private final RequestOptions options;
    private final Telemetry.Operation parent;

    private CallContext(String name, RequestOptions options, Telemetry.Operation parent) {
        this.name = name;
        this.options = options;
        this.parent = parent;
    }

    /**
     * @param name    the operation's span name, {@code <Service>.<method>}
     * @param options the caller's options, or null
     * @return the context of a public operation
     */
    public static CallContext operation(String name, RequestOptions options) {
        return new CallContext(name, options, null);
    }

    /**
     * @param operation an operation span that stays open after the exchange (a long-running operation's)
     * @return a context whose attempts are children of that span, which it never ends
     */
    public static CallContext under(Telemetry.Operation operation) {
        return new CallContext(null, null, operation);
    }

    /**
     * @param operation an operation span that stays open after the exchange (a long-running operation's)
     * @param options   the caller's options for this exchange, or null
     * @return a context whose attempts are children of that span, which it never ends
     */
    public static CallContext under(Telemetry.Operation operation, RequestOptions options) {
        return new CallContext(null, options, operation);
    }

    /**
     * Names every page request of a list: each page is fetched (and traced) as one operation.
     *
     * @param name    the list operation's span name
     * @param options the caller's options, or null
     * @param fetcher the page requests, by continuation token
     * @param <T>     page type
     * @return the same requests, each run in this context
     */
    public static <T> Function<String, ServiceRequest<T>> pages(String name, RequestOptions options,
                                                               Function<String, ServiceRequest<T>> fetcher) {
        CallContext context = operation(name, options);
        return token -> fetcher.apply(token).in(context);
    }

    /** @return the span name, or null when this context opens no span */
    public String name() {
        return name;
    }

    /** @return the caller's options, or null */
    public RequestOptions options() {
        return options;
    }

    /** @return the open span to run under, or null */
    Telemetry.Operation parent() {
        return parent;
    }

    @Override
    public String toString() {
        return "CallContext{" + name + ", " + options + "}";
    }
}
