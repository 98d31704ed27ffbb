package io.github.acsnumbers.implementation.lro;

import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.ResumeToken;

import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.http.Exchange;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.retry.Durations;
import io.github.acsnumbers.implementation.util.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one poll loop behind {@link io.github.acsnumbers.core.lro.SyncPoller} and {@link io.github.acsnumbers.core.lro.AsyncPoller}: each method describes an {@link Exchange}
 * that the sync poller runs blocking and the async poller runs without blocking, so both poll, wait, time out,
 * fail, cancel and log the same way.
 *
 * @param <T> the final result type
 */
public final class PollLoop<T> {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.lro");

    private final HttpPipeline pipeline;
    private final LroDefinition<T> definition;
    private final Duration interval;
    private final AtomicReference<OperationState> state;
    private final AtomicReference<Result<T>> finalResult = new AtomicReference<>();
    /** The HTTP status of the last poll answer (0 before the first): a failed operation is reported with it. */
    private volatile int lastPollStatus;

    private record Result<T>(T value) {
    }

    /** Where a wait stands: the last status, and whether the next wait would pass the deadline. */
    private record Progress(OperationStatus status, boolean outOfTime) {
        boolean over() {
            return outOfTime || status.isComplete();
        }
    }

    /**
     * @param pipeline   the pipeline
     * @param definition how to poll
     * @param state      the state to start from
     * @param interval   poll interval, or null for the pipeline's default
     */
    public PollLoop(HttpPipeline pipeline, LroDefinition<T> definition, OperationState state, Duration interval) {
        this.pipeline = Validation.requireNonNull(pipeline, "pipeline");
        this.definition = Validation.requireNonNull(definition, "definition");
        this.state = new AtomicReference<>(Validation.requireNonNull(state, "state"));
        this.interval = interval == null ? pipeline.pollInterval() : Validation.requirePositive(interval, "pollInterval");
    }

    /** @return the pipeline */
    public HttpPipeline pipeline() {
        return pipeline;
    }

    /** @return the last state seen */
    public OperationState state() {
        return state.get();
    }

    /** @return how the operation is polled */
    public LroDefinition<T> definition() {
        return definition;
    }

    /**
     * One poll (none when the operation is already final).
     *
     * @return the exchange of the poll, yielding the new status
     */
    public Exchange<OperationStatus> poll() {
        return Exchange.defer(() -> {
            OperationState current = state.get();
            if (current.status().isComplete()) {
                return Exchange.value(current.status());
            }
            return Exchange.call(definition.poll().apply(current).observe(r -> lastPollStatus = r.status()))
                .map(s -> {
                state.set(s);
                return s.status();
            });
        });
    }

    /**
     * Polls until the operation is final or the next wait would end after {@code timeout} from now.
     *
     * @param timeout the longest wait
     * @return the last status seen (not final when the time ran out)
     */
    public Exchange<OperationStatus> waitForCompletion(Duration timeout) {
        Validation.requirePositive(timeout, "timeout");
        return Exchange.defer(() -> {
            Instant deadline = pipeline.clock().instant().plus(Durations.clamp(timeout));
            return poll().then(first -> Exchange.loop(new Progress(first, false), Progress::over,
                p -> step(deadline))).map(Progress::status);
        });
    }

    /** Like {@link #waitForCompletion(Duration)} with the operation timeout, which also bounds each poll call. */
    private Exchange<OperationStatus> waitBounded(Duration timeout) {
        return Exchange.within(timeout, waitForCompletion(timeout));
    }

    private Exchange<Progress> step(Instant deadline) {
        OperationState s = state.get();
        Duration wait = Durations.clamp(s.retryAfter() != null ? s.retryAfter() : interval);
        Duration left = Duration.between(pipeline.clock().instant(), deadline);
        if (wait.compareTo(left) >= 0) {
            LOG.debug("Operation {} is {}; the next poll, in {}, would come after the deadline", s.operationId(),
                s.status(), Durations.describe(wait));
            return Exchange.value(new Progress(s.status(), true));
        }
        LOG.debug("Operation {} is {}; polling again in {}", s.operationId(), s.status(), Durations.describe(wait));
        return Exchange.delay(wait).then(v -> poll()).map(status -> new Progress(status, false));
    }

