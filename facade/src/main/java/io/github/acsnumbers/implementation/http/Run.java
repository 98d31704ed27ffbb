package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.implementation.retry.Durations;
import io.github.acsnumbers.implementation.tracing.Telemetry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import okhttp3.Call;

/**
 * One run of an {@link Exchange}: the pipeline, the current deadline, what cancelling the run must stop, and the
 * public operation it belongs to (its span, the caller's options, the last response read).
 */
final class Run {
    private final HttpPipeline pipeline;
    private final Instant deadline;
    private final Cancel cancel;
    private final Scope scope;

    Run(HttpPipeline pipeline) {
        this(pipeline, null, new Cancel(), new Scope(Telemetry.noOperation(), null, new Last()));
    }

    private Run(HttpPipeline pipeline, Instant deadline, Cancel cancel, Scope scope) {
        this.pipeline = pipeline;
        this.deadline = deadline;
        this.cancel = cancel;
        this.scope = scope;
    }

    HttpPipeline pipeline() {
        return pipeline;
    }

    /** @return the deadline of this part of the run, or null when it has none */
    Instant deadline() {
        return deadline;
    }

    /** @return time left before the deadline (negative when passed; {@link Durations#FOREVER} without one) */
    Duration remaining() {
        return Exchange.remaining(pipeline.clock().instant(), deadline);
    }

    /** @return a run whose deadline is {@code timeout} from now, or this one's if that is sooner */
    Run within(Duration timeout) {
        Instant candidate = pipeline.clock().instant().plus(Durations.clamp(timeout));
        Instant d = deadline == null || candidate.isBefore(deadline) ? candidate : deadline;
        return new Run(pipeline, d, cancel, scope);
    }

    /**
     * @param operation the operation the steps now belong to
     * @param options   its options, or null to keep the enclosing ones
     * @return this run, in that operation
     */
    Run in(Telemetry.Operation operation, RequestOptions options) {
        return new Run(pipeline, deadline, cancel,
            new Scope(operation, options != null ? options : scope.options, scope.last));
    }

    /** @return the public operation the run belongs to (a no-op one outside any) */
    Telemetry.Operation operation() {
        return scope.operation;
    }

    /** @return the longest time one call may take: the caller's timeout, else the pipeline's call timeout */
    Duration callTimeout() {
        RequestOptions o = scope.options;
        return o != null && o.getTimeout() != null ? o.getTimeout() : pipeline.callTimeout();
    }

    /** @return the caller's extra headers (empty when none) */
    Map<String, String> extraHeaders() {
        RequestOptions o = scope.options;
        return o == null ? Map.of() : o.getHeaders();
    }

    /** @param response the last response read in this run */
    void lastResponse(ServiceResponse response) {
        scope.last.response = response;
    }

    /** @return the last response read in this run, or null */
    ServiceResponse lastResponse() {
        return scope.last.response;
    }

    void cancel() {
        cancel.cancelled = true;
        Call current = cancel.current;
        if (current != null) {
            current.cancel();
        }
    }

    void checkCancelled() {
        if (cancel.cancelled) {
            throw new CancellationException("cancelled");
        }
    }

    /** The run's steps are sequential: at most one HTTP call is in flight, the one registered last. */
    Call register(Call call) {
        cancel.current = call;
        if (cancel.cancelled) {
            call.cancel();
        }
        return call;
    }

    void unregister(Call call) {
        if (cancel.current == call) {
            cancel.current = null;
        }
    }

    private static final class Cancel {
        volatile boolean cancelled;
        volatile Call current;
    }

    /** Shared by a run and every part of it, so the last response is seen wherever it is asked for. */
    private static final class Last {
        volatile ServiceResponse response;
    }

    private record Scope(Telemetry.Operation operation, RequestOptions options, Last last) {
    }
}
