package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.implementation.retry.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
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
}
