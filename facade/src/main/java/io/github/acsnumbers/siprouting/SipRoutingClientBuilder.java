package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.AbstractClientBuilder;
import io.github.acsnumbers.implementation.http.ClientBuilderAccess;
import io.github.acsnumbers.implementation.util.Validation;

/**
 * Builds {@link SipRoutingClient} and {@link SipRoutingAsyncClient}. Authentication and HTTP settings come from
 * {@link AbstractClientBuilder}; the api-version defaults to the stable {@link SipRoutingServiceVersion#V2023_03_01}.
 *
 * <pre>{@code
 * SipRoutingClient client = new SipRoutingClientBuilder()
 *     .connectionString(System.getenv("COMMUNICATION_CONNECTION_STRING"))
 *     .buildClient();
 * }</pre>
 */
public final class SipRoutingClientBuilder extends AbstractClientBuilder<SipRoutingClientBuilder> {
    private SipRoutingServiceVersion serviceVersion = SipRoutingServiceVersion.getLatestStable();

    /** Creates a builder. */
    public SipRoutingClientBuilder() {
    }

    /**
     * Chooses the api-version. Preview-only operations and fields fail fast under the stable version.
     *
     * @param serviceVersion the version
     * @return this builder
     */
    public SipRoutingClientBuilder serviceVersion(SipRoutingServiceVersion serviceVersion) {
        this.serviceVersion = Validation.requireNonNull(serviceVersion, "serviceVersion");
        return this;
    }

    private SipRoutingOperations operations() {
        return new SipRoutingOperations(ClientBuilderAccess.buildPipeline(this, "siprouting"), serviceVersion);
    }

    /**
     * Builds a client that blocks the calling thread.
     *
     * @return the client
     * @throws IllegalStateException when endpoint or credential settings are missing or contradictory
     */
    public SipRoutingClient buildClient() {
        return new SipRoutingClient(operations());
    }

    /**
     * Builds a client whose methods return {@link java.util.concurrent.CompletableFuture}s.
     *
     * @return the client
     * @throws IllegalStateException when endpoint or credential settings are missing or contradictory
     */
    public SipRoutingAsyncClient buildAsyncClient() {
        return new SipRoutingAsyncClient(operations());
    }
}