    /**
     * Waits (for at most the pipeline's operation timeout) and reads the result; the result is fetched once.
     *
     * @return the result
     */
    public Exchange<T> finalResult() {
        Duration timeout = pipeline.operationTimeout();
        return Exchange.defer(() -> {
            Result<T> known = finalResult.get();
            if (known != null) {
                return Exchange.value(known.value());
            }
            return waitBounded(timeout).then(status -> {
                OperationState s = state.get();
                if (!status.isComplete()) {
                    return Exchange.fail(timeout(timeout));
                }
                if (status.equals(OperationStatus.FAILED)) {
                    return Exchange.fail(failed(s, lastPollStatus));
                }
                if (status.equals(OperationStatus.CANCELLED)) {
                    return Exchange.fail(new CommunicationException("Operation " + s.operationId()
                        + " was cancelled", 0, null, null, ErrorKind.OPERATION_FAILED, s.operationId(), null));
                }
                Exchange<T> fetch = definition.finalResult() == null ? Exchange.value(null)
                    : Exchange.call(definition.finalResult().apply(s));
                return fetch.map(value -> {
                    finalResult.compareAndSet(null, new Result<>(value));
                    return finalResult.get().value();
                });
            });
        });
    }

    /**
     * Waits with the operation timeout and throws if the operation is still not final.
     *
     * @return the exchange of the wait, yielding the final status
     */
    public Exchange<OperationStatus> waitForCompletion() {
        Duration timeout = pipeline.operationTimeout();
        return waitBounded(timeout).then(status -> status.isComplete() ? Exchange.value(status)
            : Exchange.fail(timeout(timeout)));
    }

    /**
     * Cancels the operation on the service.
     *
     * @return the exchange of the cancellation
     */
    public Exchange<Void> cancelOperation() {
        return Exchange.defer(() -> {
            if (definition.cancel() == null) {
                return Exchange.fail(new UnsupportedOperationException("A '" + definition.kind()
                    + "' operation cannot be cancelled."));
            }
            OperationState s = state.get();
            LOG.info("Cancelling operation {}", s.operationId());
            return Exchange.call(definition.cancel().apply(s)).map(v -> {
                state.updateAndGet(current -> current.withStatus(OperationStatus.CANCELLED));
                return null;
            });
        });
    }

    /** @return the resume token of the current state */
    public String resumeToken() {
        return ResumeToken.encode(definition.kind(), state.get());
    }

    private CommunicationException timeout(Duration timeout) {
        OperationState s = state.get();
        return new CommunicationException("Operation " + s.operationId() + " did not finish within "
            + Durations.describe(timeout) + " (last status " + s.status()
            + "); resume it later with its resume token or id", 0, null, null, ErrorKind.CLIENT_ERROR,
            s.operationId(), null);
    }

    /**
     * The error that ends a failed operation: the service's error of the operation, classified by its code (a release
     * of a number the resource does not own ends {@code NotFound}: {@link ErrorKind#NOT_FOUND}), with the HTTP
     * status of the poll answer that reported the failure; {@link ErrorKind#OPERATION_FAILED} when the code is
     * unknown or missing.
     *
     * @param state      a failed operation's state
     * @param pollStatus the HTTP status of the poll answer that reported it (0 when none was read)
     * @return the error that ends it
     */
    public static CommunicationException failed(OperationState state, int pollStatus) {
        CommunicationError error = state.error();
        ErrorKind kind = ErrorKind.OPERATION_FAILED;
        if (error != null) {
            ErrorKind byCode = ErrorKind.classify(0, error.code(),
                error.innerError() == null ? null : error.innerError().code());
            if (byCode != ErrorKind.CLIENT_ERROR) {
                kind = byCode;
            }
        }
        return new CommunicationException("Operation " + state.operationId() + " failed", pollStatus, error, null,
            kind, state.operationId(), null);
    }

    @Override
    public String toString() {
        OperationState s = state.get();
        return definition.kind() + " " + s.operationId() + ", " + s.status();
    }
}
