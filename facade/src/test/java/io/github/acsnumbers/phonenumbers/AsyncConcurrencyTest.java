package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A burst of async calls through one client is on the wire at once, not queued five at a time behind OkHttp's
 * default per-host limit: the server answers none of them until all have arrived (or gives up after a bound).
 */
class AsyncConcurrencyTest extends PhoneNumbersTestBase {
    private static final int BURST = 24;

    @Test
    void aBurstOfAsyncCallsIsOnTheWireAtOnce() throws Exception {
        AtomicInteger mostAtOnce = holdUntil(BURST, 10_000);
        PhoneNumbersAsyncClient async = builder().buildAsyncClient();
        assertEquals(BURST, burst(async), "every call completes with its number");
        assertEquals(BURST, mostAtOnce.get(), "all the calls were in flight together");
    }

    @Test
    void aClientTheUserGaveKeepsItsOwnLimit() throws Exception {
        AtomicInteger mostAtOnce = holdUntil(BURST, 200);
        PhoneNumbersAsyncClient async = builder().httpClient(new OkHttpClient()).buildAsyncClient();
        assertEquals(BURST, burst(async), "every call still completes");
        assertEquals(5, mostAtOnce.get(), "OkHttp's default dispatcher runs five per host");
    }

    /** Answers each request once {@code expected} are in flight together, or after {@code millis}: never hangs. */
    private AtomicInteger holdUntil(int expected, long millis) {
        CountDownLatch all = new CountDownLatch(expected);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                all.countDown();
                all.await(millis, TimeUnit.MILLISECONDS);
                inFlight.decrementAndGet();
                String path = request.getUrl().encodedPath();
                String digits = path.substring(path.lastIndexOf("%2B") + 3);
                return json(200, PurchasedPhoneNumbersTest.number(digits, "geographic"));
            }
        });
        return most;
    }

    private static int burst(PhoneNumbersAsyncClient async) throws Exception {
        List<CompletableFuture<PurchasedPhoneNumber>> calls = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            calls.add(async.getPurchasedPhoneNumber("+1415555" + (1000 + i)));
        }
        int done = 0;
        for (int i = 0; i < BURST; i++) {
            PurchasedPhoneNumber n = calls.get(i).get(30, TimeUnit.SECONDS);
            assertTrue(n.getPhoneNumber().endsWith(String.valueOf(1000 + i)), n.getPhoneNumber());
            done++;
        }
        return done;
    }
}
