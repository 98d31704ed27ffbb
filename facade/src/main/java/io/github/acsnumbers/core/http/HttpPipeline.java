package io.github.acsnumbers.core.http;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.retry.ReplaySafety;
import io.github.acsnumbers.core.retry.RetryInterceptor;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.core.retry.Sleeper;
import io.github.acsnumbers.core.util.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP core every client shares: one {@link OkHttpClient} whose interceptors run, in order, request id and
 * user agent → the user's own interceptors → retry → authentication (signed again on every attempt) → a logger
 * that never writes secrets; plus the endpoint, clock and sleeper. It runs a {@link ServiceRequest} either
 * synchronously ({@link #send}) or asynchronously ({@link #sendAsync}) with the same error mapping.
 */
public final class HttpPipeline {
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default read and write timeout (per attempt). */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** Default timeout of one whole call, retries and their waits included. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "acs-sdk-scheduler");
        t.setDaemon(true);
        return t;
    });

    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;

    private HttpPipeline(OkHttpClient client, HttpUrl endpoint, Clock clock, Sleeper sleeper, Duration pollInterval) {
        this.client = client;
        this.endpoint = endpoint;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the shared OkHttp client, with the SDK's interceptors installed */
    public OkHttpClient okHttpClient() {
        return client;
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

    /** @return a shared daemon scheduler for asynchronous waits (no thread is blocked while waiting) */
    public ScheduledExecutorService scheduler() {
        return SCHEDULER;
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
        return client.newCall(request);
    }

    /**
     * @param link a link returned by the service
     * @return a GET call of the resolved link
     */
    public Call get(String link) {
        return client.newCall(new Request.Builder().url(resolve(link)).get().build());
    }

    /**
     * Runs a request on the calling thread.
     *
     * @param request the request
     * @param <T>     result type
     * @return the result
     * @throws CommunicationException for any non-2xx answer, transport failure or unreadable response
     */
    public <T> T send(ServiceRequest<T> request) {
        Call call = prepare(request);
        ServiceResponse response;
        try (Response raw = call.execute()) {
            response = buffer(raw);
        } catch (IOException e) {
            throw transportFailure(call.request(), e);
        }
        return handle(request, response);
    }

    /**
     * Runs a request without blocking the caller. Cancelling the returned future cancels the HTTP call.
     *
     * @param request the request
     * @param <T>     result type
     * @return a future completed with the result, or exceptionally with a {@link CommunicationException}
     */
    public <T> CompletableFuture<T> sendAsync(ServiceRequest<T> request) {
        Call call;
        try {
            call = prepare(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        future.whenComplete((value, error) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(transportFailure(c.request(), e));
            }

            @Override
            public void onResponse(Call c, Response raw) {
                try (raw) {
                    ServiceResponse response = buffer(raw);
                    future.complete(handle(request, response));
                } catch (IOException e) {
                    future.completeExceptionally(transportFailure(c.request(), e));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }

    private Call prepare(ServiceRequest<?> request) {
        Call original;
        try {
            original = request.call().get();
        } catch (IllegalArgumentException | CommunicationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CommunicationException("Could not build the request", 0, null, null, ErrorKind.CLIENT_ERROR,
                null, e);
        }
        ReplaySafety explicit = request.explicitReplaySafety();
        if (explicit == null || explicit == ReplaySafety.forMethod(original.request().method())) {
            // the retry interceptor derives the same safety from the method: the call can be used as built
            return original;
        }
        return client.newCall(original.request().newBuilder().tag(ReplaySafety.class, explicit).build());
    }

    private static ServiceResponse buffer(Response raw) throws IOException {
        ResponseBody body = raw.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        Request req = raw.request();
        return new ServiceResponse(raw.code(), raw.headers(), bytes, req.method(), req.url().encodedPath(),
            req.header("x-ms-client-request-id"));
    }

    private <T> T handle(ServiceRequest<T> request, ServiceResponse response) {
        if (response.status() < 200 || response.status() > 299) {
            throw ErrorMapper.toException(response, clock, !request.isConfidential());
        }
        try {
            return request.handler().handle(response);
        } catch (CommunicationException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(response, e, request.isConfidential());
        }
    }

    private static CommunicationException unreadable(ServiceResponse response, Exception e, boolean confidential) {
        if (confidential) {
            // a parser's message (and so the cause) can quote the body, which holds a credential here
            return new CommunicationException(response.method() + " " + response.path()
                + " returned a response the SDK could not read (" + e.getClass().getSimpleName()
                + "; details not shown: the exchange carries credentials)", response.status(), null,
                response.requestId(), ErrorKind.CLIENT_ERROR, null, null);
        }
        return new CommunicationException(response.method() + " " + response.path()
            + " returned a response the SDK could not read (" + e.getClass().getSimpleName() + ": "
            + Validation.abbreviate(String.valueOf(e.getMessage())) + ")", response.status(), null,
            response.requestId(), ErrorKind.CLIENT_ERROR, null, e);
    }

    private static CommunicationException transportFailure(Request request, IOException e) {
        String what = e instanceof InterruptedIOException && "timeout".equals(e.getMessage())
            ? "timed out" : "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
            : " - " + Validation.abbreviate(e.getMessage()));
        return new CommunicationException(request.method() + " " + request.url().encodedPath() + " " + what, 0,
            null, request.header("x-ms-client-request-id"), ErrorKind.CLIENT_ERROR, null, e);
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

        private Builder() {
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
                    .readTimeout(DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .callTimeout(DEFAULT_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            // the SDK retries itself; OkHttp's silent connection retry would replay unsafe POSTs
            b.retryOnConnectionFailure(false);
            String userAgent = "acs-phonenumbers-java/" + sdkVersion() + " (" + component + "; Java "
                + System.getProperty("java.version") + "; " + System.getProperty("os.name") + ")";
            b.addInterceptor(new RequestIdInterceptor(userAgent, acceptLanguage));
            userInterceptors.forEach(b::addInterceptor);
            b.addInterceptor(new RetryInterceptor(retryOptions, sleeper, clock));
            b.addInterceptor(authentication);
            b.addInterceptor(new LoggingInterceptor());
            return new HttpPipeline(b.build(), endpoint, clock, sleeper, pollInterval);
        }
    }
}
