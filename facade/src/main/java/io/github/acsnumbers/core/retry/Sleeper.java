package io.github.acsnumbers.core.retry;

import java.time.Duration;

/**
 * How the SDK waits between retries and polls. Tests inject one that records the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits with {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
