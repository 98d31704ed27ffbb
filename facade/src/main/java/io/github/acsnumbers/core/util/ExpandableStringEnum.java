package io.github.acsnumbers.core.util;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the SDK's extensible enumerations: the service adds values between api-versions, and a value this
 * version of the SDK does not know must still parse and round-trip intact (a Java {@code enum} cannot do that).
 *
 * <p>Subclasses declare their known values as constants created with {@link #fromString(String, Class)} and a
 * private no-argument constructor. Two instances are equal when they are of the same class and carry the same
 * value.
 *
 * @param <T> the concrete subclass
 */
public abstract class ExpandableStringEnum<T extends ExpandableStringEnum<T>> {
    private static final Map<Class<?>, Map<String, ExpandableStringEnum<?>>> VALUES = new ConcurrentHashMap<>();

    private String value;

    /** For subclasses only; instances come from {@link #fromString(String, Class)}. */
    protected ExpandableStringEnum() {
    }

    /**
     * Returns the instance for a value, creating (and remembering) it if it is new. A value that differs from a
     * known one only in letter case returns the known instance, so {@code "TOLLFREE"} reads as {@code "tollFree"}.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @param type  the subclass
     * @param <T>   the subclass
     * @return the instance
     */
    protected static <T extends ExpandableStringEnum<T>> T fromString(String value, Class<T> type) {
        if (value == null) {
            return null;
        }
        Map<String, ExpandableStringEnum<?>> known = VALUES.computeIfAbsent(type, k -> new ConcurrentHashMap<>());
        ExpandableStringEnum<?> existing = known.get(value);
        if (existing == null) {
            for (ExpandableStringEnum<?> candidate : known.values()) {
                if (candidate.value.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                    return type.cast(candidate);
                }
            }
            existing = known.computeIfAbsent(value, v -> newInstance(type, v));
        }
        return type.cast(existing);
    }

    /**
     * All values seen so far for a subclass: the known constants plus any new ones parsed from responses.
     *
     * @param type the subclass
     * @param <T>  the subclass
     * @return an unmodifiable snapshot
     */
    protected static <T extends ExpandableStringEnum<T>> Collection<T> values(Class<T> type) {
        Map<String, ExpandableStringEnum<?>> known = VALUES.getOrDefault(type, Map.of());
        Collection<T> result = new ArrayList<>();
        for (ExpandableStringEnum<?> v : known.values()) {
            result.add(type.cast(v));
        }
        return Collections.unmodifiableCollection(result);
    }

    private static <T extends ExpandableStringEnum<T>> T newInstance(Class<T> type, String value) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            ((ExpandableStringEnum<?>) instance).value = value;
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a no-argument constructor", e);
        }
    }

    /** @return the wire value */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
            && Objects.equals(value, ((ExpandableStringEnum<?>) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), value);
    }
}
