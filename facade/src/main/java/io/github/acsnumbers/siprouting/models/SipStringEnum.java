package io.github.acsnumbers.siprouting.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Small base for the extensible string enums of the SIP models: unknown wire values are kept intact, equality is by
 * value. Stand-in until core's ExpandableStringEnum is available on main; subclasses keep the same public surface
 * ({@code fromString}, {@code values}, {@code toString}).
 *
 * @param <T> the concrete enum type
 */
abstract class SipStringEnum<T extends SipStringEnum<T>> {
    private static final Map<Class<?>, Map<String, SipStringEnum<?>>> KNOWN = new ConcurrentHashMap<>();

    private final String value;

    SipStringEnum(String value) {
        this.value = value;
    }

    static <T extends SipStringEnum<T>> T fromString(String value, Class<T> type, Function<String, T> factory) {
        if (value == null) {
            return null;
        }
        Map<String, SipStringEnum<?>> byValue = KNOWN.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        return type.cast(byValue.computeIfAbsent(value, factory));
    }

    static <T extends SipStringEnum<T>> Collection<T> values(Class<T> type) {
        Map<String, SipStringEnum<?>> byValue = KNOWN.getOrDefault(type, Map.of());
        Collection<T> all = new ArrayList<>();
        for (SipStringEnum<?> v : byValue.values()) {
            all.add(type.cast(v));
        }
        return Collections.unmodifiableCollection(all);
    }

    /** Returns the value as sent on the wire. */
    @Override
    public final String toString() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((SipStringEnum<?>) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }
}
