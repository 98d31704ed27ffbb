package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many clients at once: a number is never held or sold twice. */
class ConcurrencyTest extends EmulatorTestBase {

    private static final int CLIENTS = 16;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private <T> List<T> race(Callable<T> task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    @Test
    void concurrentReservationsOfTheSameNumberHaveExactlyOneWinner() throws Exception {
        String number = client.post("/availablePhoneNumbers/countries/US/:browse?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\"}").json().getAsJsonArray("phoneNumbers").get(0)
                .getAsJsonObject().get("id").getAsString();
        List<Integer> statuses = race(() -> {
            TestClient c = new TestClient(emulator, clock);
            return c.patch("/availablePhoneNumbers/reservations/" + UUID.randomUUID() + "?api-version=" + V,
                    "{\"phoneNumbers\":{\"" + number + "\":{}}}").status();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 207).count(), statuses.toString());
        assertTrue(emulator.state().holds().get("+" + number).startsWith("reservation:"));
    }

    @Test
    void concurrentPurchasesOfOneSearchBuyItsNumbersOnce() throws Exception {
        String searchId = client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":3}").header("search-id");
        List<String> operationIds = race(() -> {
            TestClient c = new TestClient(emulator, clock);
            TestClient.Response r = c.post("/availablePhoneNumbers/:purchase?api-version=" + V,
                    "{\"searchId\":\"" + searchId + "\"}");
            assertEquals(202, r.status(), r.body());
            return r.header("operation-id");
        });
        assertEquals(Set.of("purchase_" + searchId), new HashSet<>(operationIds));
        assertEquals(3, emulator.state().purchasedNumbers().size());
    }

    @Test
    void concurrentSearchesNeverShareANumber() throws Exception {
        List<List<String>> results = race(() -> {
            TestClient c = new TestClient(emulator, clock);
            TestClient.Response s = c.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                    "{\"phoneNumberType\":\"geographic\",\"assignmentType\":\"application\",\"areaCode\":\"425\","
                            + "\"capabilities\":{\"calling\":\"inbound\",\"sms\":\"none\"},\"quantity\":5}");
            List<String> numbers = new ArrayList<>();
            for (JsonElement e : c.get(s.header("Location")).json().getAsJsonArray("phoneNumbers")) {
                numbers.add(e.getAsString());
            }
            return numbers;
        });
        Set<String> all = new HashSet<>();
        results.forEach(all::addAll);
        assertEquals(CLIENTS * 5, all.size());
        assertEquals(CLIENTS * 5, emulator.state().holds().size());
    }
}
