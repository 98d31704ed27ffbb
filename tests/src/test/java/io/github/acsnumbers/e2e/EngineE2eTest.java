package io.github.acsnumbers.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.core.retry.Sleeper;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine against the emulator, through the public API: an emulator that throttles every request with
 * {@code Retry-After: 1}. The async client's retry waits pile up together (none holds an OkHttp slot: OkHttp runs
 * 5 calls per host at a time), and both clients make the same waits and end with the same 429.
 */
class EngineE2eTest {
    private PhoneNumbersEmulator emulator;

    /** Records waits; asynchronous ones are held until released, so the test can count them. */
    static final class HoldingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();
        private final List<CompletableFuture<Void>> pending = new ArrayList<>();
        private int maxPending;

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        @Override
        public synchronized CompletableFuture<Void> delay(Duration duration) {
            waits.add(duration);
            CompletableFuture<Void> f = new CompletableFuture<>();
            pending.add(f);
            maxPending = Math.max(maxPending, pending.size());
            notifyAll();
            return f;
        }

        synchronized int awaitPending(int count) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pending.size() < count && System.nanoTime() < end) {
                wait(100);
            }
            return pending.size();
        }

        void releaseAll() {
            List<CompletableFuture<Void>> now;
            synchronized (this) {
                now = new ArrayList<>(pending);
                pending.clear();
            }
            now.forEach(f -> f.complete(null));
        }

        synchronized int maxPending() {
            return maxPending;
        }
    }

    @BeforeEach
    void start() {
        emulator = E2e.start(PhoneNumbersEmulator.builder().faults(FaultPlan.of(1.0, 7)
            .withKinds(Set.of(FaultKind.THROTTLE_WITH_RETRY_AFTER)).withRetryAfterSeconds(1)));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void throttledAsyncCallsWaitTogetherAndBothClientsEndTheSameWay() throws Exception {
        int calls = 32;
        HoldingSleeper sleeper = new HoldingSleeper();
        RetryOptions retry = RetryOptions.defaults().withMaxRetries(2);
        PhoneNumbersAsyncClient async = E2e.phoneNumbers(emulator).sleeper(sleeper).retryOptions(retry)
            .buildAsyncClient();
        List<CompletableFuture<PurchasedPhoneNumber>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(async.getPurchasedPhoneNumber("+1425555" + String.format("%04d", i)));
        }
        for (int round = 0; round < 2; round++) {
            assertEquals(calls, sleeper.awaitPending(calls), "round " + round + ": all calls wait together");
            sleeper.releaseAll();
        }
        for (CompletableFuture<PurchasedPhoneNumber> f : futures) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
            CommunicationException c = assertInstanceOf(CommunicationException.class, e.getCause());
            assertEquals(429, c.getStatusCode());
        }
        assertEquals(calls, sleeper.maxPending());
        assertEquals(2 * calls, sleeper.waits.size());
        assertTrue(sleeper.waits.stream().allMatch(Duration.ofSeconds(1)::equals), sleeper.waits::toString);

        HoldingSleeper syncSleeper = new HoldingSleeper();
        PhoneNumbersClient sync = E2e.phoneNumbers(emulator).sleeper(syncSleeper).retryOptions(retry)
            .buildClient();
        CommunicationException s = assertThrows(CommunicationException.class,
            () -> sync.getPurchasedPhoneNumber("+14255550000"));
        assertEquals(429, s.getStatusCode());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), syncSleeper.waits);
    }
}
