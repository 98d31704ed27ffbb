package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.http.HttpPipeline;
import io.github.acsnumbers.core.http.ServiceRequest;
import io.github.acsnumbers.core.util.Validation;
import java.time.Duration;
import java.time.Instant;

/**
 * A blocking handle on a long-running operation. The operation has already been started when a poller exists.
 * Polls use the shared pipeline (signed, retried); waits use the injectable sleeper, at the configured interval
 * or the service's {@code Retry-After}, and never past a deadline.
 *
 * <p>Thread-safe: state changes are synchronized.
 *
 * @param <T> the final result type ({@code Void} for operations without one)
 */
public final class SyncPoller<T> {
    /** The overall wait of {@link #waitForCompletion()} and {@link #getFinalResult()}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    private final HttpPipeline pipeline;
    private final LroDefinition<T> definition;
    private final Duration interval;
    private OperationState state;
    private boolean finalFetched;
    private T finalResult;

    private SyncPoller(HttpPipeline pipeline, LroDefinition<T> definition, OperationState state, Duration interval) {
        this.pipeline = pipeline;
        this.definition = definition;
        this.state = state;
        this.interval = interval == null ? pipeline.pollInterval() : Validation.requirePositive(interval, "pollInterval");
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
        return new SyncPoller<>(pipeline, definition, pipeline.send(start), interval);
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
        return new SyncPoller<>(pipeline, definition, state, interval);
    }

    /**
     * Reads the operation's status once.
     *
     * @return the new status
     */
    public synchronized OperationStatus poll() {
        if (!state.status().isComplete()) {
            state = pipeline.send(definition.poll().apply(state));
        }
        return state.status();
    }

    /**
     * Waits until the operation is final, for at most {@link #DEFAULT_TIMEOUT}.
     *
     * @return the final status
     * @throws CommunicationException if it is still not final after the timeout
     */
    public OperationStatus waitForCompletion() {
        OperationStatus status = waitForCompletion(DEFAULT_TIMEOUT);
        if (!status.isComplete()) {
            throw timeout(DEFAULT_TIMEOUT);
        }
        return status;
    }

    /**
     * Waits until the operation is final or the timeout passes, whichever is first.
     *
     * @param timeout the longest wait
     * @return the last status seen (not final if the timeout passed)
     */
    public OperationStatus waitForCompletion(Duration timeout) {
        Validation.requirePositive(timeout, "timeout");
        Instant deadline = pipeline.clock().instant().plus(timeout);
        OperationStatus status = poll();
        while (!status.isComplete()) {
            Duration wait = nextWait();
            Duration left = Duration.between(pipeline.clock().instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return status;
            }
            sleep(wait.compareTo(left) > 0 ? left : wait);
            if (!pipeline.clock().instant().isBefore(deadline) && wait.compareTo(left) > 0) {
                return poll();
            }
            status = poll();
        }
        return status;
    }

    /**
     * Waits for completion and returns the result.
     *
     * @return the result (null for operations without one)
     * @throws CommunicationException if the operation failed (with the service's error and the operation id), was
     *                                cancelled, or did not finish within {@link #DEFAULT_TIMEOUT}
     */
    public T getFinalResult() {
        OperationStatus status = waitForCompletion();
        synchronized (this) {
            if (status.equals(OperationStatus.FAILED)) {
                throw failed(state);
            }
            if (status.equals(OperationStatus.CANCELLED)) {
                throw new CommunicationException("Operation " + state.operationId() + " was cancelled", 0, null, null,
                    ErrorKind.OPERATION_FAILED, state.operationId(), null);
            }
            if (!finalFetched) {
                finalResult = definition.finalResult() == null ? null
                    : pipeline.send(definition.finalResult().apply(state));
                finalFetched = true;
            }
            return finalResult;
        }
    }

    /**
     * Cancels the operation on the service ({@code DELETE} on the operation).
     *
     * @throws UnsupportedOperationException if this kind of operation cannot be cancelled
     */
    public synchronized void cancel() {
        if (definition.cancel() == null) {
            throw new UnsupportedOperationException("A '" + definition.kind() + "' operation cannot be cancelled.");
        }
        pipeline.send(definition.cancel().apply(state));
        state = state.withStatus(OperationStatus.CANCELLED);
    }

    /** @return the last status seen, without a request */
    public synchronized OperationStatus getStatus() {
        return state.status();
    }

    /** @return the service's operation id */
    public synchronized String getOperationId() {
        return state.operationId();
    }

    /** @return the last state seen */
    public synchronized OperationState getState() {
        return state;
    }

    /** @return a token that {@code resume...} methods accept in another process */
    public synchronized String getResumeToken() {
        return ResumeToken.encode(definition.kind(), state);
    }

    private synchronized Duration nextWait() {
        return state.retryAfter() != null ? state.retryAfter() : interval;
    }

    private void sleep(Duration d) {
        try {
            pipeline.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommunicationException("Interrupted while waiting for operation " + getOperationId(), 0, null,
                null, ErrorKind.CLIENT_ERROR, getOperationId(), e);
        }
    }

    private CommunicationException timeout(Duration timeout) {
        return new CommunicationException("Operation " + getOperationId() + " did not finish within " + timeout
            + " (last status " + getStatus() + "); resume it later with its resume token or id", 0, null, null,
            ErrorKind.CLIENT_ERROR, getOperationId(), null);
    }

    static CommunicationException failed(OperationState state) {
        return new CommunicationException("Operation " + state.operationId() + " failed", 0, state.error(), null,
            ErrorKind.OPERATION_FAILED, state.operationId(), null);
    }

    @Override
    public synchronized String toString() {
        return "SyncPoller{" + definition.kind() + " " + state.operationId() + ", " + state.status() + "}";
    }
}
