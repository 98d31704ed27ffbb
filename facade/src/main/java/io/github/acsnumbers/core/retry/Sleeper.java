package io.github.acsnumbers.core.retry;

import io.github.acsnumbers.implementation.retry.Durations;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How the SDK waits between retries, recovery checks and polls: {@link #sleep} for the blocking clients and
 * {@link #delay} for the asynchronous ones, so one implementation (a fake one in tests) drives both.
 *
 * <p>A custom sleeper that only implements {@link #sleep} is treated as a test double that returns at once: its
 * {@link #delay} calls {@link #sleep} on the calling thread. One that really waits must also override
 * {@link #delay} so that no thread is held while an asynchronous call waits.
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits in real time: {@link Thread#sleep(long)}, and a shared daemon timer thread for {@link #delay}. */
    Sleeper SYSTEM = new SystemSleeper();

    /**
     * Waits on the calling thread.
     *
     * @param duration how long (never negative)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits without holding a thread.
     *
     * @param duration how long (never negative)
     * @return a future completed once the wait is over (exceptionally if the wait could not be made)
     */
    default CompletableFuture<Void> delay(Duration duration) {
        try {
            sleep(duration);
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The real-time sleeper; its timer thread is created on first use and never holds the JVM open. */
    final class SystemSleeper implements Sleeper {
        private static final class Timer {
            static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "acs-sdk-timer");
                t.setDaemon(true);
                return t;
            });
        }

        private SystemSleeper() {
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, Durations.nanos(duration)));
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            Timer.INSTANCE.schedule(() -> {
                f.complete(null);
            }, Math.max(0, Durations.nanos(duration)), TimeUnit.NANOSECONDS);
            return f;
        }

        @Override
        public String toString() {
            return "Sleeper.SYSTEM";
        }
    }
}
