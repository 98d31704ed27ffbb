package io.github.acsnumbers.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.testing.SecretGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link PhoneNumbersAsyncClient} with 1,000 requests in flight at once against the emulator (which throws in
 * 20% faults, every kind but the slow response: 429 with and without Retry-After, 503, 500, dropped connections):
 * every request completes with the right answer.
 *
 * <p>OkHttp's default {@link Dispatcher} runs at most 64 calls (5 per host) and queues the rest; this test raises
 * both limits to 1,000 through the builder's {@code httpClient(...)}. An interceptor holds each first attempt until
 * all 1,000 have reached it, so the test proves (and asserts) that 1,000 calls were admitted by the dispatcher and in
 * flight in the client together, rather than waiting in its queue; the emulator then serves them with its 64
 * threads.
 */
class AsyncLoadTest {
    private static final int IN_FLIGHT = 1000;
    private static final int NUMBERS = 200;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void thousandRequestsInFlightThroughOneAsyncClientAllComplete() {
        FaultPlan faults = FaultPlan.of(0.2, 1000).withKinds(EnumSet.complementOf(EnumSet.of(FaultKind.SLOW_RESPONSE)))
            .withRetryAfterSeconds(1);
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(NUMBERS).threads(64)
                .faults(faults).start()) {
            SecretGuard.register(emulator.accessKey());
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(IN_FLIGHT);
            dispatcher.setMaxRequestsPerHost(IN_FLIGHT);
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            CountDownLatch allInFlight = new CountDownLatch(IN_FLIGHT);
            OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .callTimeout(2, TimeUnit.MINUTES).build();
            PhoneNumbersAsyncClient client = new PhoneNumbersClientBuilder().connectionString(emulator.connectionString())
                .httpClient(http)
                .retryOptions(RetryOptions.defaults().withMaxRetries(10).withBaseDelay(Duration.ofMillis(50))
                    .withMaxDelay(Duration.ofSeconds(1)))
                .addInterceptor(chain -> {
                    // counts calls between the dispatcher and the wire; the first IN_FLIGHT attempts wait for each
                    // other (bounded: a dispatcher that admits fewer fails the peak assertion below, not the run)
                    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        if (allInFlight.getCount() > 0) {
                            allInFlight.countDown();
                            try {
                                allInFlight.await(2, TimeUnit.MINUTES);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return chain.proceed(chain.request());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                })
                .buildAsyncClient();
            List<String> numbers = new ArrayList<>(emulator.state().purchasedNumbers());

            List<CompletableFuture<PurchasedPhoneNumber>> gets = new ArrayList<>();
            List<CompletableFuture<Page<PurchasedPhoneNumber>>> pages = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                if (i % 10 == 9) {
                    pages.add(client.listPurchasedPhoneNumbers().getPage(null));
                } else {
                    gets.add(client.getPurchasedPhoneNumber(numbers.get(i % numbers.size())));
                }
            }
            int wrong = 0;
            for (int i = 0, g = 0; i < IN_FLIGHT; i++) {
                if (i % 10 == 9) {
                    continue;
                }
                if (!numbers.get(i % numbers.size()).equals(gets.get(g++).join().getPhoneNumber())) {
                    wrong++;
                }
            }
            for (CompletableFuture<Page<PurchasedPhoneNumber>> p : pages) {
                assertTrue(!p.join().items().isEmpty(), "a first page of purchased numbers is not empty");
            }
            Map<FaultKind, Long> injected = emulator.faultCounts();
            System.out.println("ASYNC LOAD " + IN_FLIGHT + " requests through one async client: " + gets.size()
                + " gets and " + pages.size() + " list pages, all completed; wrong answers " + wrong + "; at most "
                + peak.get() + " calls in flight in the client together; requests served " + emulator.requestCount()
                + "; faults injected " + injected);
            assertEquals(0, wrong, "every get answers the number asked for");
            assertEquals(IN_FLIGHT, peak.get(), "calls in flight in the client together");
            assertEquals(IN_FLIGHT, gets.size() + pages.size());
            assertTrue(injected.values().stream().mapToLong(Long::longValue).sum() > 0, "faults were injected");
            assertEquals(0, emulator.rejectedAuthCount(), "requests rejected as wrongly signed");
        }
    }
}
