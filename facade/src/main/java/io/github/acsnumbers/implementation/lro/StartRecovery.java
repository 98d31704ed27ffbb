package io.github.acsnumbers.implementation.lro;

import io.github.acsnumbers.core.lro.OperationState;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.implementation.http.Exchange;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a long-running operation whose start request must never be blindly repeated (a purchase), yet must
 * survive a lost answer. When the start fails with an unknown outcome (no response, a timeout, a dropped
 * connection, or 500/502/504), the operation the start would have created is looked up by its predictable id
 * (the service names a purchase {@code purchase_<searchId>} and a reservation purchase
 * {@code reservationPurchase_<reservationId>}):
 * <ul>
 *   <li>found: the first attempt took effect, and polling continues on that operation (nothing is sent twice);</li>
 *   <li>404: the first attempt did not take effect, so sending the start again cannot double it;</li>
 *   <li>unknown again: wait and look again, a bounded number of times.</li>
 * </ul>
 * The whole recovery counts against the call timeout. It is one {@link Exchange}, run blocking by the sync client
 * and without blocking by the async one, with the same steps and log lines.
 */
public final class StartRecovery {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.retry");
    /** Look-ups and re-sends after an unknown outcome, at most. */
    static final int MAX_ROUNDS = 5;

    private StartRecovery() {
    }

    /**
     * @param e a failure of a start request
     * @return true when the request may or may not have been applied
     */
    public static boolean unknownOutcome(CommunicationException e) {
        int s = e.getStatusCode();
        return s == 0 || s == 500 || s == 502 || s == 504;
    }

    /**
     * The start and its recovery as one exchange, within the pipeline's call timeout (retries, waits and look-ups
     * included): a wait that would pass the deadline is not made, and the last error is reported instead.
     *
     * @param start  the start request
     * @param lookup reads the operation the start would have created (404 when it does not exist)
     * @return the state of the started (or found) operation
     */
    public static Exchange<OperationState> exchange(ServiceRequest<OperationState> start,
                                                    ServiceRequest<OperationState> lookup) {
        return Exchange.defer(() -> Exchange.call(start).recover(e -> {
            CommunicationException c = asCommunication(e);
            return c != null && unknownOutcome(c) ? round(start, lookup, 1, c) : Exchange.fail(e);
        })).withinCallTimeout();
    }

    private static Exchange<OperationState> round(ServiceRequest<OperationState> start,
                                                  ServiceRequest<OperationState> lookup, int round,
                                                  CommunicationException last) {
        if (round > MAX_ROUNDS) {
            return Exchange.fail(last);
        }
        Duration wait = backoff(round);
        return Exchange.ifTimeLeft(wait, last).then(ok -> {
            LOG.info("Start request outcome unknown ({}); checking in {} ms whether it took effect (check {} of {})",
                last.getStatusCode() == 0 ? "no answer" : "HTTP " + last.getStatusCode(), wait.toMillis(), round,
                MAX_ROUNDS);
            return Exchange.delay(wait);
        }).then(v -> Exchange.call(lookup).map(found -> {
            LOG.info("The answer to the start of operation {} was lost; it had been accepted, continuing it",
                found.operationId());
            return found;
        }).recover(e -> {
            CommunicationException c = asCommunication(e);
            if (c == null) {
                return Exchange.fail(e);
            }
            if (c.getStatusCode() == 404) {
                LOG.info("The first start request was not applied (its operation does not exist); sending it again");
                return Exchange.call(start).recover(again -> {
                    CommunicationException a = asCommunication(again);
                    return a != null && unknownOutcome(a) ? round(start, lookup, round + 1, a) : Exchange.fail(again);
                });
            }
            return unknownOutcome(c) || c.getStatusCode() == 429 || c.getStatusCode() == 503
                ? round(start, lookup, round + 1, c) : Exchange.fail(c);
        }));
    }

    /**
     * Runs the start request on the calling thread, recovering from an unknown outcome as described on the class.
     *
     * @param pipeline the pipeline
     * @param start    the start request
     * @param lookup   reads the operation the start would have created (404 when it does not exist)
     * @return the state of the started (or found) operation
     */
    public static OperationState start(HttpPipeline pipeline, ServiceRequest<OperationState> start,
                                       ServiceRequest<OperationState> lookup) {
        return exchange(start, lookup).send(pipeline);
    }

    /**
     * {@link #start} without blocking: the same exchange, run asynchronously.
     *
     * @param pipeline the pipeline
     * @param start    the start request
     * @param lookup   the look-up request
     * @return the state of the started (or found) operation
     */
    public static CompletableFuture<OperationState> startAsync(HttpPipeline pipeline,
                                                               ServiceRequest<OperationState> start,
                                                               ServiceRequest<OperationState> lookup) {
        return exchange(start, lookup).sendAsync(pipeline);
    }

    private static Duration backoff(int round) {
        return Duration.ofMillis(Math.min(8000, 250L << Math.min(round, 5)));
    }

    private static CommunicationException asCommunication(Throwable t) {
        Throwable u = Exchange.unwrap(t);
        return u instanceof CommunicationException ? (CommunicationException) u : null;
    }
}
