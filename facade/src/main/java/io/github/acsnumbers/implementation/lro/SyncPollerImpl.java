package io.github.acsnumbers.implementation.lro;


import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.time.Duration;

/**
 * A blocking handle on a long-running operation. The operation has already been started when a poller exists.
 * Polls use the shared pipeline (signed, retried); waits use the injectable sleeper, at the configured interval
 * or the service's {@code Retry-After}, and never past a deadline. The loop is the one {@link io.github.acsnumbers.core.lro.AsyncPoller} runs
 * without blocking: both have the same methods, deadlines, errors and log lines.
 *
 * <p>Thread-safe.
 *
 * @param <T> the final result type ({@code Void} for operations without one)
 */
public final class SyncPollerImpl<T> extends PollerBase<T> implements SyncPoller<T> {
    private SyncPollerImpl(PollLoop<T> loop) {
        super(loop);
    }

    /**
     * Starts an operation and returns its poller.
     *
     * @param pipeline   the pipeline
     * @param start      the request that starts it (its handler reads the 202's headers)
     * @param definition how to poll it
     * @param interval   poll interval, or null for the pipeline's default
     * @param <T>        result type
     * @return the poller
     */
    public static <T> SyncPoller<T> begin(HttpPipeline pipeline, ServiceRequest<OperationState> start,
                                          LroDefinition<T> definition, Duration interval) {
        return resume(pipeline, pipeline.send(start), definition, interval);
    }

    /**
     * Continues an operation started elsewhere.
     *
     * @param pipeline   the pipeline
     * @param state      its state (from a resume token, or built from a bare operation id)
     * @param definition how to poll it
     * @param interval   poll interval, or null for the default
     * @param <T>        result type
     * @return the poller
     */
    public static <T> SyncPoller<T> resume(HttpPipeline pipeline, OperationState state, LroDefinition<T> definition,
                                           Duration interval) {
        return new SyncPollerImpl<>(new PollLoop<>(pipeline, definition, state, interval));
    }

    /**
     * Reads the operation's status once.
     *
     * @return the new status
     */
    @Override
    public OperationStatus poll() {
        return loop.poll().send(loop.pipeline());
    }

    /**
     * Waits until the operation is final, for at most the operation timeout ({@link SyncPoller#DEFAULT_TIMEOUT} unless set).
     *
     * @return the final status
     * @throws CommunicationException if it is still not final after the timeout
     */
    @Override
    public OperationStatus waitForCompletion() {
        return loop.waitForCompletion().send(loop.pipeline());
    }

    /**
     * Waits until the operation is final or the next poll would come after the timeout, whichever is first.
     *
     * @param timeout the longest wait
     * @return the last status seen (not final if the time ran out)
     */
    @Override
    public OperationStatus waitForCompletion(Duration timeout) {
        return loop.waitForCompletion(timeout).send(loop.pipeline());
    }

    /**
     * Waits for completion and returns the result.
     *
     * @return the result (null for operations without one)
     * @throws CommunicationException if the operation failed (with the service's error and the operation id), was
     *                                cancelled, or did not finish within the operation timeout
     */
    @Override
    public T getFinalResult() {
        return loop.finalResult().send(loop.pipeline());
    }

    /**
     * Cancels the operation on the service ({@code DELETE} on the operation).
     *
     * @throws UnsupportedOperationException if this kind of operation cannot be cancelled
     */
    @Override
    public void cancelOperation() {
        loop.cancelOperation().send(loop.pipeline());
    }
}
