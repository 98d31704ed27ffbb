package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent clients that retry through every fault kind; the books must balance afterwards. */
class MiniSoakTest {

    @Test
    void retriedPurchasesUnderFaultsBuyEveryNumberExactlyOnce() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-06-17T10:00:00Z"));
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).operationDelay(Duration.ZERO)
                .faults(FaultPlan.of(0.3, 11).withSlowDelay(Duration.ofMillis(5))).start()) {
            Set<String> expected = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    TestClient c = new TestClient(emulator, clock);
                    int bought = 0;
                    for (int i = 0; i < 10; i++) {
                        TestClient.Response s = retry(() -> c.post("/availablePhoneNumbers/countries/US/:search"
                                + "?api-version=" + V, "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":"
                                + "\"application\",\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},"
                                + "\"quantity\":2}"), 202, false);
                        if (s == null) {
                            continue; // the search was lost with a dropped answer; its hold simply expires
                        }
                        String id = s.header("search-id");
                        TestClient.Response result = retry(() -> c.get(s.header("Location")), 200, true);
                        TestClient.Response p = retry(() -> c.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                                "{\"searchId\":\"" + id + "\"}"), 202, true);
                        assertTrue(p != null && result != null, "retries must eventually get through");
                        for (JsonElement n : result.json().getAsJsonArray("phoneNumbers")) {
                            expected.add(n.getAsString());
                        }
                        bought++;
                    }
                    return bought;
                }));
            }
            int bought = 0;
            for (Future<Integer> f : futures) {
                bought += f.get();
            }
            pool.shutdown();
            EmulatorState state = emulator.state();
            assertTrue(state.purchasedNumbers().containsAll(expected));
            assertEquals(expected.size(), state.purchasedNumbers().size(),
                    "only the numbers of searches the clients bought are owned");
            Set<String> heldAndBought = new HashSet<>(state.holds().keySet());
            heldAndBought.retainAll(state.purchasedNumbers());
            assertTrue(heldAndBought.isEmpty(), heldAndBought.toString());
            assertEquals(bought * 2, expected.size());
            assertTrue(emulator.faultCounts().values().stream().mapToLong(Long::longValue).sum() > 20);
        }
    }

    private interface Call {
        TestClient.Response run() throws Exception;
    }

    /**
     * Retries on 429/5xx and dropped connections. A dropped answer to a call that is not repeatable (a search: the
     * client never learns the id) gives up with {@code null}; GETs and purchases (keyed by the search id) repeat.
     */
    private static TestClient.Response retry(Call call, int want, boolean repeatable) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                TestClient.Response r = call.run();
                if (r.status() == want) {
                    return r;
                }
                if (r.status() != 429 && r.status() < 500) {
                    throw new AssertionError("unexpected " + r.status() + " " + r.body());
                }
            } catch (IOException dropped) {
                if (!repeatable) {
                    return null;
                }
            }
        }
        return null;
    }
}
