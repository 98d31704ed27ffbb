package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.http.HttpPipeline;
import io.github.acsnumbers.core.http.ServiceRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
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
     * Runs the start request, recovering from an unknown outcome as described on the class.
     *
     * @param pipeline the pipeline
     * @param start    the start request
     * @param lookup   reads the operation the start would have created (404 when it does not exist)
     * @return the state of the started (or found) operation
     */
    public static OperationState start(HttpPipeline pipeline, ServiceRequest<OperationState> start,
                                       ServiceRequest<OperationState> lookup) {
        CommunicationException last;
        try {
            return pipeline.send(start);
        } catch (CommunicationException e) {
            if (!unknownOutcome(e)) {
                throw e;
            }
            last = e;
        }
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            pause(pipeline, round, last);
            try {
                OperationState found = pipeline.send(lookup);
                LOG.info("The answer to the start of operation {} was lost; it had been accepted, continuing it",
                    found.operationId());
                return found;
            } catch (CommunicationException e) {
                if (e.getStatusCode() != 404) {
                    if (!unknownOutcome(e) && e.getStatusCode() != 429 && e.getStatusCode() != 503) {
                        throw e;
                    }
                    last = e;
                    continue;
                }
            }
            try {
                LOG.info("The first start request was not applied (its operation does not exist); sending it again");
                return pipeline.send(start);
            } catch (CommunicationException e) {
                if (!unknownOutcome(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /**
     * The asynchronous twin of {@link #start}.
     *
     * @param pipeline the pipeline
     * @param start    the start request
     * @param lookup   the look-up request
     * @return the state of the started (or found) operation
     */
    public static CompletableFuture<OperationState> startAsync(HttpPipeline pipeline,
                                                               ServiceRequest<OperationState> start,
                                                               ServiceRequest<OperationState> lookup) {
        return pipeline.sendAsync(start).handle((state, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(state);
            }
            CommunicationException e = asCommunication(error);
            if (e == null || !unknownOutcome(e)) {
                return CompletableFuture.<OperationState>failedFuture(unwrap(error));
            }
            return recoverAsync(pipeline, start, lookup, 1, e);
        }).thenCompose(f -> f);
    }

    private static CompletableFuture<OperationState> recoverAsync(HttpPipeline pipeline,
                                                                  ServiceRequest<OperationState> start,
                                                                  ServiceRequest<OperationState> lookup, int round,
                                                                  CommunicationException last) {
        if (round > MAX_ROUNDS) {
            return CompletableFuture.failedFuture(last);
        }
        Duration wait = backoff(round);
        CompletableFuture<Void> delay = new CompletableFuture<>();
        pipeline.scheduler().schedule(() -> delay.complete(null), wait.toMillis(), TimeUnit.MILLISECONDS);
        return delay.thenCompose(v -> pipeline.sendAsync(lookup).handle((found, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(found);
            }
            CommunicationException e = asCommunication(error);
            if (e == null) {
                return CompletableFuture.<OperationState>failedFuture(unwrap(error));
            }
            if (e.getStatusCode() == 404) {
                return pipeline.sendAsync(start).handle((s, err) -> {
                    if (err == null) {
                        return CompletableFuture.completedFuture(s);
                    }
                    CommunicationException again = asCommunication(err);
                    return again != null && unknownOutcome(again)
                        ? recoverAsync(pipeline, start, lookup, round + 1, again)
                        : CompletableFuture.<OperationState>failedFuture(unwrap(err));
                }).thenCompose(f -> f);
            }
            return unknownOutcome(e) || e.getStatusCode() == 429 || e.getStatusCode() == 503
                ? recoverAsync(pipeline, start, lookup, round + 1, e)
                : CompletableFuture.<OperationState>failedFuture(e);
        }).thenCompose(f -> f));
    }

    private static Duration backoff(int round) {
        return Duration.ofMillis(Math.min(8000, 250L << Math.min(round, 5)));
    }

    private static void pause(HttpPipeline pipeline, int round, CommunicationException last) {
        Duration wait = backoff(round);
        LOG.info("Start request outcome unknown ({}); checking in {} ms whether it took effect (check {} of {})",
            last.getStatusCode() == 0 ? "no answer" : "HTTP " + last.getStatusCode(), wait.toMillis(), round,
            MAX_ROUNDS);
        try {
            pipeline.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw last;
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static CommunicationException asCommunication(Throwable t) {
        Throwable u = unwrap(t);
        return u instanceof CommunicationException ? (CommunicationException) u : null;
    }
}
