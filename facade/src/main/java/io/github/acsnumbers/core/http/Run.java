package io.github.acsnumbers.core.http;

import io.github.acsnumbers.core.retry.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;

/** One run of an {@link Exchange}: the pipeline, the current deadline, and what cancelling the run must stop. */
final class Run {
    private final HttpPipeline pipeline;
    private final Instant deadline;
    private final Cancel cancel;

    Run(HttpPipeline pipeline) {
        this(pipeline, null, new Cancel());
    }

    private Run(HttpPipeline pipeline, Instant deadline, Cancel cancel) {
        this.pipeline = pipeline;
        this.deadline = deadline;
        this.cancel = cancel;
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
        return new Run(pipeline, d, cancel);
    }

    void cancel() {
        cancel.cancelled.set(true);
        cancel.calls.forEach(Call::cancel);
    }

    void checkCancelled() {
        if (cancel.cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }

    Call register(Call call) {
        cancel.calls.add(call);
        if (cancel.cancelled.get()) {
            call.cancel();
        }
        return call;
    }

    void unregister(Call call) {
        cancel.calls.remove(call);
    }

    private static final class Cancel {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final Set<Call> calls = ConcurrentHashMap.newKeySet();
    }
}
