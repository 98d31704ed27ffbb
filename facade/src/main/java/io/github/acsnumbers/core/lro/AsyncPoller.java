package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.http.HttpPipeline;
import io.github.acsnumbers.core.http.ServiceRequest;
import io.github.acsnumbers.core.util.Validation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The non-blocking twin of {@link SyncPoller}: waits between polls are scheduled, so no thread is held while an
 * operation runs.
 *
 * @param <T> the final result type
 */
public final class AsyncPoller<T> {
    private final HttpPipeline pipeline;
    private final LroDefinition<T> definition;
    private final Duration interval;
    private volatile OperationState state;
    private volatile CompletableFuture<T> result;

    private AsyncPoller(HttpPipeline pipeline, LroDefinition<T> definition, OperationState state, Duration interval) {
        this.pipeline = pipeline;
        this.definition = definition;
        this.state = state;
        this.interval = interval == null ? pipeline.pollInterval() : Validation.requirePositive(interval, "pollInterval");
    }

    /**
     * @param pipeline   the pipeline
     * @param start      the request that starts the operation
     * @param definition how to poll it
     * @param interval   poll interval, or null for the default
     * @param <T>        result type
     * @return a future of the poller, completed once the service accepted the operation
     */
    public static <T> CompletableFuture<AsyncPoller<T>> begin(HttpPipeline pipeline,
                                                              ServiceRequest<OperationState> start,
                                                              LroDefinition<T> definition, Duration interval) {
        return pipeline.sendAsync(start).thenApply(s -> new AsyncPoller<>(pipeline, definition, s, interval));
    }

    /**
     * @param pipeline   the pipeline
     * @param state      the state to continue from
     * @param definition how to poll it
     * @param interval   poll interval, or null
     * @param <T>        result type
     * @return the poller
     */
    public static <T> AsyncPoller<T> resume(HttpPipeline pipeline, OperationState state, LroDefinition<T> definition,
                                            Duration interval) {
        return new AsyncPoller<>(pipeline, definition, state, interval);
    }

    /** @return the status after one more poll */
    public CompletableFuture<OperationStatus> poll() {
        OperationState current = state;
        if (current.status().isComplete()) {
            return CompletableFuture.completedFuture(current.status());
        }
        return pipeline.sendAsync(definition.poll().apply(current)).thenApply(s -> {
            state = s;
            return s.status();
        });
    }

    /**
     * Polls until the operation is final, then fetches the result. Calling it twice returns the same future.
     * Cancelling the future stops the polling (not the service's operation: use {@link #cancelOperation()}).
     *
     * @return the result; completes exceptionally with a {@link CommunicationException} if the operation failed
     */
    public synchronized CompletableFuture<T> getFinalResult() {
        if (result == null) {
            CompletableFuture<T> f = new CompletableFuture<>();
            result = f;
            loop(f, true);
        }
        return result;
    }

    private void loop(CompletableFuture<T> f, boolean immediately) {
        if (f.isDone()) {
            return;
        }
        Runnable step = () -> poll().whenComplete((status, error) -> {
            if (error != null) {
                f.completeExceptionally(unwrap(error));
            } else if (!status.isComplete()) {
                loop(f, false);
            } else if (status.equals(OperationStatus.FAILED)) {
                f.completeExceptionally(SyncPoller.failed(state));
            } else if (status.equals(OperationStatus.CANCELLED)) {
                f.completeExceptionally(new CommunicationException("Operation " + state.operationId()
                    + " was cancelled", 0, null, null, ErrorKind.OPERATION_FAILED, state.operationId(), null));
            } else if (definition.finalResult() == null) {
                f.complete(null);
            } else {
                pipeline.sendAsync(definition.finalResult().apply(state)).whenComplete((value, e) -> {
                    if (e != null) {
                        f.completeExceptionally(unwrap(e));
                    } else {
                        f.complete(value);
                    }
                });
            }
        });
        if (immediately) {
            step.run();
        } else {
            OperationState s = state;
            Duration wait = s.retryAfter() != null ? s.retryAfter() : interval;
            pipeline.scheduler().schedule(step, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /**
     * Cancels the operation on the service.
     *
     * @return completes when the service accepted the cancellation
     */
    public CompletableFuture<Void> cancelOperation() {
        if (definition.cancel() == null) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("A '" + definition.kind()
                + "' operation cannot be cancelled."));
        }
        return pipeline.sendAsync(definition.cancel().apply(state)).thenRun(() ->
            state = state.withStatus(OperationStatus.CANCELLED));
    }

    /** @return the last status seen */
    public OperationStatus getStatus() {
        return state.status();
    }

    /** @return the operation id */
    public String getOperationId() {
        return state.operationId();
    }

    /** @return the last state seen */
    public OperationState getState() {
        return state;
    }

    /** @return a resume token */
    public String getResumeToken() {
        return ResumeToken.encode(definition.kind(), state);
    }

    @Override
    public String toString() {
        return "AsyncPoller{" + definition.kind() + " " + state.operationId() + ", " + state.status() + "}";
    }
}
