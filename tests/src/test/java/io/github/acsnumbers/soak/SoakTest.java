package io.github.acsnumbers.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.emulator.EmulatorState;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.ReservationStatus;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.testing.SecretGuard;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The soak of issue 8: mixed phone-number and SIP operations from several threads against the in-process emulator
 * at 20% faults of every kind, then a comparison of what the SDK acknowledged with what the emulator holds.
 *
 * <p>Bounded in the normal suite ({@value #DEFAULT_OPERATIONS} operations per run); the full-size run is
 * {@code -Dsoak.operations=1000} (see docs/reliability.md). {@code -Dsoak.seed=N} changes the seeds of the fault
 * sequence, the inventory and the workers' choices.
 *
 * <p>The client's read timeout (500 ms) is below the emulator's slow-response delay (1.5 s), so slow responses
 * surface as client timeouts. Requests that are not replay-safe (POST search, purchase, reservation purchase) may
 * fail under faults; they must fail with a {@link CommunicationException} that says what happened, never silently
 * and never with another exception type.
 */
class SoakTest {
    static final int DEFAULT_OPERATIONS = 200;
    private static final int OPERATIONS = Integer.getInteger("soak.operations", DEFAULT_OPERATIONS);
    private static final long SEED = Long.getLong("soak.seed", 8L);
    private static final double FAULT_RATE = 0.2;
    private static final Duration SLOW_DELAY = Duration.ofMillis(1500);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);
    private static final String[] OPS = {
        "search", "purchase", "purchaseAsync", "browse", "reserve", "reservationPurchase", "reservationPurchaseAsync",
        "capabilities", "release", "get", "get", "list", "sipTrunk", "sipTrunk", "sipRoutes"};

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void eightWorkersEachWithTheirOwnClientLoseNothing() throws Exception {
        soak(8, false);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void oneClientSharedByThirtyTwoThreadsLosesNothing() throws Exception {
        soak(32, true);
    }

    private void soak(int workers, boolean sharedClient) throws Exception {
        FaultPlan faults = FaultPlan.of(FAULT_RATE, SEED).withSlowDelay(SLOW_DELAY).withRetryAfterSeconds(1);
        assertTrue(READ_TIMEOUT.compareTo(faults.slowDelay()) < 0, "slow faults must outlast the read timeout");
        // pre-bought numbers, only ever released by the worker that owns them (a number the soak bought is never
        // released, so that a second sale of it can only be a double purchase)
        int ownedPerWorker = Math.max(4, OPERATIONS / (workers * 6));
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().seed(SEED)
                .purchased(workers * ownedPerWorker).operationDelay(Duration.ofMillis(100)).threads(64).start()) {
            SecretGuard.register(emulator.accessKey());
            SoakLedger ledger = new SoakLedger();
            OkHttpClient http = new OkHttpClient.Builder()
                .addNetworkInterceptor(chain -> timedOutSipWrites(chain, ledger))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(2, TimeUnit.SECONDS)
                .callTimeout(60, TimeUnit.SECONDS)
                .build();
            RetryOptions retry = RetryOptions.defaults().withMaxRetries(6).withBaseDelay(Duration.ofMillis(50))
                .withMaxDelay(Duration.ofSeconds(1));
            IntFunction<PhoneNumbersClient> numbersFor = i -> new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).httpClient(http).retryOptions(retry)
                .pollInterval(Duration.ofMillis(50)).buildClient();
            IntFunction<SipRoutingClient> sipFor = i -> new SipRoutingClientBuilder()
                .connectionString(emulator.connectionString()).httpClient(http).retryOptions(retry).buildClient();
            IntFunction<PhoneNumbersAsyncClient> asyncFor = i -> new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).httpClient(http).retryOptions(retry)
                .pollInterval(Duration.ofMillis(50)).buildAsyncClient();
            PhoneNumbersClient sharedNumbers = numbersFor.apply(-1);
            PhoneNumbersAsyncClient sharedAsync = asyncFor.apply(-1);
            SipRoutingClient sharedSip = sipFor.apply(-1);

            // set-up without faults: every worker owns a few pre-bought numbers and one trunk of its own
            List<String> prebought = new ArrayList<>(emulator.state().purchasedNumbers());
            List<String> trunks = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                trunks.add("w" + w + ".soak.contoso.com");
            }
            sharedSip.setTrunks(trunks.stream().map(f -> new SipTrunk(f, 5061)).toList());
            emulator.setFaults(faults);

            AtomicInteger budget = new AtomicInteger(OPERATIONS);
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                List<String> owned = new ArrayList<>();
                for (int i = w; i < prebought.size(); i += workers) {
                    owned.add(prebought.get(i));
                }
                Worker worker = new Worker(w, new Random(SEED * 1_000_003L + w), ledger,
                    sharedClient ? sharedNumbers : numbersFor.apply(w), sharedClient ? sharedAsync : asyncFor.apply(w),
                    sharedClient ? sharedSip : sipFor.apply(w),
                    owned, trunks);
                done.add(pool.submit(() -> {
                    while (budget.getAndDecrement() > 0) {
                        worker.step();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            // the verdict is read without faults
            emulator.setFaults(FaultPlan.NONE);
            Map<FaultKind, Long> injected = emulator.faultCounts();
            Verdict v = verdict(emulator, sharedNumbers, sharedSip, ledger, new TreeSet<>(prebought));
            String report = "SOAK " + workers + " threads, " + (sharedClient ? "one shared client" : "a client each")
                + ", " + OPERATIONS + " operations, fault rate " + FAULT_RATE + ", seed " + SEED + ", " + elapsedMs
                + " ms\n"
                + "  operations attempted / succeeded / failed with a clear exception / defects: "
                + ledger.attempted() + " / " + ledger.succeeded() + " / " + ledger.failedClearly() + " / "
                + ledger.defectCount() + "\n"
                + "  numbers bought twice: " + v.boughtTwice.size() + " " + v.boughtTwice + "\n"
                + "  purchases acknowledged but absent: " + v.lostPurchases.size() + " " + v.lostPurchases + "\n"
                + "  releases acknowledged but number still owned: " + v.unreleased.size() + " " + v.unreleased + "\n"
                + "  SIP writes acknowledged but missing from the final configuration: " + v.lostSip.size() + " "
                + v.lostSip + "\n"
                + "  SIP writes overtaken by an earlier attempt that timed out on the client and was applied late "
                + "(no ETag on /sip, so no client can prevent it): " + v.overtaken.size() + " " + v.overtaken + "\n"
                + "  capability updates overtaken the same way: " + ledger.overtakenCapabilities.size() + " "
                + ledger.overtakenCapabilities + "\n"
                + "  requests rejected as wrongly signed (retries included): " + emulator.rejectedAuthCount() + "\n"
                + "  requests served: " + emulator.requestCount() + ", faults injected: " + injected + "\n"
                + "  purchases acknowledged: " + ledger.acknowledgedSearchPurchases.size() + " searches, "
                + ledger.acknowledgedReservationPurchases.size() + " reservations; purchased in the emulator but "
                + "not acknowledged (answer lost): " + v.unacknowledgedPurchases + "; releases applied but reported "
                + "as failed: " + v.releasedButReportedFailed + "\n"
                + ledger.table();
            System.out.println(report);
            ledger.defects.forEach(d -> System.out.println("  DEFECT " + d));

            assertEquals(OPERATIONS, ledger.attempted(), "every operation is accounted for");
            assertEquals(ledger.attempted(), ledger.succeeded() + ledger.failedClearly() + ledger.defectCount());
            assertTrue(ledger.succeeded() > ledger.attempted() / 2, "most operations succeed at 20% faults\n" + report);
            assertTrue(injected.values().stream().mapToLong(Long::longValue).sum() > 0, "faults were injected");
            assertEquals(List.of(), ledger.defects, "operations that failed with something else than a clear "
                + "CommunicationException");
            assertEquals(List.of(), v.boughtTwice, "numbers bought twice");
            assertEquals(List.of(), v.lostPurchases, "purchases acknowledged but absent");
            assertEquals(List.of(), v.unreleased, "releases acknowledged but the number still owned");
            assertEquals(List.of(), v.lostSip, "SIP writes acknowledged but missing");
            assertEquals(0, emulator.rejectedAuthCount(), "requests rejected as wrongly signed");
        }
    }

    /** The must-be-empty findings of one run. */
    private record Verdict(List<String> boughtTwice, List<String> lostPurchases, List<String> unreleased,
                           List<String> lostSip, List<String> overtaken, int unacknowledgedPurchases,
                           int releasedButReportedFailed) {
    }

    private static Verdict verdict(PhoneNumbersEmulator emulator, PhoneNumbersClient numbers, SipRoutingClient sip,
                                   SoakLedger ledger, Set<String> prebought) {
        EmulatorState state = emulator.state();
        // the emulator's purchase records: which searches and reservations it says it sold
        Map<String, List<String>> soldBy = new HashMap<>();
        int unacknowledged = 0;
        for (Map.Entry<String, List<String>> s : ledger.completedSearches.entrySet()) {
            if (purchasedInEmulator(numbers, s.getKey())) {
                s.getValue().forEach(n -> soldBy.computeIfAbsent(n, k -> new ArrayList<>()).add("search " + s.getKey()));
                if (!ledger.acknowledgedSearchPurchases.containsKey(s.getKey())) {
                    unacknowledged++;
                }
            }
        }
        Map<String, List<String>> reservationNumbers = new HashMap<>();
        for (String id : ledger.reservationIds) {
            Optional<PhoneNumbersReservation> r = reservation(numbers, id);
            if (r.isEmpty()) {
                continue;
            }
            List<String> held = r.get().getPhoneNumbers().values().stream().filter(n -> !n.hasError())
                .map(AvailablePhoneNumber::getPhoneNumber).toList();
            reservationNumbers.put(id, held);
            ReservationStatus status = r.get().getStatus();
            if (ReservationStatus.COMPLETED.equals(status) || ReservationStatus.SUBMITTED.equals(status)) {
                held.forEach(n -> soldBy.computeIfAbsent(n, k -> new ArrayList<>()).add("reservation " + id));
                if (!ledger.acknowledgedReservationPurchases.contains(id)) {
                    unacknowledged++;
                }
            }
        }
        List<String> twice = new ArrayList<>();
        soldBy.forEach((n, sales) -> {
            // a pre-bought number can be sold again legitimately only after a release
            boolean alreadyOwned = prebought.contains(n) && !ledger.releaseAttempted.contains(n);
            if (sales.size() > 1 || alreadyOwned) {
                twice.add(n + " sold by " + sales + (alreadyOwned ? " while pre-bought" : ""));
            }
        });
        List<String> lost = new ArrayList<>();
        ledger.acknowledgedSearchPurchases.forEach((id, ns) -> ns.stream()
            .filter(n -> !state.purchasedNumbers().contains(n) && !ledger.releaseAttempted.contains(n))
            .forEach(n -> lost.add(n + " (search " + id + ")")));
        for (String id : ledger.acknowledgedReservationPurchases) {
            List<String> ns = reservationNumbers.get(id);
            if (ns == null || ns.isEmpty()) {
                lost.add("reservation " + id + " (gone or empty)");
                continue;
            }
            ns.stream().filter(n -> !state.purchasedNumbers().contains(n))
                .forEach(n -> lost.add(n + " (reservation " + id + ")"));
        }
        List<String> unreleased = new ArrayList<>();
        for (String n : ledger.releaseAcknowledged) {
            if (state.purchasedNumbers().contains(n) && !soldBy.containsKey(n)) {
                unreleased.add(n);
            }
        }
        // a release whose answer was lost is re-sent (DELETE counts as replay-safe); the repeat's operation then
        // fails with NotFound although the first one released the number
        int releasedButFailed = 0;
        for (String n : ledger.releaseAttempted) {
            if (!ledger.releaseAcknowledged.contains(n) && !state.purchasedNumbers().contains(n)) {
                releasedButFailed++;
            }
        }
        SipConfiguration finalSip = sip.getConfiguration();
        List<String> lostSip = new ArrayList<>();
        List<String> overtaken = new ArrayList<>();
        ledger.trunkWrites.forEach((fqdn, writes) -> {
            Optional<SipTrunk> trunk = finalSip.getTrunks().stream().filter(t -> t.getFqdn().equals(fqdn)).findFirst();
            int lastAck = -1;
            for (int i = 0; i < writes.size(); i++) {
                if (writes.get(i).acknowledged.get()) {
                    lastAck = i;
                }
            }
            if (lastAck < 0) {
                return;
            }
            // the last acknowledged port, or a later write that failed on the way back but was applied
            Set<Integer> allowed = new TreeSet<>();
            for (int i = lastAck; i < writes.size(); i++) {
                allowed.add(writes.get(i).value);
            }
            Integer now = trunk.map(SipTrunk::getSipSignalingPort).orElse(null);
            if (now != null && !allowed.contains(now)
                    && ledger.timedOutTrunkPorts.getOrDefault(fqdn, Set.of()).contains(now)) {
                // an attempt the client timed out on, applied by the emulator after the later writes
                overtaken.add("trunk " + fqdn + ": port " + now + " (a timed-out attempt) replaced the acknowledged "
                    + writes.get(lastAck).value + "; writes in order (* = acknowledged): "
                    + writes.stream().map(w -> w.value + (w.acknowledged.get() ? "*" : "")).toList());
                return;
            }
            if (trunk.isEmpty() || !allowed.contains(trunk.get().getSipSignalingPort())) {
                lostSip.add("trunk " + fqdn + ": " + trunk.map(t -> "port " + t.getSipSignalingPort()).orElse("absent")
                    + ", expected one of " + allowed + "; its writes in order (* = acknowledged): "
                    + writes.stream().map(w -> w.value + (w.acknowledged.get() ? "*" : "")).toList());
            }
        });
        boolean anyRouteAck = ledger.routeWrites.stream().anyMatch(w -> w.acknowledged.get());
        boolean finalIsWritten = ledger.routeWrites.stream().anyMatch(w -> w.value.equals(finalSip.getRoutes()));
        if (anyRouteAck && !finalIsWritten) {
            lostSip.add("routes: the final list " + finalSip.getRoutes() + " is none of the lists written");
        }
        return new Verdict(twice, lost, unreleased, lostSip, overtaken, unacknowledged, releasedButFailed);
    }

    /**
     * Sees every attempt on the wire (a network interceptor runs below the SDK's retry): a trunk PATCH that timed
     * out may still be applied by the emulator, whose slow fault waits before it handles the request.
     */
    private static okhttp3.Response timedOutSipWrites(okhttp3.Interceptor.Chain chain, SoakLedger ledger)
            throws java.io.IOException {
        okhttp3.Request request = chain.request();
        try {
            return chain.proceed(request);
        } catch (java.io.InterruptedIOException e) {
            List<String> path = request.url().pathSegments();
            if ("PATCH".equals(request.method()) && request.body() != null && path.size() == 3
                    && path.get(2).equals("capabilities")) {
                okio.Buffer buffer = new okio.Buffer();
                request.body().writeTo(buffer);
                com.google.gson.JsonObject body = com.google.gson.JsonParser.parseString(buffer.readUtf8())
                    .getAsJsonObject();
                if (body.has("calling")) {
                    ledger.timedOutCallingCapabilities.computeIfAbsent(path.get(1), k -> ConcurrentHashMap.newKeySet())
                        .add(body.get("calling").getAsString());
                }
            }
            if ("PATCH".equals(request.method()) && request.url().encodedPath().equals("/sip")
                    && request.body() != null) {
                okio.Buffer buffer = new okio.Buffer();
                request.body().writeTo(buffer);
                com.google.gson.JsonObject body = com.google.gson.JsonParser.parseString(buffer.readUtf8())
                    .getAsJsonObject();
                if (body.has("trunks") && body.get("trunks").isJsonObject()) {
                    body.getAsJsonObject("trunks").entrySet().forEach(t -> {
                        if (t.getValue().isJsonObject() && t.getValue().getAsJsonObject().has("sipSignalingPort")) {
                            ledger.timedOutTrunkPorts.computeIfAbsent(t.getKey(), k -> ConcurrentHashMap.newKeySet())
                                .add(t.getValue().getAsJsonObject().get("sipSignalingPort").getAsInt());
                        }
                    });
                }
            }
            throw e;
        }
    }

    private static boolean purchasedInEmulator(PhoneNumbersClient numbers, String searchId) {
        try {
            OperationStatus s = numbers.resumePurchasePhoneNumbers("purchase_" + searchId).poll();
            return !OperationStatus.FAILED.equals(s) && !OperationStatus.CANCELLED.equals(s);
        } catch (CommunicationException e) {
            if (e.getStatusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<PhoneNumbersReservation> reservation(PhoneNumbersClient numbers, String id) {
        try {
            return Optional.of(numbers.getReservation(id));
        } catch (CommunicationException e) {
            if (e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One thread's worth of operations, chosen by its own seeded random. */
    private static final class Worker {
        private final int id;
        private final Random random;
        private final SoakLedger ledger;
        private final PhoneNumbersClient numbers;
        private final PhoneNumbersAsyncClient async;
        private final SipRoutingClient sip;
        private final List<String> owned;
        private final List<String> trunks;
        private final String myTrunk;
        private final Deque<PhoneNumberSearchResult> held = new ArrayDeque<>();
        private final Deque<String> reservations = new ArrayDeque<>();
        private final List<String> bought = new ArrayList<>();
        private int routeWrites;

        Worker(int id, Random random, SoakLedger ledger, PhoneNumbersClient numbers, PhoneNumbersAsyncClient async,
               SipRoutingClient sip, List<String> owned, List<String> trunks) {
            this.id = id;
            this.random = random;
            this.ledger = ledger;
            this.numbers = numbers;
            this.async = async;
            this.sip = sip;
            this.owned = owned;
            this.trunks = trunks;
            this.myTrunk = trunks.get(id);
        }

        void step() {
            String op = OPS[random.nextInt(OPS.length)];
            // a purchase needs something to buy: without it, this step makes it (and is counted as that)
            if (op.startsWith("purchase") && held.isEmpty()) {
                op = "search";
            } else if (op.startsWith("reservationPurchase") && reservations.isEmpty()) {
                op = "reserve";
            } else if (op.equals("release") && owned.size() <= 2) {
                op = "get"; // each worker keeps two numbers of its own for capabilities and gets
            }
            switch (op) {
                case "search" -> ledger.perform(op, this::search);
                case "purchase" -> ledger.perform(op, this::purchase);
                case "purchaseAsync" -> ledger.perform(op, this::purchaseAsync);
                case "reservationPurchaseAsync" -> ledger.perform(op, this::reservationPurchaseAsync);
                case "browse" -> ledger.perform(op, this::browse);
                case "reserve" -> ledger.perform(op, this::reserve);
                case "reservationPurchase" -> ledger.perform(op, this::reservationPurchase);
                case "capabilities" -> ledger.perform(op, this::capabilities);
                case "release" -> ledger.perform(op, this::release);
                case "get" -> ledger.perform(op, this::get);
                case "list" -> ledger.perform(op, this::list);
                case "sipTrunk" -> ledger.perform(op, this::sipTrunk);
                case "sipRoutes" -> ledger.perform(op, this::sipRoutes);
                default -> throw new IllegalStateException(op);
            }
        }

        private void search() {
            PhoneNumberSearchResult result = numbers.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION,
                new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
                    PhoneNumberCapabilityType.INBOUND_OUTBOUND),
                new SearchOptions().withQuantity(1 + random.nextInt(2))).getFinalResult();
            check(!result.getPhoneNumbers().isEmpty(), "a completed search holds numbers");
            ledger.completedSearches.put(result.getSearchId(), List.copyOf(result.getPhoneNumbers()));
            held.add(result);
        }

        private void purchase() {
            PhoneNumberSearchResult s = held.poll();
            // never re-sent by the test: a purchase whose answer is lost is the SDK's to recover
            numbers.beginPurchasePhoneNumbers(s.getSearchId(), new PurchaseOptions().withAgreeToNotResell(true))
                .getFinalResult();
            ledger.acknowledgedSearchPurchases.put(s.getSearchId(), List.copyOf(s.getPhoneNumbers()));
            bought.addAll(s.getPhoneNumbers());
        }

        /** The same purchase through the async client (its start recovery is the async twin). */
        private void purchaseAsync() {
            PhoneNumberSearchResult s = held.poll();
            join(async.beginPurchasePhoneNumbers(s.getSearchId(), new PurchaseOptions().withAgreeToNotResell(true))
                .thenCompose(AsyncPoller::getFinalResult));
            ledger.acknowledgedSearchPurchases.put(s.getSearchId(), List.copyOf(s.getPhoneNumbers()));
            bought.addAll(s.getPhoneNumbers());
        }

        private void reservationPurchaseAsync() {
            String reservationId = reservations.poll();
            join(async.beginReservationPurchase(reservationId, new PurchaseOptions().withAgreeToNotResell(true))
                .thenCompose(AsyncPoller::getFinalResult));
            ledger.acknowledgedReservationPurchases.add(reservationId);
        }

        /** Waits for an async result; its failure is thrown as it is (a CommunicationException or a defect). */
        private static <T> T join(CompletableFuture<T> future) {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }

        private List<AvailablePhoneNumber> browse() {
            PhoneNumbersBrowseResult r = numbers.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE);
            check(!r.getPhoneNumbers().isEmpty(), "browse finds numbers");
            return r.getPhoneNumbers();
        }

        private void reserve() {
            List<AvailablePhoneNumber> available = browse();
            List<AvailablePhoneNumber> pick = new ArrayList<>();
            int want = 1 + random.nextInt(2);
            for (int i = 0; i < want; i++) {
                AvailablePhoneNumber n = available.get(random.nextInt(available.size()));
                if (!pick.contains(n)) {
                    pick.add(n);
                }
            }
            String reservationId = new UUID(random.nextLong(), random.nextLong()).toString();
            ledger.reservationIds.add(reservationId);
            PhoneNumbersReservation r = numbers.createOrUpdateReservation(reservationId, pick, null);
            // another worker may have taken a number first: the answer (207) then lists it with its error
            check(r.getPhoneNumbers().size() == pick.size() && pick.stream()
                    .allMatch(n -> r.getPhoneNumbers().containsKey(n.getId() != null ? n.getId()
                    : n.getPhoneNumber().substring(1))),
                "each number asked for is reserved or listed with its error");
            if (r.getFailedPhoneNumbers().size() < r.getPhoneNumbers().size()) {
                reservations.add(reservationId);
            }
        }

        private void reservationPurchase() {
            String reservationId = reservations.poll();
            numbers.beginReservationPurchase(reservationId, new PurchaseOptions().withAgreeToNotResell(true))
                .getFinalResult();
            ledger.acknowledgedReservationPurchases.add(reservationId);
        }

        private void capabilities() {
            if (owned.isEmpty()) {
                get();
                return;
            }
            String n = owned.get(random.nextInt(owned.size()));
            PhoneNumberCapabilityType calling = random.nextBoolean() ? PhoneNumberCapabilityType.INBOUND
                : PhoneNumberCapabilityType.INBOUND_OUTBOUND;
            PurchasedPhoneNumber updated = numbers.beginUpdatePhoneNumberCapabilities(n, calling, null)
                .getFinalResult();
            check(n.equals(updated.getPhoneNumber()), "capabilities of the number asked for");
            PhoneNumberCapabilityType now = updated.getCapabilities().getCalling();
            if (!calling.equals(now) && now != null && ledger.timedOutCallingCapabilities
                    .getOrDefault(n, Set.of()).contains(now.toString())) {
                // an earlier attempt the client timed out on was applied after this update (see the trunk writes)
                ledger.overtakenCapabilities.add(n + ": asked " + calling + ", shows " + now);
                return;
            }
            check(calling.equals(now), "the new calling capability is in force");
        }

        private void release() {
            String n = owned.remove(random.nextInt(owned.size()));
            ledger.releaseAttempted.add(n);
            numbers.beginReleasePhoneNumber(n).getFinalResult();
            ledger.releaseAcknowledged.add(n);
        }

        private void get() {
            List<String> mine = new ArrayList<>(owned);
            mine.addAll(bought);
            String n = mine.get(random.nextInt(mine.size()));
            PurchasedPhoneNumber p = numbers.getPurchasedPhoneNumber(n);
            check(n.equals(p.getPhoneNumber()), "get answers the number asked for");
        }

        private void list() {
            long count = numbers.listPurchasedPhoneNumbers().stream().limit(400).count();
            check(count >= owned.size(), "the list shows at least this worker's numbers");
        }

        private void sipTrunk() {
            int port = 5000 + random.nextInt(1000);
            SoakLedger.Write<Integer> w = new SoakLedger.Write<>(port);
            ledger.trunkWrites.computeIfAbsent(myTrunk, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(w);
            SipConfiguration answer = sip.setTrunk(new SipTrunk(myTrunk, port));
            w.acknowledged.set(true);
            check(answer.getTrunks().stream().anyMatch(t -> t.getFqdn().equals(myTrunk)
                && t.getSipSignalingPort() == port), "the answer shows the trunk as written");
        }

        private void sipRoutes() {
            List<SipTrunkRoute> routes = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            routeWrites++;
            for (int i = 0; i < count; i++) {
                routes.add(new SipTrunkRoute("w" + id + "-" + routeWrites + "-" + i, "^\\+1[0-9]{" + (7 + i) + ",10}$",
                    List.of(trunks.get(random.nextInt(trunks.size())))));
            }
            SoakLedger.Write<List<SipTrunkRoute>> w = new SoakLedger.Write<>(List.copyOf(routes));
            ledger.routeWrites.add(w);
            sip.setRoutes(routes);
            w.acknowledged.set(true);
        }

        private static void check(boolean condition, String what) {
            if (!condition) {
                throw new AssertionError("wrong answer: expected " + what);
            }
        }
    }
}
