package io.github.acsnumbers.phonenumbers;

import io.github.acsnumbers.core.AbstractClientBuilder;
import io.github.acsnumbers.implementation.http.ClientBuilderAccess;
import io.github.acsnumbers.implementation.util.Validation;

/**
 * Builds {@link PhoneNumbersClient} and {@link PhoneNumbersAsyncClient} instances.
 *
 * <pre>{@code
 * PhoneNumbersClient client = new PhoneNumbersClientBuilder()
 *     .connectionString(System.getenv("COMMUNICATION_SERVICES_CONNECTION_STRING"))
 *     .buildClient();
 * }</pre>
 *
 * <p>Authenticate with exactly one of a connection string, a {@code KeyCredential} plus endpoint, or an Entra ID
 * {@code TokenCredential} plus endpoint. A builder may be reused; every built client has its own pipeline.
 */
public final class PhoneNumbersClientBuilder extends AbstractClientBuilder<PhoneNumbersClientBuilder> {
    private PhoneNumbersServiceVersion serviceVersion = PhoneNumbersServiceVersion.getLatest();

    /** Creates a builder with nothing set but the latest service version. */
    public PhoneNumbersClientBuilder() {
    }

    /**
     * Chooses the REST API version; it is sent as {@code api-version} on every request.
     *
     * @param serviceVersion the version ({@link PhoneNumbersServiceVersion#getLatest()} unless set)
     * @return this builder
     */
    public PhoneNumbersClientBuilder serviceVersion(PhoneNumbersServiceVersion serviceVersion) {
        this.serviceVersion = Validation.requireNonNull(serviceVersion, "serviceVersion");
        return this;
    }

    /**
     * Builds a blocking client.
     *
     * @return the client
     * @throws IllegalStateException if the endpoint or credential settings are missing or contradictory
     */
    public PhoneNumbersClient buildClient() {
        return new PhoneNumbersClient(operations());
    }

    /**
     * Builds a non-blocking client.
     *
     * @return the client
     * @throws IllegalStateException if the endpoint or credential settings are missing or contradictory
     */
    public PhoneNumbersAsyncClient buildAsyncClient() {
        return new PhoneNumbersAsyncClient(operations());
    }

    private PhoneNumbersOperations operations() {
        return new PhoneNumbersOperations(ClientBuilderAccess.buildPipeline(this, "phonenumbers"), serviceVersion.getVersion());
    }
}
