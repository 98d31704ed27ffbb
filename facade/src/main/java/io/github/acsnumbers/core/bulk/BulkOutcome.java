package io.github.acsnumbers.core.bulk;

import java.util.Optional;

/**
 * The result of one item of a bulk operation: its value, or the exception that item failed with. One failed item
 * never hides the others.
 *
 * @param <K> the item key (e.g. a phone number)
 * @param <V> the value type
 */
public final class BulkOutcome<K, V> {
    private final K key;
    private final V value;
    private final Throwable error;

    private BulkOutcome(K key, V value, Throwable error) {
        this.key = key;
        this.value = value;
        this.error = error;
    }

    /**
     * @param key   the item
     * @param value its result
     * @param <K>   item type
     * @param <V>   result type
     * @return a successful outcome
     */
    public static <K, V> BulkOutcome<K, V> success(K key, V value) {
        return new BulkOutcome<>(key, value, null);
    }

    /**
     * @param key   the item
     * @param error why it failed
     * @param <K>   item type
     * @param <V>   result type
     * @return a failed outcome
     */
    public static <K, V> BulkOutcome<K, V> failure(K key, Throwable error) {
        return new BulkOutcome<>(key, null, error);
    }

    /** @return the item */
    public K getKey() {
        return key;
    }

    /** @return true when the item succeeded */
    public boolean isSuccess() {
        return error == null;
    }

    /** @return the value on success (may be empty for operations without a result) */
    public Optional<V> getValue() {
        return Optional.ofNullable(value);
    }

    /** @return the failure, when the item failed */
    public Optional<Throwable> getError() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return key + ": " + (error == null ? "ok" : "failed: " + error.getMessage());
    }
}
