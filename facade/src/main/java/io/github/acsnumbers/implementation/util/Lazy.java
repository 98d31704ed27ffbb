package io.github.acsnumbers.implementation.util;

import java.util.function.Supplier;

/**
 * A value made on first use and then kept: the generated API objects are built on a client's first request, not when
 * the client is built, because making them initialises the generated JSON (an adapter for every model).
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> factory;
    private volatile T value;

    private Lazy(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    /**
     * @param factory makes the value once, on the first {@link #get()}; must not return null
     * @param <T> the type of the value
     * @return a lazily made value
     */
    public static <T> Lazy<T> of(Supplier<? extends T> factory) {
        return new Lazy<>(Validation.requireNonNull(factory, "factory"));
    }

    /** @return the value, made by the factory on the first call (once, even when threads race) */
    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
