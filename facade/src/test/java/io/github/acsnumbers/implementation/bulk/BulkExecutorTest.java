package io.github.acsnumbers.implementation.bulk;

import io.github.acsnumbers.core.bulk.BulkOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BulkExecutorTest {
    @Test
    void boundsConcurrencyAndKeepsEveryOutcomeInOrder() throws Exception {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(i);
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<CompletableFuture<String>> pending = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<List<BulkOutcome<Integer, String>>> all = BulkExecutor.run(items, 4, i -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<String> f = new CompletableFuture<>();
            pending.add(f);
            return f.whenComplete((v, e) -> inFlight.decrementAndGet());
        });
        // complete tasks one at a time, as they are started; odd items fail
        int completed = 0;
        while (completed < items.size()) {
            assertTrue(pending.size() - completed <= 4, "never more than 4 in flight");
            CompletableFuture<String> f = pending.get(completed);
            if (completed % 2 == 0) {
                f.complete("v" + completed);
            } else {
                f.completeExceptionally(new IllegalStateException("item " + completed + " failed"));
            }
            completed++;
        }
        List<BulkOutcome<Integer, String>> outcomes = all.get(5, TimeUnit.SECONDS);
        assertEquals(50, outcomes.size());
        assertEquals(4, peak.get());
        for (int i = 0; i < 50; i++) {
            BulkOutcome<Integer, String> o = outcomes.get(i);
            assertEquals(i, o.getKey());
            assertEquals(i % 2 == 0, o.isSuccess());
            if (i % 2 == 0) {
                assertEquals("v" + i, o.getValue().orElseThrow());
            } else {
                assertEquals("item " + i + " failed", o.getError().orElseThrow().getMessage());
            }
        }
    }

    @Test
    void aTaskThatThrowsIsAnOutcomeNotACrash() throws Exception {
        List<BulkOutcome<String, String>> outcomes = BulkExecutor.<String, String>run(List.of("a", "b"), 2, k -> {
            if (k.equals("a")) {
                throw new IllegalArgumentException("bad a");
            }
            return CompletableFuture.completedFuture("ok");
        }).get(5, TimeUnit.SECONDS);
        assertFalse(outcomes.get(0).isSuccess());
        assertTrue(outcomes.get(1).isSuccess());
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> BulkExecutor.run(List.of(1), 0, i -> null));
        assertThrows(IllegalArgumentException.class, () -> BulkExecutor.run(null, 1, i -> null));
        assertTrue(BulkExecutor.<Integer, String>run(List.of(), 3, i -> null).isDone());
    }
}
