package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The sweeper that bounds long attempts without waking a thread per call: it cancels only what passed its deadline,
 * reports that as a timeout, leaves disarmed attempts alone, stops when idle and starts again when needed.
 */
class AttemptTimerTest {
    private static final OkHttpClient CLIENT = new OkHttpClient();

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static Call call(String path) {
        // never executed: arming and cancelling need only the call object
        return CLIENT.newCall(new Request.Builder().url("http://127.0.0.1:9/" + path).build());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    @AfterAll
    static void shutDown() {
        CLIENT.dispatcher().executorService().shutdown();
    }

    @Test
    void aShortBoundIsOkHttpsOwnExactTimer() {
        AttemptTimer timer = new AttemptTimer(ms(1_000), ms(10), ms(100));
        Call c = call("short");
        AttemptTimer.Entry e = timer.arm(c, ms(300));
        assertSame(AttemptTimer.Entry.NONE, e);
        assertEquals(ms(300), c.timeout().timeoutNanos());
        IOException failure = new IOException("x");
        assertSame(failure, e.failure(failure), "OkHttp reports its own timeout");
        e.disarm();
        assertFalse(timer.sweeping(), "no sweeper for OkHttp's timer");
    }

    @Test
    void aLongBoundIsSweptAndReportedAsATimeout() throws Exception {
        AttemptTimer timer = new AttemptTimer(ms(20), ms(5), ms(200));
        Call c = call("long");
        long start = System.nanoTime();
        AttemptTimer.Entry e = timer.arm(c, ms(60));
        assertEquals(0, c.timeout().timeoutNanos(), "no OkHttp timer, so no watchdog wake-up");
        assertTrue(timer.sweeping());
        Thread sweeper = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> AttemptTimer.THREAD_NAME.equals(t.getName())).findFirst().orElseThrow();
        assertTrue(sweeper.isDaemon(), "it never keeps a JVM from exiting");
        assertEquals(null, sweeper.getContextClassLoader(), "nor an application's class loader alive");
        await(c::isCanceled, "the call past its deadline is cancelled");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waited >= 60, "not before its deadline: " + waited + " ms");
        IOException cancelled = new IOException("Canceled");
        IOException reported = e.failure(cancelled);
        assertInstanceOf(java.io.InterruptedIOException.class, reported);
        assertEquals("timeout", reported.getMessage(), "as OkHttp reports its call timeout");
        assertSame(cancelled, reported.getCause());
        assertEquals(0, timer.armed(x -> true), "a fired entry leaves the set");
    }

    @Test
    void aDisarmedAttemptIsNeverCancelled() throws Exception {
        AttemptTimer timer = new AttemptTimer(ms(20), ms(5), ms(200));
        Call done = call("done");
        Call stalled = call("stalled");
        AttemptTimer.Entry e = timer.arm(done, ms(40));
        timer.arm(stalled, ms(40));
        e.disarm();
        await(stalled::isCanceled, "the armed one fires");
        Thread.sleep(50);
        assertFalse(done.isCanceled(), "the disarmed one is left alone");
        IOException failure = new IOException("reset");
        assertSame(failure, e.failure(failure), "a failure of an attempt the timer did not cut is kept");
    }

    @Test
    void theSweeperStopsWhenIdleAndStartsAgain() throws Exception {
        AttemptTimer timer = new AttemptTimer(ms(20), ms(5), ms(50));
        timer.arm(call("a"), ms(1_000)).disarm();
        assertTrue(timer.sweeping());
        await(() -> !timer.sweeping(), "the sweeper ends after its linger with nothing armed");
        Call b = call("b");
        timer.arm(b, ms(30));
        assertTrue(timer.sweeping(), "arming starts it again");
        await(b::isCanceled, "and it still cuts attempts");
    }

    @Test
    void concurrentArmingLosesNoEntry() throws Exception {
        // a short linger makes the sweeper stop and restart often while other threads arm
        AttemptTimer timer = new AttemptTimer(ms(1), ms(1), ms(2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Call>>> kept = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                kept.add(pool.submit(() -> {
                    List<Call> left = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        Call c = call("c" + i);
                        AttemptTimer.Entry e = timer.arm(c, ms(5));
                        if (i % 100 == 0) {
                            left.add(c); // these stay armed and must be cut
                            Thread.sleep(3);
                        } else {
                            e.disarm();
                        }
                    }
                    return left;
                }));
            }
            for (Future<List<Call>> f : kept) {
                for (Call c : f.get(60, TimeUnit.SECONDS)) {
                    await(c::isCanceled, "every attempt left armed is cut, whatever the sweeper's restarts");
                }
            }
            await(() -> timer.armed(x -> true) == 0, "the set empties");
            await(() -> !timer.sweeping(), "and the sweeper stops");
        } finally {
            pool.shutdownNow();
        }
    }
}
