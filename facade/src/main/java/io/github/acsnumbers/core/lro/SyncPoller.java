package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.error.CommunicationException;
import java.time.Duration;

/**
 * A blocking handle on a long-running operation. The operation has already been started when a poller exists.
 * Polls use the client's pipeline (signed, retried); waits use its sleeper, at the configured interval or the
 * service's {@code Retry-After}, and never past a deadline. {@link AsyncPoller} runs the same loop without
 * blocking: both have the same methods, deadlines, errors and log lines.
 *
 * <p>The SDK's pollers are thread-safe. This is an interface so that you can stand in your own poller in tests.
 *
 * @param <T> the final result type ({@code Void} for operations without one)
 */
public interface SyncPoller<T> {
    /** The overall wait of {@link #waitForCompletion()} and {@link #getFinalResult()} unless the client sets one. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /** @return the last status seen, without a request */
    OperationStatus getStatus();

    /** @return the service's operation id */
    String getOperationId();

    /** @return the last state seen, without a request */
    OperationState getState();

    /** @return a token that the clients' {@code resume...} methods accept, also in another process */
    String getResumeToken();

    /**
     * Reads the operation's status once.
     *
     * @return the new status
     */
    OperationStatus poll();

    /**
     * Waits until the operation is final, for at most the operation timeout ({@link #DEFAULT_TIMEOUT} unless set).
     *
     * @return the final status
     * @throws CommunicationException if it is still not final after the timeout
     */
    OperationStatus waitForCompletion();

    /**
     * Waits until the operation is final or the next poll would come after the timeout, whichever is first.
     *
     * @param timeout the longest wait
     * @return the last status seen (not final if the time ran out)
     */
    OperationStatus waitForCompletion(Duration timeout);

    /**
     * Waits for completion and returns the result.
     *
     * @return the result (null for operations without one)
     * @throws CommunicationException if the operation failed (with the service's error and the operation id), was
     *                                cancelled, or did not finish within the operation timeout
     */
    T getFinalResult();

    /**
     * Cancels the operation on the service ({@code DELETE} on the operation).
     *
     * @throws UnsupportedOperationException if this kind of operation cannot be cancelled
     */
    void cancelOperation();

    /**
     * The former name of {@link #cancelOperation()}.
     *
     * @deprecated use {@link #cancelOperation()}, the name both pollers share
     */
    @Deprecated
    default void cancel() {
        cancelOperation();
    }
}
