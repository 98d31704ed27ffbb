package io.github.acsnumbers.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.emulator.faults.FaultInjector;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.emulator.http.EmulatorHttpServer;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.ApiVersionPolicy;
import io.github.acsnumbers.emulator.http.ApiRequest;
import io.github.acsnumbers.emulator.http.HmacAuthenticator;
import io.github.acsnumbers.emulator.http.NewerApiVersion;
import io.github.acsnumbers.emulator.http.ResponseDecorator;
import io.github.acsnumbers.emulator.http.Route;
import io.github.acsnumbers.emulator.http.Router;
import io.github.acsnumbers.emulator.phonenumbers.Catalog;
import io.github.acsnumbers.emulator.phonenumbers.Model;
import io.github.acsnumbers.emulator.phonenumbers.OperationTiming;
import io.github.acsnumbers.emulator.identity.IdentityModule;
import io.github.acsnumbers.emulator.phonenumbers.PhoneNumbersModule;
import io.github.acsnumbers.emulator.phonenumbers.PhoneNumbersState;
import io.github.acsnumbers.emulator.sip.SipModule;
import io.github.acsnumbers.emulator.store.KeyValueStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A local emulator of the ACS Phone Numbers REST API (api-version 2025-06-01) on 127.0.0.1, with HMAC (and
 * optionally bearer) authentication, deterministic inventory, state machines on an injectable clock, optional
 * persistence and fault injection. SIP routing and identity are served on the same port
 * ({@link SipAndIdentityApis}); further APIs plug in through {@link Builder#routes(Consumer)} or
 * {@link #router()}; see {@link Router}.
 *
 * <pre>{@code
 * try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.start()) {
 *     String connectionString = emulator.connectionString();
 *     // endpoint=http://127.0.0.1:PORT/;accesskey=...
 * }
 * }</pre>
 */
public final class PhoneNumbersEmulator implements AutoCloseable {

    private final String accessKey;
    private final KeyValueStore store;
    private final PhoneNumbersState state;
    private final FaultInjector faults;
    private final Router router;
    private final EmulatorHttpServer server;
    private final List<PersistentDomain> domains;
    private volatile boolean closed;
    private static final String DOMAINS = "domains";

    /**
     * An API whose state is kept by its own service and persisted as a JSON snapshot in the data file: restored at
     * start, saved after every successful write on one of its route families (before the client is answered) and
     * on close.
     *
     * @param name     key in the data file
     * @param families route families whose writes change it
     * @param snapshot produces the state
     * @param restore  loads a saved state
     */
    public record PersistentDomain(String name, Set<String> families, Supplier<JsonObject> snapshot,
                                   Consumer<JsonObject> restore) {
        /**
         * Validates and copies.
         *
         * @param name key in the data file
         * @param families route families whose successful writes change the state
         * @param snapshot produces the state as JSON
         * @param restore loads a saved state
         */
        public PersistentDomain {
            if (name == null || name.isBlank() || snapshot == null || restore == null) {
                throw new IllegalArgumentException("a persistent domain needs a name, a snapshot and a restore");
            }
            families = families == null ? Set.of() : Set.copyOf(families);
        }
    }

    private synchronized void saveDomain(PersistentDomain d) {
        if (!store.persistent()) {
            return;
        }
        store.map(DOMAINS).put(d.name(), d.snapshot().get().toString());
        store.commit();
    }

    private final SipAndIdentityApis sipAndIdentity;
    private final PhoneNumbersModule phoneNumbers;
    private final List<ServiceModule> modules;

    private PhoneNumbersEmulator(Builder b) throws IOException {
        this.accessKey = b.accessKey != null ? b.accessKey : randomKey();
        HmacAuthenticator auth = new HmacAuthenticator(accessKey, b.authClock != null ? b.authClock : Clock.systemUTC(), b.skew,
                b.bearerTokens);
        this.store = b.dataFile == null ? KeyValueStore.inMemory() : KeyValueStore.file(b.dataFile);
        try {
            long seed = b.seed;
            this.phoneNumbers = new PhoneNumbersModule(() -> new Catalog(seed), store, b.clock, b.timing, b.purchased);
            this.state = phoneNumbers.state();
            SipModule sip = new SipModule(b.sipDomains);
            IdentityModule identity = new IdentityModule(accessKey, b.clock);
            // SIP routing and identity share the port, and the data file, with phone numbers
            this.modules = List.of(phoneNumbers, sip, identity);
            this.sipAndIdentity = new SipAndIdentityApis(sip, identity);
            this.faults = new FaultInjector(b.faults);
            this.router = new Router();
            for (ServiceModule module : modules) {
                register(module, b.newerVersions.getOrDefault(module.name(), List.of()));
            }
            router.add("GET", "/_emulator/state", FaultInjector.TEST_SUPPORT_FAMILY,
                    ApiVersionPolicy.checkedByHandler("emulator"),
                    request -> ApiResult.json(200, stateJson()));
            for (Consumer<Router> extra : b.routeHooks) {
                extra.accept(router);
            }
            List<PersistentDomain> all = new ArrayList<>(b.domains);
            for (ServiceModule module : modules) {
                module.persistence().ifPresent(all::add);
            }
            this.domains = List.copyOf(all);
            for (PersistentDomain d : domains) {
                String saved = store.map(DOMAINS).get(d.name());
                if (saved != null) {
                    d.restore().accept(JsonParser.parseString(saved).getAsJsonObject());
                }
            }
            this.server = new EmulatorHttpServer(b.port, router, auth, faults, b.threads);
            server.setRequestLog(b.requestLog);
            server.setClock(b.clock);
            if (store.persistent() && !domains.isEmpty()) {
                server.setAppliedListener((route, request, result) -> {
                    for (PersistentDomain d : domains) {
                        if (d.families().contains(route.family())) {
                            saveDomain(d);
                        }
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        server.start();
    }

    /** Registers a module's routes, each also serving the newer api-versions the builder asked for. */
    private void register(ServiceModule module, List<Map.Entry<String, ResponseDecorator>> newer) {
        if (newer.isEmpty()) {
            module.register(router);
            return;
        }
        Router own = new Router();
        module.register(own);
        String base = module.apiVersions().get(module.apiVersions().size() - 1);
        for (Route route : own.routes()) {
            for (Map.Entry<String, ResponseDecorator> n : newer) {
                route = new NewerApiVersion(n.getKey(), base, n.getValue()).apply(route);
            }
            router.add(route);
        }
    }

    /**
     * The emulated services, in the order their routes were registered: phone numbers, SIP routing, identity.
     *
     * @return the modules
     */
    public List<ServiceModule> modules() {
        return modules;
    }

    /**
     * The emulated SIP routing and identity services (state inspection in tests).
     *
     * @return the services
     */
    public SipAndIdentityApis sipAndIdentity() {
        return sipAndIdentity;
    }

    /**
     * Starts an emulator with defaults: a free port, a random key, seed 0, no purchased numbers.
     *
     * @return the running emulator
     */
    public static PhoneNumbersEmulator start() {
        return builder().start();
    }

    /**
     * A builder for a configured emulator.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code http://127.0.0.1:PORT} (no trailing slash).
     *
     * @return {@code http://127.0.0.1:PORT} (no trailing slash)
     */
    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The bound port.
     *
     * @return the bound port
     */
    public int port() {
        return server.port();
    }

    /**
     * {@code endpoint=http://127.0.0.1:PORT/;accesskey=<key>}. Contains the key: do not log it.
     *
     * @return the connection string
     */
    public String connectionString() {
        return "endpoint=" + endpoint() + "/;accesskey=" + accessKey;
    }

    /**
     * The base64 access key requests must be signed with.
     *
     * @return the base64 access key requests must be signed with
     */
    public String accessKey() {
        return accessKey;
    }

    /**
     * The route table; add routes here to plug in more APIs while running.
     *
     * @return the route table
     */
    public Router router() {
        return router;
    }

    /**
     * A snapshot of purchased numbers, holds and counts.
     *
     * @return the snapshot
     */
    public EmulatorState state() {
        return state.snapshot();
    }

    /**
     * The purchased number, or {@code null}: direct access for assertions.
     *
     * @param e164 the E.164 number
     * @return the number, or {@code null}
     */
    public Model.PurchasedNumber purchasedNumber(String e164) {
        return state.purchased(e164);
    }

    /** The test-support view behind {@code GET /_emulator/state} (HMAC-signed like any request). */
    private JsonObject stateJson() {
        EmulatorState st = state.snapshot();
        JsonObject o = new JsonObject();
        o.addProperty("purchasedNumbers", st.purchasedNumbers().size());
        o.addProperty("heldNumbers", st.holds().size());
        o.addProperty("searches", st.searches());
        o.addProperty("reservations", st.reservations());
        o.addProperty("operations", st.operations());
        o.addProperty("requests", server.requestCount());
        o.addProperty("rejectedAuth", server.rejectedAuthCount());
        JsonObject f = new JsonObject();
        faults.counts().forEach((k, v) -> f.addProperty(k.name(), v));
        o.add("faults", f);
        return o;
    }

    /**
     * Requests rejected with 401 (bad signature, date, body hash, token) so far.
     *
     * @return requests rejected with 401 (bad signature, date, body hash, token) so far
     */
    public long rejectedAuthCount() {
        return server.rejectedAuthCount();
    }

    /**
     * Requests received so far.
     *
     * @return requests received so far
     */
    public long requestCount() {
        return server.requestCount();
    }

    /**
     * Faults injected so far, by kind.
     *
     * @return faults injected so far, by kind
     */
    public Map<FaultKind, Long> faultCounts() {
        return faults.counts();
    }

    /**
     * Replaces the fault plan at run time (the draw sequence restarts from its seed).
     *
     * @param plan the fault plan
     */
    public void setFaults(FaultPlan plan) {
        faults.setPlan(plan);
    }

    /**
     * Puts the emulator back in the state it started in without a data file: no searches, reservations, operations,
     * identities or SIP trunks and routes; the builder's pre-populated numbers and SIP domains again. The port, key,
     * clock, fault plan and counters stay, so clients built for it keep working. With a data file, the reset state is
     * what is stored from now on.
     */
    public synchronized void reset() {
        if (closed) {
            throw new IllegalStateException("the emulator is closed");
        }
        for (ServiceModule module : modules) {
            module.reset();
            module.persistence().ifPresent(this::saveDomain);
        }
    }

    /** Stops serving and flushes and closes the data file. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        for (PersistentDomain d : domains) {
            saveDomain(d);
        }
        store.close();
    }

    private static String randomKey() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "PhoneNumbersEmulator[" + endpoint() + "]";
    }

    /** The names of the built-in services ({@link ServiceModule#name()}), in registration order. */
    private static final List<String> SERVICES = List.of("phonenumbers", "sip", "identity");

    /** Configures and starts a {@link PhoneNumbersEmulator}. */
    public static final class Builder {
        private int port;
        private String accessKey;
        private long seed;
        private int purchased;
        private Path dataFile;
        private Clock clock = Clock.systemUTC();
        private Clock authClock;
        private OperationTiming timing = OperationTiming.uniform(Duration.ofMillis(300));
        private FaultPlan faults = FaultPlan.NONE;
        private Predicate<String> bearerTokens;
        private Duration skew = HmacAuthenticator.DEFAULT_SKEW;
        private int threads = 32;
        private final List<Consumer<Router>> routeHooks = new ArrayList<>();
        private final List<PersistentDomain> domains = new ArrayList<>();
        private final List<String> sipDomains = new ArrayList<>();
        private final Map<String, List<Map.Entry<String, ResponseDecorator>>> newerVersions = new LinkedHashMap<>();
        private Consumer<String> requestLog;

        private Builder() {
        }

        /**
         * Sends one line per request to {@code sink}: {@code METHOD path?query -> status (N ms)}. No headers or
         * bodies, so no key, signature or token.
         *
         * @param sink receives the lines (called on the server's threads), or {@code null} for none
         * @return this builder
         */
        public Builder requestLog(Consumer<String> sink) {
            this.requestLog = sink;
            return this;
        }

        /**
         * Registers SIP domains on the emulated resource (enabled, as after verification). This switches on the
         * service's rule that a trunk must lie in a registered domain (else 422 {@code MissingDomain}); without
         * any registered domain (the default) every trunk is accepted. Domains can also be added with the preview
         * API's {@code PATCH /sip {"domains":{...}}}.
         *
         * @param names domain names such as {@code contoso.com}
         * @return this builder
         */
        public Builder sipDomains(String... names) {
            if (names == null) {
                throw new IllegalArgumentException("SIP domains must not be null");
            }
            for (String name : names) {
                if (name == null || !name.trim().matches(
                        "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")) {
                    throw new IllegalArgumentException("not a domain name: '" + name + "'");
                }
                sipDomains.add(name.trim());
            }
            return this;
        }

        /**
         * TCP port on 127.0.0.1; 0 (default) picks a free one.
         *
         * @param value the value
         * @return this builder
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * The base64 access key; by default a random 32-byte key.
         *
         * @param base64 the access key, base64
         * @return this builder
         */
        public Builder accessKey(String base64) {
            if (base64 == null || base64.isBlank()) {
                throw new IllegalArgumentException("access key must not be blank");
            }
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("access key is not valid base64");
            }
            if (decoded.length == 0) {
                throw new IllegalArgumentException("access key decodes to zero bytes");
            }
            this.accessKey = base64.trim();
            return this;
        }

        /**
         * Seed of the inventory (which numbers are offered, in which order).
         *
         * @param value the value
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Pre-populates this many purchased US numbers (once per data file).
         *
         * @param count how many
         * @return this builder
         */
        public Builder purchased(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("purchased count must not be negative");
            }
            this.purchased = count;
            return this;
        }

        /**
         * Persists the state in this H2 MVStore file; by default state lives in memory only.
         *
         * @param file the data file
         * @return this builder
         */
        public Builder dataFile(Path file) {
            this.dataFile = file;
            return this;
        }

        /**
         * Clock for expiry and operation progress (e.g. a {@link ManualClock} a test moves forward). The HMAC
         * {@code x-ms-date} check keeps using the real time, as clients sign with it; see {@link #authClock(Clock)}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder clock(Clock value) {
            if (value == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            this.clock = value;
            return this;
        }

        /**
         * Clock for the {@code x-ms-date} skew check only. Defaults to the real time (the system UTC clock), whatever
         * {@link #clock(Clock)} is, because clients sign with the real time; pass the main clock here when the client
         * under test signs with that clock too.
         *
         * @param value the clock for the date check
         * @return this builder
         */
        public Builder authClock(Clock value) {
            if (value == null) {
                throw new IllegalArgumentException("auth clock must not be null");
            }
            this.authClock = value;
            return this;
        }

        /**
         * Time every long-running operation takes to finish (default 300 ms).
         *
         * @param delay the delay
         * @return this builder
         */
        public Builder operationDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("operation delay must be zero or positive");
            }
            this.timing = OperationTiming.uniform(delay);
            return this;
        }

        /**
         * Operation durations like the real service (seconds to tens of seconds).
         *
         * @return this builder
         */
        public Builder realisticOperationDelays() {
            this.timing = OperationTiming.realistic();
            return this;
        }

        /**
         * Faults to inject (default none).
         *
         * @param plan the fault plan
         * @return this builder
         */
        public Builder faults(FaultPlan plan) {
            this.faults = plan == null ? FaultPlan.NONE : plan;
            return this;
        }

        /**
         * Accepts {@code Authorization: Bearer <token>} when the predicate says yes (default: never).
         *
         * @param accept accepts a token when true
         * @return this builder
         */
        public Builder bearerTokens(Predicate<String> accept) {
            this.bearerTokens = accept;
            return this;
        }

        /**
         * Accepts exactly this bearer token.
         *
         * @param token the token
         * @return this builder
         */
        public Builder acceptBearerToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("bearer token must not be blank");
            }
            this.bearerTokens = token::equals;
            return this;
        }

        /**
         * Allowed difference between {@code x-ms-date} and the clock (default 15 minutes).
         *
         * @param value the value
         * @return this builder
         */
        public Builder clockSkew(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("clock skew must be zero or positive");
            }
            this.skew = value;
            return this;
        }

        /**
         * Worker threads the HTTP server keeps ready (default 32). More start on demand, up to
         * {@link EmulatorHttpServer#MAX_WORKER_THREADS}, so connections that stall mid-request never make others wait;
         * such connections are closed after the read timeout ({@link EmulatorHttpServer#READ_TIMEOUT_PROPERTY}).
         *
         * @param value the value
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = value;
            return this;
        }

        /**
         * Registers more routes (e.g. SIP routing, identity) when the emulator starts; see {@link Router}.
         *
         * @param registration registers routes on the router
         * @return this builder
         */
        public Builder routes(Consumer<Router> registration) {
            if (registration == null) {
                throw new IllegalArgumentException("route registration must not be null");
            }
            routeHooks.add(registration);
            return this;
        }

        /**
         * Makes a service speak an api-version newer than its spec document, as the real service does once
         * Microsoft rolls the version out: every route of the service also accepts {@code version} (and lists it in
         * {@code api-supported-versions}), behaves as for the service's newest built-in version, and passes its
         * answers through {@code decorator}, which adds what the newer version changes (new response fields, new
         * enum values). The decorator sees every answer of the service, whatever api-version the client asked for
         * (check {@link ApiRequest#apiVersion()} to change only the newer version's answers), so an older client can be
         * tested against a service that already sends the newer shapes. New operations are new routes
         * ({@link #routes(Consumer)}).
         *
         * @param service   {@code phonenumbers}, {@code sip} or {@code identity} ({@link ServiceModule#name()})
         * @param version   the newer api-version, e.g. {@code 2026-03-01}
         * @param decorator changes the service's answers; {@code null} for none
         * @return this builder
         */
        public Builder newerApiVersion(String service, String version, ResponseDecorator decorator) {
            if (!SERVICES.contains(service)) {
                throw new IllegalArgumentException("unknown service '" + service + "': one of " + SERVICES);
            }
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("the newer api-version must not be blank");
            }
            newerVersions.computeIfAbsent(service, k -> new ArrayList<>())
                    .add(new java.util.AbstractMap.SimpleImmutableEntry<>(version.trim(),
                            decorator == null ? ResponseDecorator.NONE : decorator));
            return this;
        }

        /**
         * Persists another API's state (kept by its own service) in the data file; see {@link PersistentDomain}.
         * Without a data file this only restores nothing and saves nothing.
         *
         * @param name     key in the data file
         * @param families route families whose successful writes change the state
         * @param snapshot produces the state as JSON
         * @param restore  loads a saved state
         * @return this builder
         */
        public Builder persistentDomain(String name, Set<String> families, Supplier<JsonObject> snapshot,
                                        Consumer<JsonObject> restore) {
            domains.add(new PersistentDomain(name, families, snapshot, restore));
            return this;
        }

        /**
         * Binds the port and starts serving.
         *
         * @return the running emulator
         */
        public PhoneNumbersEmulator start() {
            try {
                return new PhoneNumbersEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the emulator on port " + port + ": " + e.getMessage(),
                        e);
            }
        }
    }
}
