package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.error.CommunicationException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking twin of {@link SyncPoller}, running the same poll loop: waits between polls are scheduled on
 * the client's sleeper, so no thread is held while an operation runs. Same methods, deadlines, errors and log
 * lines as the sync poller; every returned future completes.
 *
 * <p>This is an interface so that you can stand in your own poller in tests.
 *
 * @param <T> the final result type
 */
public interface AsyncPoller<T> {
    /** @return the last status seen, without a request */
    OperationStatus getStatus();

    /** @return the service's operation id */
    String getOperationId();

    /** @return the last state seen, without a request */
    OperationState getState();

    /** @return a token that the clients' {@code resume...} methods accept, also in another process */
    String getResumeToken();

    /** @return the status after one more poll */
    CompletableFuture<OperationStatus> poll();

    /**
     * @return the final status; completes exceptionally if it is not final within the operation timeout
     */
    CompletableFuture<OperationStatus> waitForCompletion();

    /**
     * @param timeout the longest wait
     * @return the last status seen (not final if the time ran out)
     */
    CompletableFuture<OperationStatus> waitForCompletion(Duration timeout);

    /**
     * Polls until the operation is final (for at most the operation timeout, 30 minutes unless set), then fetches
     * the result. Calling it twice returns the same future. Cancelling the future stops the polling (not the
     * service's operation: use {@link #cancelOperation()}).
     *
     * @return the result; completes exceptionally with a {@link CommunicationException} if the operation failed,
     *         was cancelled or did not finish in time
     */
    CompletableFuture<T> getFinalResult();

    /**
     * Cancels the operation on the service.
     *
     * @return completes when the service accepted the cancellation
     */
    CompletableFuture<Void> cancelOperation();
}
