package io.github.acsnumbers.implementation.bulk;

import io.github.acsnumbers.core.bulk.BulkOutcome;

import io.github.acsnumbers.implementation.util.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one asynchronous task per item with at most {@code concurrency} in flight, and collects a per-item outcome
 * in input order. No thread waits: the next item starts when one finishes.
 */
public final class BulkExecutor {
    private BulkExecutor() {
    }

    /**
     * @param items       the items (copied; nulls rejected)
     * @param concurrency most tasks in flight at once (1–256)
     * @param task        starts the work for one item
     * @param <K>         item type
     * @param <V>         value type
     * @return completes with every item's outcome once all are done; never completes exceptionally for an item's
     *         failure
     */
    public static <K, V> CompletableFuture<List<BulkOutcome<K, V>>> run(List<K> items, int concurrency,
                                                                         Function<K, CompletableFuture<V>> task) {
        List<K> work = List.copyOf(Validation.requireNonNull(items, "items"));
        Validation.requireRange(concurrency, 1, 256, "concurrency");
        Validation.requireNonNull(task, "task");
        List<BulkOutcome<K, V>> outcomes = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(work.size(),
            null)));
        CompletableFuture<List<BulkOutcome<K, V>>> all = new CompletableFuture<>();
        if (work.isEmpty()) {
            all.complete(List.of());
            return all;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable[] launch = new Runnable[1];
        launch[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= work.size()) {
                return;
            }
            K key = work.get(i);
            CompletableFuture<V> f;
            try {
                f = task.apply(key);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((value, error) -> {
                outcomes.set(i, error == null ? BulkOutcome.success(key, value)
                    : BulkOutcome.failure(key, error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error));
                if (done.incrementAndGet() == work.size()) {
                    all.complete(List.copyOf(outcomes));
                } else {
                    launch[0].run();
                }
            });
        };
        for (int i = 0; i < Math.min(concurrency, work.size()); i++) {
            launch[0].run();
        }
        return all;
    }
}
