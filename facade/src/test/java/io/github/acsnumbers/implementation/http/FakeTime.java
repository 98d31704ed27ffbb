package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One fake time source for both interpreters: a {@link Clock} that only moves when the SDK waits, and the
 * {@link Sleeper} that moves it. {@code sleep} advances the clock at once; {@code delay} does the same unless the
 * time is {@linkplain #hold() held}, in which case the waits pile up until {@link #releaseAll()}: so a test can see
 * how many asynchronous waits are pending at the same time.
 */
public final class FakeTime extends Clock implements Sleeper {
    private Instant now;
    private boolean held;
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();
    private final List<Duration> pendingWaits = new ArrayList<>();
    /** Every wait asked for, in order. */
    public final List<Duration> waits = new CopyOnWriteArrayList<>();
    private int maxPending;

    /** @param start the clock's first reading */
    public FakeTime(Instant start) {
        this.now = start;
    }

    /** A fake time from 2026-12-01T10:00:00Z. */
    public FakeTime() {
        this(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    /** @param d how far to move the clock */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        advance(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        synchronized (this) {
            if (held) {
                waits.add(duration);
                CompletableFuture<Void> f = new CompletableFuture<>();
                pending.add(f);
                pendingWaits.add(duration);
                maxPending = Math.max(maxPending, pending.size());
                notifyAll();
                return f;
            }
        }
        sleep(duration);
        return CompletableFuture.completedFuture(null);
    }

    /** From now on, asynchronous waits pile up until {@link #releaseAll()}. */
    public synchronized void hold() {
        held = true;
    }

    /**
     * Waits (in real time, at most {@code timeoutMillis}) until {@code count} asynchronous waits are pending.
     *
     * @param count         how many
     * @param timeoutMillis the longest real wait
     * @return the number pending when it returned
     * @throws InterruptedException if interrupted
     */
    public synchronized int awaitPending(int count, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (pending.size() < count) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return pending.size();
    }

    /** Moves the clock by the longest pending wait (they all ran together) and ends every pending wait. */
    public void releaseAll() {
        List<CompletableFuture<Void>> release;
        synchronized (this) {
            held = false;
            Duration longest = pendingWaits.stream().max(Duration::compareTo).orElse(Duration.ZERO);
            now = now.plus(longest);
            release = new ArrayList<>(pending);
            pending.clear();
            pendingWaits.clear();
        }
        release.forEach(f -> f.complete(null));
    }

    /** @return the most asynchronous waits that were pending at the same time */
    public synchronized int maxPending() {
        return maxPending;
    }
}
