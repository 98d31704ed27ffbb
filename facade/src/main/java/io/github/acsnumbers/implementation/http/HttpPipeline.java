package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.implementation.retry.RetryPolicy;
import io.github.acsnumbers.core.retry.Sleeper;
import io.github.acsnumbers.implementation.tracing.Telemetry;
import io.github.acsnumbers.implementation.util.Lazy;
import io.github.acsnumbers.implementation.util.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The HTTP core every client shares: one {@link OkHttpClient} whose interceptors run, in order, request id and
 * user agent → the user's own interceptors → authentication (each attempt signed afresh) → a logger that never
 * writes secrets; plus the endpoint, clock, sleeper, limits and retry rules. Redirects are never followed. Retries
 * are not an interceptor: they are part of the {@link Exchange} that runs a {@link ServiceRequest}, blocking
 * ({@link #send}) or not ({@link #sendAsync}), with the same rules and error mapping.
 */
public final class HttpPipeline {
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Default longest time of one attempt of the SDK's own client: sending the request and reading the whole answer.
     * It replaces OkHttp's per-read and per-write timeouts there, which arm Okio's watchdog (a thread wake-up) on
     * every socket read and write; one {@link AttemptTimer} bounds the same stall and wakes no thread per call. A
     * client the user passes keeps its own timeouts instead.
     */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(60);
    /** Default timeout of one whole call, retries, their waits and a purchase's recovery included. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);
    /** Default longest wait of {@code getFinalResult()} for a long-running operation. */
    public static final Duration DEFAULT_OPERATION_TIMEOUT = io.github.acsnumbers.core.lro.SyncPoller.DEFAULT_TIMEOUT;
    /** Default largest response body read (16 MiB, after gzip inflation); the service's pages are far smaller. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L * 1024 * 1024;
    /**
     * Concurrent asynchronous requests of the SDK's own OkHttpClient (all to the one endpoint). OkHttp's default of
     * 5 per host would queue the rest of a burst of async calls behind five; a user's own client keeps its own.
     */
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;

    private final Lazy<OkHttpClient> client;
    private final HttpUrl endpoint;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final Duration callTimeout;
    private final Duration operationTimeout;
    private final long maxResponseSize;
    private final RetryPolicy retryPolicy;
    private final Telemetry telemetry;
    private final RequestIdInterceptor requestId;
    private final boolean redactIdentifiers;
    private final long attemptTimeoutNanos;
    private final AttemptTimer attemptTimer;

    private HttpPipeline(Lazy<OkHttpClient> client, RequestIdInterceptor requestId, Builder b) {
        this.client = client;
        this.requestId = requestId;
        this.endpoint = b.endpoint;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.pollInterval = b.pollInterval;
        this.callTimeout = b.callTimeout;
        this.operationTimeout = b.operationTimeout;
        this.maxResponseSize = b.maxResponseSize;
        this.retryPolicy = new RetryPolicy(b.retryOptions, b.clock);
        this.telemetry = b.telemetry;
        this.redactIdentifiers = b.redactIdentifiers;
        this.attemptTimeoutNanos = b.httpClient != null ? 0 : b.attemptTimeout.toNanos();
        this.attemptTimer = b.attemptTimer;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the shared OkHttp client, with the SDK's interceptors installed; built on first use, so that building
     *         an SDK client does not pay OkHttp's TLS set-up before the first request needs it
     */
    public OkHttpClient okHttpClient() {
        return client.get();
    }

    /** @return the endpoint without a trailing slash, as the generated {@code ApiClient.setBasePath} wants it */
    public String basePath() {
        String s = endpoint.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** @return the endpoint */
    public HttpUrl endpoint() {
        return endpoint;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper used between polls */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the default interval between polls of a long-running operation */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the longest time one call may take, its retries, their waits and any recovery included */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the longest time {@code getFinalResult()} waits for a long-running operation */
    public Duration operationTimeout() {
        return operationTimeout;
    }

    /** @return the largest response body read, in bytes, counted after gzip inflation */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /** @return the spans and metrics of the client's operations */
    public Telemetry telemetry() {
        return telemetry;
    }

    /** @return the retry rules */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * @return the longest time of one attempt in nanoseconds, or 0 when the user's own OkHttpClient decides (its
     *         read, write and call timeouts)
     */
    public long attemptTimeoutNanos() {
        return attemptTimeoutNanos;
    }

    /** @return what bounds each attempt ({@link AttemptTimer#SHARED} unless a test sets another) */
    AttemptTimer attemptTimer() {
        return attemptTimer;
    }

    /** @return whether log lines mask phone numbers and user ids ({@link LogRedaction}) */
    public boolean redactIdentifiers() {
        return redactIdentifiers;
    }

    /**
     * Resolves a link the service returned ({@code nextLink}, {@code Operation-Location}, {@code Location}), relative
     * or absolute, against the endpoint. Its query (api-version included) is kept exactly as sent.
     *
     * @param link the link
     * @return the absolute URL
     * @throws CommunicationException if the link is malformed or points at another host: following it would send
     *                                our credentials elsewhere
     */
    public HttpUrl resolve(String link) {
        if (link == null || link.isBlank()) {
            throw new CommunicationException("The service returned an empty link", 0, null, null,
                ErrorKind.CLIENT_ERROR, null, null);
        }
        HttpUrl url = endpoint.resolve(link.trim());
        if (url == null) {
            throw new CommunicationException("The service returned a link that is not a valid URL: '"
                + Validation.abbreviate(link) + "'", 0, null, null, ErrorKind.CLIENT_ERROR, null, null);
        }
        if (!url.host().equalsIgnoreCase(endpoint.host()) || url.port() != endpoint.port()
            || !url.scheme().equals(endpoint.scheme())) {
            throw new CommunicationException("Refusing to follow a link to another host (" + url.scheme() + "://"
                + url.host() + ":" + url.port() + "): signed requests go only to the configured endpoint "
                + endpoint.host(), 0, null, null, ErrorKind.CLIENT_ERROR, null, null);
        }
        return url;
    }

    /**
     * @param request a request built by the caller
     * @return a call on the shared client
     */
    public Call newCall(Request request) {
        return client.get().newCall(request);
    }

    /**
     * @param link a link returned by the service
     * @return a GET call of the resolved link
     */
    public Call get(String link) {
        Request.Builder b = new Request.Builder().url(resolve(link)).get();
        decorate(b);
        return client.get().newCall(b.build());
    }

    /**
     * Adds the per-call headers (User-Agent, a new {@code x-ms-client-request-id}, Accept-Language when set) to a
     * request being built, so that the pipeline's first interceptor need not rebuild it. A request built without
     * this still gets them from that interceptor.
     *
     * @param builder the request being built (once per call: every attempt of the call carries the same id)
     */
    public void decorate(Request.Builder builder) {
        requestId.decorate(builder);
    }

    /**
     * Runs a request on the calling thread: {@code Exchange.call(request).send(this)}.
     *
     * @param request the request
     * @param <T>     result type
     * @return the result
     * @throws CommunicationException for any non-2xx answer, transport failure or unreadable response
     */
    public <T> T send(ServiceRequest<T> request) {
        return Exchange.call(request).send(this);
    }

    /**
     * Runs a request without blocking the caller: {@code Exchange.call(request).sendAsync(this)}. Cancelling the
     * returned future cancels the HTTP call.
     *
     * @param request the request
     * @param <T>     result type
     * @return a future completed with the result, or exceptionally with a {@link CommunicationException}
     */
    public <T> CompletableFuture<T> sendAsync(ServiceRequest<T> request) {
        return Exchange.call(request).sendAsync(this);
    }

    /** @return the SDK's version, from the jar's build-time resource */
    public static String sdkVersion() {
        try (InputStream in = HttpPipeline.class.getResourceAsStream("/io/github/acsnumbers/core/sdk.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Assembles a pipeline; used by the client builders. */
    public static final class Builder {
        private OkHttpClient httpClient;
        private HttpUrl endpoint;
        private Interceptor authentication;
        private RetryOptions retryOptions = RetryOptions.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Duration pollInterval = Duration.ofSeconds(2);
        private final List<Interceptor> userInterceptors = new ArrayList<>();
        private String acceptLanguage;
        private String component = "core";
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration operationTimeout = DEFAULT_OPERATION_TIMEOUT;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private Telemetry telemetry = Telemetry.disabled();
        private boolean redactIdentifiers;
        private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
        private AttemptTimer attemptTimer = AttemptTimer.SHARED;

        private Builder() {
        }

        /** @param telemetry spans and metrics ({@link Telemetry#disabled()} unless set)
         *  @return this */
        public Builder telemetry(Telemetry telemetry) {
            this.telemetry = Validation.requireNonNull(telemetry, "telemetry");
            return this;
        }

        /** @param client the user's OkHttpClient (its pool, dispatcher and timeouts are kept); null for a default
         *  @return this */
        public Builder httpClient(OkHttpClient client) {
            this.httpClient = client;
            return this;
        }

        /** @param endpoint a checked endpoint ({@link Endpoints#parse})
         *  @return this */
        public Builder endpoint(HttpUrl endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** @param authentication the HMAC or bearer interceptor
         *  @return this */
        public Builder authentication(Interceptor authentication) {
            this.authentication = authentication;
            return this;
        }

        /** @param options retry settings
         *  @return this */
        public Builder retryOptions(RetryOptions options) {
            this.retryOptions = Validation.requireNonNull(options, "retryOptions");
            return this;
        }

        /** @param clock time source
         *  @return this */
        public Builder clock(Clock clock) {
            this.clock = Validation.requireNonNull(clock, "clock");
            return this;
        }

        /** @param sleeper how to wait
         *  @return this */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Validation.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** @param interval default poll interval
         *  @return this */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = Validation.requirePositive(interval, "pollInterval");
            return this;
        }

        /** @param interceptor an interceptor that runs before retry and signing
         *  @return this */
        public Builder addInterceptor(Interceptor interceptor) {
            userInterceptors.add(Validation.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** @param language value of {@code Accept-Language}, or null
         *  @return this */
        public Builder acceptLanguage(String language) {
            this.acceptLanguage = language;
            return this;
        }

        /** @param component the client's name in the User-Agent
         *  @return this */
        public Builder component(String component) {
            this.component = component;
            return this;
        }

        /** @param timeout the longest time one call may take, retries, waits and recovery included (3 min)
         *  @return this */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Validation.requirePositive(timeout, "callTimeout");
            return this;
        }

        /** @param timeout the longest wait of {@code getFinalResult()} for a long-running operation (30 min)
         *  @return this */
        public Builder operationTimeout(Duration timeout) {
            this.operationTimeout = Validation.requirePositive(timeout, "operationTimeout");
            return this;
        }

        /** @param bytes the largest response body read, after gzip inflation (16 MiB)
         *  @return this */
        public Builder maxResponseSize(long bytes) {
            if (bytes < 1024 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("'maxResponseSize' must be between 1024 and "
                    + (Integer.MAX_VALUE - 8) + " bytes, but was " + bytes + ".");
            }
            this.maxResponseSize = bytes;
            return this;
        }

        /** @param timeout the longest time of one attempt of the SDK's own client (60 s; ignored with the user's
         *                 own OkHttpClient, whose timeouts apply)
         *  @return this */
        public Builder attemptTimeout(Duration timeout) {
            this.attemptTimeout = Validation.requirePositive(timeout, "attemptTimeout");
            return this;
        }

        /** @param timer what bounds each attempt (tests use a faster sweeper than {@link AttemptTimer#SHARED})
         *  @return this */
        Builder attemptTimer(AttemptTimer timer) {
            this.attemptTimer = Validation.requireNonNull(timer, "attemptTimer");
            return this;
        }

        /** @param redact whether log lines mask phone numbers and user ids ({@link LogRedaction})
         *  @return this */
        public Builder redactIdentifiers(boolean redact) {
            this.redactIdentifiers = redact;
            return this;
        }

        /** @return the pipeline */
        public HttpPipeline build() {
            Validation.requireNonNull(endpoint, "endpoint");
            Validation.requireNonNull(authentication, "credential");
            OkHttpClient.Builder b;
            if (httpClient != null) {
                b = httpClient.newBuilder();
            } else {
                b = new OkHttpClient.Builder()
                    .connectTimeout(DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    // no per-read/per-write timers: each attempt has one instead (attemptTimeoutNanos)
                    .readTimeout(0, TimeUnit.MILLISECONDS)
                    .writeTimeout(0, TimeUnit.MILLISECONDS);
                Dispatcher dispatcher = new Dispatcher();
                dispatcher.setMaxRequests(DEFAULT_MAX_CONCURRENT_REQUESTS);
                dispatcher.setMaxRequestsPerHost(DEFAULT_MAX_CONCURRENT_REQUESTS);
                b.dispatcher(dispatcher);
                if ("http".equals(endpoint.scheme())) {
                    // plain http is only accepted for loopback (Endpoints.parse) and links are never followed to
                    // another scheme (resolve): such a client never speaks TLS, so OkHttp skips setting it up
                    // (the platform trust manager and socket factory, the larger part of building a client)
                    b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
                }
            }
            // the SDK retries itself; OkHttp's silent connection retry would replay unsafe POSTs
            b.retryOnConnectionFailure(false);
            // the service never redirects its API: a 3xx is reported, never followed with signed requests
            b.followRedirects(false).followSslRedirects(false);
            String userAgent = "acs-phonenumbers-java/" + sdkVersion() + " (" + component + "; Java "
                + System.getProperty("java.version") + "; " + System.getProperty("os.name") + ")";
            RequestIdInterceptor requestId = new RequestIdInterceptor(userAgent, acceptLanguage);
            b.addInterceptor(requestId);
            userInterceptors.forEach(b::addInterceptor);
            b.addInterceptor(authentication);
            b.addInterceptor(new LoggingInterceptor(redactIdentifiers));
            // OkHttpClient.Builder.build() sets TLS up for an https endpoint (the platform trust manager and socket
            // factory): deferred to the first request, which needs it anyway
            return new HttpPipeline(Lazy.of(b::build), requestId, this);
        }
    }
}
