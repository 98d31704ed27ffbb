package io.github.acsnumbers.core;

import io.github.acsnumbers.implementation.http.ClientBuilderAccess;
import io.github.acsnumbers.implementation.auth.AzureTokenCredentialSource;
import io.github.acsnumbers.implementation.auth.BearerTokenInterceptor;
import io.github.acsnumbers.core.auth.ConnectionString;
import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.implementation.http.Endpoints;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.core.retry.Sleeper;
import io.github.acsnumbers.implementation.util.Validation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * What every client builder of the SDK accepts: where the resource is, how to authenticate, and how to send
 * requests. Authenticate with exactly one of a connection string, an access key, or an Entra ID
 * {@code TokenCredential} (azure-identity is only needed on the class path for the last).
 *
 * @param <B> the concrete builder
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B>> {
    static {
        ClientBuilderAccess.setFactory(AbstractClientBuilder::buildPipeline);
    }

    private String connectionString;
    private String endpoint;
    private KeyCredential keyCredential;
    // typed as Object so that loading this class never needs azure-core
    private Object tokenCredential;
    private OkHttpClient httpClient;
    private RetryOptions retryOptions = RetryOptions.defaults();
    private Duration pollInterval;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private String acceptLanguage;
    private final List<Interceptor> interceptors = new ArrayList<>();
    private Duration callTimeout;
    private Duration operationTimeout;
    private Long maxResponseSize;
    private boolean redactIdentifiers;

    /** For subclasses. */
    protected AbstractClientBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param connectionString {@code endpoint=https://<resource>.communication.azure.com/;accesskey=<key>}
     * @return this builder
     */
    public B connectionString(String connectionString) {
        this.connectionString = Validation.requireNonBlank(connectionString, "connectionString");
        return self();
    }

    /**
     * @param endpoint {@code https://<resource>.communication.azure.com} (http only for loopback)
     * @return this builder
     */
    public B endpoint(String endpoint) {
        this.endpoint = Validation.requireNonBlank(endpoint, "endpoint");
        return self();
    }

    /**
     * @param credential the resource's access key
     * @return this builder
     */
    public B credential(KeyCredential credential) {
        this.keyCredential = Validation.requireNonNull(credential, "credential");
        return self();
    }

    /**
     * Authenticates with Entra ID, e.g. {@code new DefaultAzureCredentialBuilder().build()} from azure-identity.
     * (A method of its own, not a {@code credential(...)} overload, so that code calling
     * {@link #credential(KeyCredential)} compiles without azure-core: javac loads every overload's parameter types.)
     *
     * @param credential the token credential
     * @return this builder
     */
    public B tokenCredential(com.azure.core.credential.TokenCredential credential) {
        this.tokenCredential = Validation.requireNonNull(credential, "tokenCredential");
        return self();
    }

    /**
     * @param httpClient an OkHttpClient to share (its connection pool, dispatcher and timeouts are used; the SDK's
     *                   interceptors are added to a derived client, which never follows redirects; the given one
     *                   is not changed)
     * @return this builder
     */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = Validation.requireNonNull(httpClient, "httpClient");
        return self();
    }

    /**
     * @param retryOptions retry settings ({@link RetryOptions#defaults()} unless set)
     * @return this builder
     */
    public B retryOptions(RetryOptions retryOptions) {
        this.retryOptions = Validation.requireNonNull(retryOptions, "retryOptions");
        return self();
    }

    /**
     * @param pollInterval default wait between polls of long-running operations (2 s unless set)
     * @return this builder
     */
    public B pollInterval(Duration pollInterval) {
        this.pollInterval = Validation.requirePositive(pollInterval, "pollInterval");
        return self();
    }

    /**
     * @param clock time source for signing and timeouts (tests)
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Validation.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * @param sleeper how retries and pollers wait (tests inject one that does not sleep)
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Validation.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * @param language {@code Accept-Language} for localized names in catalog lists, e.g. {@code fr-FR}
     * @return this builder
     */
    public B acceptLanguage(String language) {
        this.acceptLanguage = Validation.requireNonBlank(language, "acceptLanguage");
        return self();
    }

    /**
     * @param interceptor an OkHttp interceptor that runs on each call before retry and signing
     * @return this builder
     */
    public B addInterceptor(Interceptor interceptor) {
        interceptors.add(Validation.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * @param timeout the longest time one call may take, its retries, their waits and a purchase's recovery
     *                included ({@code HttpPipeline.DEFAULT_CALL_TIMEOUT}, 3 minutes, unless set)
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = Validation.requirePositive(timeout, "callTimeout");
        return self();
    }

    /**
     * @param timeout the longest wait of a poller's {@code getFinalResult()} and {@code waitForCompletion()}
     *                ({@code HttpPipeline.DEFAULT_OPERATION_TIMEOUT}, 30 minutes, unless set)
     * @return this builder
     */
    public B operationTimeout(Duration timeout) {
        this.operationTimeout = Validation.requirePositive(timeout, "operationTimeout");
        return self();
    }

    /**
     * @param bytes the largest response body the SDK reads, counted after gzip inflation
     *              ({@code HttpPipeline.DEFAULT_MAX_RESPONSE_SIZE}, 16 MiB, unless set; 1 KiB to 2 GiB)
     * @return this builder
     */
    public B maxResponseSize(long bytes) {
        HttpPipeline.builder().maxResponseSize(bytes); // the same check, early
        this.maxResponseSize = bytes;
        return self();
    }

    /**
     * Keeps phone numbers and user ids out of the SDK's log lines: with {@code true}, the request paths in the DEBUG
     * request lines and the INFO retry lines show {@code /phoneNumbers/***}, {@code /identities/***} (and the same
     * for Teams tenant and user ids, and any path segment that looks like a phone number). Off by default. The SDK
     * never logs headers, bodies, keys or tokens either way.
     *
     * @param redact whether to mask identifiers in log lines
     * @return this builder
     */
    public B redactIdentifiers(boolean redact) {
        this.redactIdentifiers = redact;
        return self();
    }

    /**
     * Builds the shared pipeline from the settings (the SDK's builders call it through
     * {@link ClientBuilderAccess}, which keeps the pipeline type out of this exported class's API).
     *
     * @param component the client's name in the User-Agent
     * @return the pipeline
     * @throws IllegalStateException if the authentication settings are missing or contradictory
     */
    private HttpPipeline buildPipeline(String component) {
        String resolvedEndpoint = endpoint;
        KeyCredential key = keyCredential;
        if (connectionString != null) {
            if (keyCredential != null || tokenCredential != null) {
                throw new IllegalStateException("Set either a connection string or a credential, not both.");
            }
            ConnectionString parsed = ConnectionString.parse(connectionString);
            if (endpoint != null && !endpoint.equals(parsed.getEndpoint())) {
                throw new IllegalStateException("The endpoint set on the builder differs from the connection "
                    + "string's endpoint; set only one.");
            }
            resolvedEndpoint = parsed.getEndpoint();
            key = parsed.getCredential();
        }
        if (key != null && tokenCredential != null) {
            throw new IllegalStateException("Both a KeyCredential and a TokenCredential are set; set only one.");
        }
        if (resolvedEndpoint == null) {
            throw new IllegalStateException("No endpoint: call connectionString(...) or endpoint(...).");
        }
        if (key == null && tokenCredential == null) {
            throw new IllegalStateException("No credential: call connectionString(...), credential(KeyCredential) "
                + "or tokenCredential(TokenCredential).");
        }
        Interceptor auth = key != null ? new HmacAuthenticationInterceptor(key, clock)
            : BearerSupport.interceptor(tokenCredential, clock);
        HttpPipeline.Builder b = HttpPipeline.builder()
            .endpoint(Endpoints.parse(resolvedEndpoint))
            .authentication(auth)
            .httpClient(httpClient)
            .retryOptions(retryOptions)
            .clock(clock)
            .sleeper(sleeper)
            .acceptLanguage(acceptLanguage)
            .component(component);
        if (pollInterval != null) {
            b.pollInterval(pollInterval);
        }
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
        }
        if (operationTimeout != null) {
            b.operationTimeout(operationTimeout);
        }
        if (maxResponseSize != null) {
            b.maxResponseSize(maxResponseSize);
        }
        b.redactIdentifiers(redactIdentifiers);
        interceptors.forEach(b::addInterceptor);
        return b.build();
    }

    /** Kept apart so that azure-core classes are only resolved when a TokenCredential is really used. */
    private static final class BearerSupport {
        static Interceptor interceptor(Object credential, Clock clock) {
            return new BearerTokenInterceptor(
                new AzureTokenCredentialSource((com.azure.core.credential.TokenCredential) credential), clock,
                Duration.ofMinutes(5));
        }
    }
}
