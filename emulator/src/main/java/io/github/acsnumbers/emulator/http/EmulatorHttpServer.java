package io.github.acsnumbers.emulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.acsnumbers.emulator.faults.FaultInjector;
import io.github.acsnumbers.emulator.faults.FaultKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loopback HTTP front of the emulator: reads each request (raw request-target kept for HMAC), enforces the
 * body limit, authenticates, routes through a {@link Router}, checks api-version and content type, injects faults
 * and writes the {@link ApiResult} with the service's response headers. Bad input always gets an error envelope;
 * the server keeps serving.
 */
public final class EmulatorHttpServer implements AutoCloseable {

    /** Largest accepted request body. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** The logger, looked up on first use (finding the logging binding is a noticeable part of a cold start). */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(EmulatorHttpServer.class);
    }
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The JDK server's property for the longest time a request may take to arrive (headers and body) and be
     * answered, in seconds; connections that take longer are closed. Read once per JVM, when the first server starts.
     */
    public static final String READ_TIMEOUT_PROPERTY = "sun.net.httpserver.maxReqTime";

    /** Default of {@link #READ_TIMEOUT_PROPERTY} when nobody set it: 30 seconds. */
    public static final long DEFAULT_READ_TIMEOUT_SECONDS = 30;

    /**
     * Most worker threads at once; each connection being read or answered holds one, so stalled connections only
     * add threads (closed after the read timeout) and never queue the others. Beyond this, new connections are
     * closed at once.
     */
    public static final int MAX_WORKER_THREADS = 1024;

    static {
        // headers and body leave in separate writes; without TCP_NODELAY each answer waits ~40 ms for a delayed ACK
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // a connection that stalls while sending its request line, headers or body is closed after this many
        // seconds (the JDK server reads the property once per JVM; set it earlier to choose another value)
        if (System.getProperty(READ_TIMEOUT_PROPERTY) == null) {
            System.setProperty(READ_TIMEOUT_PROPERTY, Long.toString(DEFAULT_READ_TIMEOUT_SECONDS));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Router router;
    private final HmacAuthenticator authenticator;
    private final FaultInjector faults;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rejectedAuth = new AtomicLong();
    private volatile AppliedListener appliedListener;
    private volatile Consumer<String> requestLog;
    private volatile Clock clock = Clock.systemUTC();
    /** The IMF-fixdate form of HTTP dates, {@code Tue, 17 Jun 2025 10:00:00 GMT}; made on first use. */
    private static final class HttpDate {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    }
    /**
     * When the current worker thread's exchange started, and whether its log line is written. Per thread, not
     * exchange attributes: the JDK server keeps those in the context, shared by concurrent exchanges.
     */
    private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[2]);

    /** Told about every successful (2xx) non-GET request after its handler ran and before it is answered. */
    @FunctionalInterface
    public interface AppliedListener {
        /**
         * Called on the worker thread; the response waits for it (so it can make the change durable).
         *
         * @param route   the route that handled the request
         * @param request the request
         * @param result  the handler's result
         */
        void applied(Route route, ApiRequest request, ApiResult result);
    }

    /**
     * Sets where one line per answered request goes: {@code METHOD path?query -> status (N ms)}, or {@code -> dropped}
     * when a fault closed the connection without an answer. Headers and bodies are never logged, so neither keys,
     * signatures nor tokens appear.
     *
     * @param sink receives the lines, or {@code null} for none
     */
    public void setRequestLog(Consumer<String> sink) {
        this.requestLog = sink;
    }

    /**
     * The response header that carries the emulator's clock, in the {@code Date} header's format (RFC 1123, GMT).
     * The JDK server sets {@code Date} itself, to the real time, after the handler has set its headers (an
     * unconditional set in {@code sun.net.httpserver.ExchangeImpl#sendResponseHeaders}), so the emulator's time is
     * sent here as well: {@code Date} stays the real time, the time the emulator checks signatures against by
     * default.
     */
    public static final String EMULATOR_DATE_HEADER = "x-emulator-date";

    /**
     * Sets the clock whose time every answer carries in {@link #EMULATOR_DATE_HEADER} (default: the real time).
     *
     * @param value the emulator's clock
     */
    public void setClock(Clock value) {
        this.clock = value == null ? Clock.systemUTC() : value;
    }

    /**
     * Sets the listener for applied writes (e.g. to persist a domain snapshot).
     *
     * @param listener the listener, or {@code null} for none
     */
    public void setAppliedListener(AppliedListener listener) {
        this.appliedListener = listener;
    }

    /**
     * Binds (but does not start) the server on 127.0.0.1.
     *
     * @param port          TCP port, 0 for any free port
     * @param router        routes
     * @param authenticator credential check
     * @param faults        fault injector
     * @param threads       worker threads kept ready; more start on demand up to {@link #MAX_WORKER_THREADS}
     * @throws IOException when the port cannot be bound
     */
    public EmulatorHttpServer(int port, Router router, HmacAuthenticator authenticator, FaultInjector faults,
                              int threads) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        this.router = router;
        this.authenticator = authenticator;
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        AtomicInteger n = new AtomicInteger();
        int core = Math.min(Math.max(2, threads), MAX_WORKER_THREADS);
        // no queue: a request never waits behind a stalled connection; idle threads beyond the core ones go away
        this.executor = new ThreadPoolExecutor(core, MAX_WORKER_THREADS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "acs-emulator-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts accepting connections. */
    public void start() {
        server.start();
    }

    /**
     * The bound port.
     *
     * @return the bound port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Requests received so far.
     *
     * @return requests received so far
     */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Requests rejected with 401 (bad or missing credentials) so far.
     *
     * @return requests rejected with 401 (bad or missing credentials) so far
     */
    public long rejectedAuthCount() {
        return rejectedAuth.get();
    }

    /** Stops the server at once and its worker threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        requests.incrementAndGet();
        long[] current = CURRENT.get();
        current[0] = System.nanoTime();
        current[1] = 0;
        try {
            process(exchange);
        } catch (IOException e) {
            Log.LOG.debug("connection problem: {}", e.toString());
        } catch (RuntimeException e) {
            Log.LOG.warn("unexpected failure while answering {} {}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e);
            try {
                write(exchange, ApiResult.error(500, "InternalError", "The server encountered an internal error.",
                        null, null, null), null, null);
            } catch (IOException | RuntimeException ignored) {
                // the client is gone; nothing more to do
            }
        } finally {
            exchange.close();
            logRequest(exchange, "dropped");
        }
    }

    /**
     * Writes the exchange's log line once: when its answer is ready (before the client can see it, so a client's
     * sequential requests are logged in order), or "dropped" when none was sent.
     */
    private void logRequest(HttpExchange exchange, String outcome) {
        long[] current = CURRENT.get();
        Consumer<String> log = requestLog;
        if (log == null || current[1] != 0) {
            return;
        }
        current[1] = 1;
        log.accept(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                + " -> " + outcome + " (" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - current[0]) + " ms)");
    }

    private void process(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        String rawTarget = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        Map<String, List<String>> headers = lowerCase(exchange.getRequestHeaders());
        String clientRequestId = first(headers, "x-ms-client-request-id");

        String declaredLength = first(headers, "content-length");
        if (declaredLength != null) {
            try {
                if (Long.parseLong(declaredLength.trim()) > MAX_BODY_BYTES) {
                    write(exchange, tooLarge(), null, clientRequestId);
                    return;
                }
            } catch (NumberFormatException e) {
                write(exchange, ApiResult.error(400, "BadRequest", "Invalid Content-Length header.", null, null,
                        null), null, clientRequestId);
                return;
            }
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            write(exchange, tooLarge(), null, clientRequestId);
            return;
        }

        List<String> segments = new ArrayList<>();
        for (String s : Router.split(rawPath)) {
            segments.add(UrlCodec.decode(s, false));
        }
        String decodedPath = "/" + String.join("/", segments);
        ApiRequest request = new ApiRequest(method, rawTarget, rawPath, decodedPath,
                UrlCodec.decodeQuery(rawQuery), rawQuery, headers, body, Map.of());

        Router.Match match = router.find(method, segments);
        boolean serverAuth = match.route() == null || match.route().auth() == Route.Auth.SERVER;
        if (serverAuth && !authenticator.authenticate(request)) {
            rejectedAuth.incrementAndGet();
            write(exchange, ApiResult.error(401, "Denied", "Denied by the resource provider.", null, null, null),
                    null, clientRequestId);
            return;
        }
        if (match.route() == null) {
            ApiResult notFound = match.pathKnown()
                    ? ApiResult.error(405, "MethodNotAllowed",
                    "The requested resource does not support http method '" + method + "'.", null, null, null)
                    : ApiResult.error(404, "NotFound", "The requested resource was not found.", null, null, null);
            write(exchange, notFound, null, clientRequestId);
            return;
        }
        Route route = match.route();
        String supported = route.versions().supportedHeader();
        String apiVersion = request.apiVersion();
        boolean checkVersion = !route.versions().accepted().isEmpty();
        if (checkVersion && (apiVersion == null || apiVersion.isEmpty())) {
            write(exchange, ApiResult.error(400, "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.", null, null,
                    null), supported, clientRequestId);
            return;
        }
        if (checkVersion && !route.versions().accepted().contains(apiVersion)) {
            write(exchange, ApiResult.error(400, "UnsupportedApiVersion",
                    "The HTTP resource that matches the request URI '" + rawPath
                            + "' does not support the API version '" + apiVersion + "'.", null, null, null),
                    supported, clientRequestId);
            return;
        }
        if (body.length > 0 && (method.equals("POST") || method.equals("PATCH") || method.equals("PUT"))) {
            String contentType = first(headers, "content-type");
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
                write(exchange, ApiResult.error(415, "UnsupportedMediaType",
                        "The request content type is not supported; send application/json.", null, null, null),
                        supported, clientRequestId);
                return;
            }
        }

        FaultKind fault = faults.next(route.family());
        if (fault != null) {
            switch (fault) {
                case THROTTLE_WITH_RETRY_AFTER -> {
                    write(exchange, throttled().withHeader("Retry-After",
                            Integer.toString(faults.plan().retryAfterSeconds())), supported, clientRequestId);
                    return;
                }
                case THROTTLE_WITHOUT_RETRY_AFTER -> {
                    write(exchange, throttled(), supported, clientRequestId);
                    return;
                }
                case SERVICE_UNAVAILABLE -> {
                    write(exchange, ApiResult.error(503, "ServiceUnavailable",
                            "The service is temporarily unavailable.", null, null, null), supported,
                            clientRequestId);
                    return;
                }
                case INTERNAL_ERROR -> {
                    write(exchange, ApiResult.error(500, "InternalError",
                            "The server encountered an internal error.", null, null, null), supported,
                            clientRequestId);
                    return;
                }
                case DROP_BEFORE_APPLY -> {
                    return; // the finally block closes the connection without a response
                }
                case SLOW_RESPONSE -> sleep(faults.plan().slowDelay().toMillis());
                case DROP_AFTER_APPLY -> {
                    // handled after the handler ran
                }
                default -> throw new IllegalStateException("unhandled fault " + fault);
            }
        }

        ApiResult result;
        try {
            result = route.handler().handle(request.withPathParams(match.params()));
        } catch (ApiException e) {
            result = e.result();
        } catch (RuntimeException e) {
            Log.LOG.warn("handler failed for {} {}", method, rawPath, e);
            result = ApiResult.error(500, "InternalError", "The server encountered an internal error.", null, null,
                    null);
        }
        if (appliedListener != null && result.status() < 300 && !method.equals("GET")) {
            appliedListener.applied(route, request, result);
        }
        if (fault == FaultKind.DROP_AFTER_APPLY) {
            return; // applied and committed; the client never hears about it
        }
        write(exchange, result, supported, clientRequestId);
    }

    private static ApiResult throttled() {
        return ApiResult.error(429, "TooManyRequests", "Rate limit exceeded; retry later.", null, null, null);
    }

    private static ApiResult tooLarge() {
        return ApiResult.error(413, "RequestEntityTooLarge",
                "The request body is larger than " + MAX_BODY_BYTES + " bytes.", null, null, null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void write(HttpExchange exchange, ApiResult result, String supportedVersions,
                       String clientRequestId) throws IOException {
        logRequest(exchange, Integer.toString(result.status()));
        Headers h = exchange.getResponseHeaders();
        h.set(EMULATOR_DATE_HEADER, HttpDate.FORMAT.format(clock.instant()));
        if (supportedVersions != null && result.status() != 401) {
            h.set("api-supported-versions", supportedVersions);
        }
        h.set("MS-CV", msCv());
        if (clientRequestId != null) {
            h.set("x-ms-client-request-id", clientRequestId);
        }
        result.headers().forEach(h::set);
        boolean bodyAllowed = result.status() != 204 && result.status() != 304 && result.status() >= 200;
        byte[] bytes = result.body() == null || !bodyAllowed ? null
                // JsonElement.toString writes compact JSON with nulls and without HTML escaping, as the service
                // does, and needs no Gson instance (whose set-up costs a cold start tens of milliseconds)
                : result.body().toString().getBytes(StandardCharsets.UTF_8);
        if (bytes == null) {
            exchange.sendResponseHeaders(result.status(), -1);
            return;
        }
        h.set("Content-Type", result.status() >= 400 ? "application/json" : "application/json; charset=utf-8");
        exchange.sendResponseHeaders(result.status(), bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static String msCv() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().withoutPadding().encodeToString(b) + ".0";
    }

    private static Map<String, List<String>> lowerCase(Headers headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        return out;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
