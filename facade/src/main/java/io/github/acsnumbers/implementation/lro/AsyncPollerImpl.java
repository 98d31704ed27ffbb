package io.github.acsnumbers.implementation.lro;


import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking twin of {@link io.github.acsnumbers.core.lro.SyncPoller}, running the same poll loop: waits between polls are scheduled on
 * the pipeline's sleeper, so no thread is held while an operation runs. Same methods, deadlines, errors and log
 * lines as the sync poller; every returned future completes.
 *
 * @param <T> the final result type
 */
public final class AsyncPollerImpl<T> extends PollerBase<T> implements AsyncPoller<T> {
    private CompletableFuture<T> result;

    private AsyncPollerImpl(PollLoop<T> loop) {
        super(loop);
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
        return pipeline.sendAsync(start).thenApply(s -> resume(pipeline, s, definition, interval));
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
        return new AsyncPollerImpl<>(new PollLoop<>(pipeline, definition, state, interval));
    }

    /** @return the status after one more poll */
    @Override
    public CompletableFuture<OperationStatus> poll() {
        return loop.poll().sendAsync(loop.pipeline());
    }

    /**
     * @return the final status; completes exceptionally if it is not final within the operation timeout
     */
    @Override
    public CompletableFuture<OperationStatus> waitForCompletion() {
        return loop.waitForCompletion().sendAsync(loop.pipeline());
    }

    /**
     * @param timeout the longest wait
     * @return the last status seen (not final if the time ran out)
     */
    @Override
    public CompletableFuture<OperationStatus> waitForCompletion(Duration timeout) {
        return loop.waitForCompletion(timeout).sendAsync(loop.pipeline());
    }

    /**
     * Polls until the operation is final (for at most the operation timeout, 30 minutes unless set), then fetches
     * the result. Calling it twice returns the same future. Cancelling the future stops the polling (not the
     * service's operation: use {@link #cancelOperation()}).
     *
     * @return the result; completes exceptionally with a {@link CommunicationException} if the operation failed,
     *         was cancelled or did not finish in time
     */
    @Override
    public synchronized CompletableFuture<T> getFinalResult() {
        if (result == null) {
            result = loop.finalResult().sendAsync(loop.pipeline());
        }
        return result;
    }

    /**
     * Cancels the operation on the service.
     *
     * @return completes when the service accepted the cancellation
     */
    @Override
    public CompletableFuture<Void> cancelOperation() {
        return loop.cancelOperation().sendAsync(loop.pipeline());
    }
}
