package io.github.acsnumbers.bench;

import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * How benchmark 6 updates the capabilities of many numbers with bounded concurrency. Today: one async poller per
 * number, bounded by a semaphore ({@link #pollerPerNumber}). When the async client gets its bulk helper, add an
 * implementation that calls it and choose it in {@link BulkBenchmark}; the measurement stays the same.
 */
interface CapabilityUpdates {

    /**
     * Outcome of one number.
     *
     * @param phoneNumber   the number
     * @param error         null on success
     * @param latencyNanos  from starting the update to its final result
     */
    record Outcome(String phoneNumber, Throwable error, long latencyNanos) {
    }

    /**
     * Updates every number, at most {@code concurrency} at a time, and completes when all are done; one failure
     * never hides the others.
     *
     * @param numbers     the numbers (E.164)
     * @param calling     new calling capability
     * @param sms         new SMS capability
     * @param concurrency how many updates may be in flight
     * @return one outcome per number, in order
     */
    List<Outcome> updateAll(List<String> numbers, PhoneNumberCapabilityType calling, PhoneNumberCapabilityType sms,
                            int concurrency);

    /** A short description for the report. */
    String describe();

    /**
     * One {@code beginUpdatePhoneNumberCapabilities} + {@code getFinalResult} per number on the async client,
     * bounded by a semaphore that the caller's thread acquires before starting each one.
     *
     * @param client       the async client
     * @param pollInterval poll interval of each update
     * @return the strategy
     */
    static CapabilityUpdates pollerPerNumber(PhoneNumbersAsyncClient client, Duration pollInterval) {
        LongRunningOperationOptions options = new LongRunningOperationOptions().withPollInterval(pollInterval);
        return new CapabilityUpdates() {
            @Override
            public List<Outcome> updateAll(List<String> numbers, PhoneNumberCapabilityType calling,
                                           PhoneNumberCapabilityType sms, int concurrency) {
                Semaphore permits = new Semaphore(concurrency);
                List<CompletableFuture<Outcome>> futures = new ArrayList<>(numbers.size());
                for (String n : numbers) {
                    permits.acquireUninterruptibly();
                    CompletableFuture<Outcome> f;
                    long start = System.nanoTime();
                    try {
                        f = client.beginUpdatePhoneNumberCapabilities(n, calling, sms, options)
                            .thenCompose(AsyncPoller::getFinalResult)
                            .handle((value, error) -> new Outcome(n, error, System.nanoTime() - start));
                    } catch (RuntimeException e) {
                        f = CompletableFuture.completedFuture(new Outcome(n, e, System.nanoTime() - start));
                    }
                    futures.add(f.whenComplete((o, e) -> permits.release()));
                }
                return futures.stream().map(CompletableFuture::join).toList();
            }

            @Override
            public String describe() {
                return "async beginUpdatePhoneNumberCapabilities + getFinalResult per number, Semaphore-bounded";
            }
        };
    }
}
