package io.github.acsnumbers.bench;

import io.github.acsnumbers.core.bulk.BulkOutcome;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions;
import io.github.acsnumbers.phonenumbers.bulk.BulkPhoneNumbers;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * How benchmark 6 updates the capabilities of many numbers with bounded concurrency: through the SDK's bulk helper
 * ({@link #bulkHelper}, {@code BulkPhoneNumbers}), or by hand with one async poller per number bounded by a
 * semaphore ({@link #pollerPerNumber}), which shows what the helper costs on top. The measurement is the same.
 */
interface CapabilityUpdates {

    /**
     * Outcome of one number.
     *
     * @param phoneNumber   the number
     * @param error         null on success
     * @param latencyNanos  from starting the update to its final result; -1 when the strategy cannot see it
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
     * The SDK's bulk helper, {@code BulkPhoneNumbers.updateCapabilities}; its operations poll at the client's
     * poll interval (set it on the builder).
     *
     * @param client the async client
     * @return the strategy
     */
    static CapabilityUpdates bulkHelper(PhoneNumbersAsyncClient client) {
        return new CapabilityUpdates() {
            @Override
            public List<Outcome> updateAll(List<String> numbers, PhoneNumberCapabilityType calling,
                                           PhoneNumberCapabilityType sms, int concurrency) {
                List<BulkOutcome<String, PurchasedPhoneNumber>> outcomes = new BulkPhoneNumbers(client, concurrency)
                    .updateCapabilities(numbers, calling, sms).join();
                List<Outcome> out = new ArrayList<>(outcomes.size());
                for (BulkOutcome<String, PurchasedPhoneNumber> o : outcomes) {
                    out.add(new Outcome(o.getKey(), o.getError().orElse(null), -1));
                }
                return out;
            }

            @Override
            public String describe() {
                return "BulkPhoneNumbers.updateCapabilities (the SDK's bulk helper)";
            }
        };
    }

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
                return "by hand: async begin + getFinalResult per number, Semaphore-bounded";
            }
        };
    }
}
