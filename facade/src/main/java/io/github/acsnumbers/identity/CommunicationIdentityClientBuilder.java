package io.github.acsnumbers.identity;

import io.github.acsnumbers.core.AbstractClientBuilder;
import io.github.acsnumbers.implementation.http.ClientBuilderAccess;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.util.Validation;

/**
 * Builds {@link CommunicationIdentityClient} and {@link CommunicationIdentityAsyncClient}, authenticated and
 * configured like every other client of the SDK:
 *
 * <pre>{@code
 * CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder()
 *     .connectionString(System.getenv("ACS_CONNECTION_STRING"))
 *     .buildClient();
 * }</pre>
 */
public final class CommunicationIdentityClientBuilder
    extends AbstractClientBuilder<CommunicationIdentityClientBuilder> {
    private CommunicationIdentityServiceVersion serviceVersion = CommunicationIdentityServiceVersion.latest();

    /** A builder with the defaults: the newest service version, default retries and timeouts. */
    public CommunicationIdentityClientBuilder() {
    }

    /**
     * @param serviceVersion the api-version to talk ({@link CommunicationIdentityServiceVersion#latest()} unless set)
     * @return this builder
     */
    public CommunicationIdentityClientBuilder serviceVersion(CommunicationIdentityServiceVersion serviceVersion) {
        this.serviceVersion = Validation.requireNonNull(serviceVersion, "serviceVersion");
        return this;
    }

    /**
     * @return a new blocking client
     * @throws IllegalStateException if the endpoint or credential settings are missing or contradictory
     */
    public CommunicationIdentityClient buildClient() {
        HttpPipeline pipeline = ClientBuilderAccess.buildPipeline(this, "identity");
        return new CommunicationIdentityClient(pipeline, new CommunicationIdentityOperations(pipeline, serviceVersion));
    }

    /**
     * @return a new asynchronous client
     * @throws IllegalStateException if the endpoint or credential settings are missing or contradictory
     */
    public CommunicationIdentityAsyncClient buildAsyncClient() {
        HttpPipeline pipeline = ClientBuilderAccess.buildPipeline(this, "identity");
        return new CommunicationIdentityAsyncClient(pipeline,
            new CommunicationIdentityOperations(pipeline, serviceVersion));
    }
}
