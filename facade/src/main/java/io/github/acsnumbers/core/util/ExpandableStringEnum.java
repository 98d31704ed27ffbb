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
    /**
     * Values remembered per subclass beyond the first ones (its constants, created when the subclass is
     * initialised): unknown values the service sends are interned only up to this many, later ones are fresh
     * instances that compare equal but are not kept, so a hostile or buggy page cannot grow memory for good.
     */
    static final int MAX_REMEMBERED = 256;

    private static final ClassValue<Registry> REGISTRIES = new ClassValue<>() {
        @Override
        protected Registry computeValue(Class<?> type) {
            return new Registry();
        }
    };

    private String value;

    /** For subclasses only; instances come from {@link #fromString(String, Class)}. */
    protected ExpandableStringEnum() {
    }

    /** One subclass's values: exact and case-folded indexes, both O(1). */
    private static final class Registry {
        final Map<String, ExpandableStringEnum<?>> exact = new ConcurrentHashMap<>();
        final Map<String, ExpandableStringEnum<?>> folded = new ConcurrentHashMap<>();

        ExpandableStringEnum<?> find(String value) {
            ExpandableStringEnum<?> hit = exact.get(value);
            return hit != null ? hit : folded.get(value.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Returns the instance for a value, creating it if it is new (and remembering it while fewer than
     * {@value #MAX_REMEMBERED} values are known). A value that differs from a known one only in letter case returns
     * the known instance, so {@code "TOLLFREE"} reads as {@code "tollFree"}. Constant time, whatever was seen before.
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
        Registry registry = REGISTRIES.get(type);
        ExpandableStringEnum<?> existing = registry.find(value);
        if (existing != null) {
            return type.cast(existing);
        }
        T created = newInstance(type, value);
        synchronized (registry) {
            existing = registry.find(value);
            if (existing != null) {
                return type.cast(existing);
            }
            if (registry.exact.size() < MAX_REMEMBERED) {
                registry.exact.put(value, created);
                registry.folded.putIfAbsent(value.toLowerCase(Locale.ROOT), created);
            }
        }
        return created;
    }

    /**
     * The values remembered for a subclass: its constants plus the first new ones parsed from responses (at most
     * {@value #MAX_REMEMBERED} in all).
     *
     * @param type the subclass
     * @param <T>  the subclass
     * @return an unmodifiable snapshot
     */
    protected static <T extends ExpandableStringEnum<T>> Collection<T> values(Class<T> type) {
        Collection<T> result = new ArrayList<>();
        for (ExpandableStringEnum<?> v : REGISTRIES.get(type).exact.values()) {
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
