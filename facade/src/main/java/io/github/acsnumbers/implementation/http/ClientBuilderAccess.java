package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.AbstractClientBuilder;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * Lets the SDK's builders (in other packages) build the pipeline from {@link AbstractClientBuilder}'s settings
 * without a public or protected method that would put {@link HttpPipeline} into the exported API. The abstract
 * builder registers its pipeline factory once, when its class is initialised (before any builder exists). Not part
 * of the API.
 */
public final class ClientBuilderAccess {
    private static final AtomicReference<BiFunction<AbstractClientBuilder<?>, String, HttpPipeline>> FACTORY =
        new AtomicReference<>();

    private ClientBuilderAccess() {
    }

    /**
     * Registers the factory; only the first call counts.
     *
     * @param factory builds a pipeline from a builder's settings and the client's component name
     * @throws IllegalStateException if a factory is already registered
     */
    public static void setFactory(BiFunction<AbstractClientBuilder<?>, String, HttpPipeline> factory) {
        if (!FACTORY.compareAndSet(null, factory)) {
            throw new IllegalStateException("The pipeline factory is already registered.");
        }
    }

    /**
     * @param builder   the builder whose settings are used
     * @param component the client's name in the User-Agent
     * @return the pipeline
     * @throws IllegalStateException if the authentication settings are missing or contradictory
     */
    public static HttpPipeline buildPipeline(AbstractClientBuilder<?> builder, String component) {
        return FACTORY.get().apply(builder, component);
    }
}
