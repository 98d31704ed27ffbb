package io.github.acsnumbers.implementation.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import okhttp3.Call;

/**
 * Bounds HTTP attempts without a thread wake-up per attempt. OkHttp's own call timeout is exact, but it is an Okio
 * {@code AsyncTimeout}: starting one puts it at the head of the watchdog's queue and wakes the watchdog thread, once
 * per call. Measured with {@code perf}, that wake-up (the watchdog's CPU and the caller's {@code futex} call) was
 * about a tenth of the process CPU of a call to a local server.
 *
 * <p>Here a long bound (at least {@link #sweptFromNanos()}, as the default 60-second attempt is) is instead entered in
 * a set that one sweeper thread scans every {@link #tickNanos()}; an attempt past its deadline is cancelled, at most
 * one tick late, and its failure reported as OkHttp reports a timeout. Entering and leaving the set wakes nobody.
 * A shorter bound keeps OkHttp's exact timer, where a tick would be a visible error. The sweeper runs only while
 * attempts are armed, and ends after {@link #lingerNanos()} without any.
 */
final class AttemptTimer {
    /** The timer of every pipeline: bounds of 2 s and more are swept every 50 ms (at most 2.5 % late). */
    static final AttemptTimer SHARED = new AttemptTimer(TimeUnit.SECONDS.toNanos(2),
        TimeUnit.MILLISECONDS.toNanos(50), TimeUnit.SECONDS.toNanos(10));

    /** The sweeper thread's name. */
    static final String THREAD_NAME = "acs-phonenumbers attempt timer";

    private final long sweptFromNanos;
    private final long tickNanos;
    private final long lingerNanos;
    private final Set<Entry> armed = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private volatile boolean running;

    /**
     * @param sweptFromNanos the shortest bound the sweeper takes; shorter ones use OkHttp's call timeout
     * @param tickNanos      the time between two scans
     * @param lingerNanos    how long the sweeper keeps scanning an empty set before it ends
     */
    AttemptTimer(long sweptFromNanos, long tickNanos, long lingerNanos) {
        this.sweptFromNanos = sweptFromNanos;
        this.tickNanos = tickNanos;
        this.lingerNanos = lingerNanos;
    }

    long sweptFromNanos() {
        return sweptFromNanos;
    }

    long tickNanos() {
        return tickNanos;
    }

    long lingerNanos() {
        return lingerNanos;
    }

    /** @return whether the sweeper thread is running (for tests) */
    boolean sweeping() {
        return running;
    }

    /**
     * @param which the calls to count
     * @return how many of those calls are armed now (for tests)
     */
    int armed(Predicate<Call> which) {
        int n = 0;
        for (Entry e : armed) {
            if (which.test(e.call)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Bounds one attempt: a short bound becomes the call's own OkHttp timeout, a long one an entry of the sweeper.
     * Call it just before the call is executed or enqueued, and {@link Entry#disarm()} once its answer is read.
     *
     * @param call  the attempt's call
     * @param nanos the longest time the attempt may take, from now
     * @return the entry to disarm; {@link Entry#NONE} when OkHttp's timer was set
     */
    Entry arm(Call call, long nanos) {
        if (nanos < sweptFromNanos) {
            call.timeout().timeout(nanos, TimeUnit.NANOSECONDS);
            return Entry.NONE;
        }
        Entry e = new Entry(this, call, System.nanoTime() + nanos);
        armed.add(e);
        if (!running) {
            startSweeper();
        }
        return e;
    }

    private void startSweeper() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            Thread t = new Thread(this::sweep, THREAD_NAME);
            t.setDaemon(true);
            // started from whichever thread armed first: it must not keep that thread's (an application's) loader
            t.setContextClassLoader(null);
            t.start();
        }
    }

    private void sweep() {
        long idleSince = System.nanoTime();
        while (true) {
            LockSupport.parkNanos(this, tickNanos);
            long now = System.nanoTime();
            for (Entry e : armed) {
                if (now - e.deadline >= 0 && armed.remove(e)) {
                    e.fire();
                }
            }
            if (!armed.isEmpty()) {
                idleSince = now;
            } else if (now - idleSince >= lingerNanos && stopIfIdle()) {
                return;
            }
        }
    }

    /** Ends the sweeper unless an attempt was armed meanwhile; see {@link #arm}, which starts one if none runs. */
    private boolean stopIfIdle() {
        synchronized (lock) {
            running = false; // first: an arm() that still reads true has already added its entry, seen below
            if (armed.isEmpty()) {
                return true;
            }
            running = true;
            return false;
        }
    }

    /** One armed attempt. */
    static final class Entry {
        /** Nothing to disarm: OkHttp's own timer bounds the attempt. */
        static final Entry NONE = new Entry(null, null, 0);

        private final AttemptTimer timer;
        private final Call call;
        private final long deadline;
        private volatile boolean fired;

        private Entry(AttemptTimer timer, Call call, long deadline) {
            this.timer = timer;
            this.call = call;
            this.deadline = deadline;
        }

        private void fire() {
            fired = true;
            call.cancel();
        }

        /** The attempt's answer is read (or it failed): its deadline no longer applies. */
        void disarm() {
            if (timer != null) {
                timer.armed.remove(this);
            }
        }

        /**
         * @param failure how the attempt failed
         * @return the failure as OkHttp reports its own call timeout ({@code InterruptedIOException("timeout")})
         *         when this timer cancelled the attempt; otherwise the failure itself
         */
        IOException failure(IOException failure) {
            if (!fired) {
                return failure;
            }
            InterruptedIOException timeout = new InterruptedIOException("timeout");
            timeout.initCause(failure);
            return timeout;
        }
    }
}
