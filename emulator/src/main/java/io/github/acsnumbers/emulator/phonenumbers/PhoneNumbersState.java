package io.github.acsnumbers.emulator.phonenumbers;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.acsnumbers.emulator.http.ApiException;
import io.github.acsnumbers.emulator.phonenumbers.Model.Operation;
import io.github.acsnumbers.emulator.phonenumbers.Model.PurchasedNumber;
import io.github.acsnumbers.emulator.phonenumbers.Model.Reservation;
import io.github.acsnumbers.emulator.phonenumbers.Model.ReservedNumber;
import io.github.acsnumbers.emulator.phonenumbers.Model.Search;
import io.github.acsnumbers.emulator.store.KeyValueStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The mutable state of the emulated resource: purchased numbers, searches and the numbers they hold,
 * reservations, and operations. Every change happens under this object's lock (so a number is never held or sold
 * twice) and is committed to the {@link KeyValueStore} before the method returns, i.e. before the client is
 * answered. Times come from the injected clock; expiry is evaluated lazily against it.
 */
public final class PhoneNumbersState {

    private static final String PURCHASED = "purchased";
    private static final String SEARCHES = "searches";
    private static final String RESERVATIONS = "reservations";
    private static final String OPERATIONS = "operations";
    private static final String META = "meta";
    private static final String RELEASED = "released";

    private final Supplier<Catalog> catalogSource;
    /** Built on first use (parsing the catalog is most of a cold start's cost). */
    private volatile Catalog catalog;
    private final KeyValueStore store;
    private final Clock clock;
    private final OperationTiming timing;
    /** Made on first use: an emulator without a data file never needs it. */
    private volatile Gson gson;

    private final TreeMap<String, PurchasedNumber> purchased = new TreeMap<>();
    private final Map<String, Search> searches = new HashMap<>();
    private final Map<String, Reservation> reservations = new LinkedHashMap<>();
    private final Map<String, Operation> operations = new HashMap<>();
    /** number → holder: {@code S:<searchId>} or {@code R:<reservationId>}; validity is checked lazily. */
    private final Map<String, String> holds = new HashMap<>();
    private final Map<NumberPool, Long> cursors = new HashMap<>();
    private List<PurchasedNumber> sortedCache;

    /**
     * Loads the state from the store (empty when new).
     *
     * @param catalog the catalog
     * @param store   where the state persists
     * @param clock   time source
     * @param timing  operation durations
     */
    public PhoneNumbersState(Catalog catalog, KeyValueStore store, Clock clock, OperationTiming timing) {
        this(() -> catalog, store, clock, timing);
    }

    /**
     * Loads the state from the store (empty when new); the catalog is built when first needed.
     *
     * @param catalog makes the catalog (called at most once, on first use)
     * @param store   where the state persists
     * @param clock   time source
     * @param timing  operation durations
     */
    public PhoneNumbersState(Supplier<Catalog> catalog, KeyValueStore store, Clock clock, OperationTiming timing) {
        this.catalogSource = catalog;
        this.store = store;
        this.clock = clock;
        this.timing = timing;
        load();
    }

    private Gson gson() {
        Gson g = gson;
        if (g == null) {
            g = new GsonBuilder().registerTypeAdapter(Instant.class, new InstantAdapter()).create();
            gson = g;
        }
        return g;
    }

    private void load() {
        String prepopulated = store.map(META).get("prepopulated");
        if (prepopulated != null) {
            generatePrepopulated(Integer.parseInt(prepopulated), Instant.parse(store.map(META).get("prepopulatedAt")));
        }
        // explicit entries override the generated ones; a released number is stored as a tombstone
        store.map(PURCHASED).forEach((k, v) -> {
            if (v.equals(RELEASED)) {
                purchased.remove(k);
            } else {
                purchased.put(k, gson().fromJson(v, PurchasedNumber.class));
            }
        });
        sortedCache = null;
        store.map(SEARCHES).forEach((k, v) -> searches.put(k, gson().fromJson(v, Search.class)));
        List<Reservation> loaded = new ArrayList<>();
        store.map(RESERVATIONS).forEach((k, v) -> loaded.add(gson().fromJson(v, Reservation.class)));
        loaded.sort(Comparator.comparing(Reservation::createdAt));
        loaded.forEach(r -> reservations.put(r.id(), r));
        store.map(OPERATIONS).forEach((k, v) -> operations.put(k, gson().fromJson(v, Operation.class)));
        for (Search s : searches.values()) {
            if (s.state().equals("held")) {
                s.phoneNumbers().forEach(n -> holds.put(n, "S:" + s.searchId()));
            }
        }
        for (Reservation r : reservations.values()) {
            if (r.purchaseStartedAt() == null) {
                r.numbers().values().forEach(n -> holds.put(n.phoneNumber(), "R:" + r.id()));
            }
        }
    }

    /**
     * Forgets every purchased number, search, reservation and operation (in memory and in the store) and
     * pre-populates {@code count} numbers again, as a fresh emulator with the same seed would have them.
     *
     * @param count pre-populated purchased numbers
     */
    public synchronized void reset(int count) {
        for (String name : List.of(PURCHASED, SEARCHES, RESERVATIONS, OPERATIONS, META)) {
            store.map(name).clear();
        }
        purchased.clear();
        searches.clear();
        reservations.clear();
        operations.clear();
        holds.clear();
        cursors.clear();
        sortedCache = null;
        store.commit();
        prepopulate(count);
    }

    /**
     * The catalog this state sells from.
     *
     * @return the catalog this state sells from
     */
    public Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (catalogSource) {
                c = catalog;
                if (c == null) {
                    c = catalogSource.get();
                    catalog = c;
                }
            }
        }
        return c;
    }

    /**
     * Current time of the injected clock.
     *
     * @return current time of the injected clock
     */
    public Instant now() {
        return clock.instant();
    }

    // ---------------------------------------------------------------- pre-population

    /**
     * Adds {@code count} purchased numbers spread over the US pools, once per data file. They are derived from the
     * catalog seed, so the data file records only their count and time (and, like any number, later changes to
     * them): a restart regenerates the same numbers in milliseconds instead of reading them back.
     *
     * @param count how many numbers to add
     */
    public synchronized void prepopulate(int count) {
        if (count <= 0 || store.map(META).containsKey("prepopulated")) {
            return;
        }
        Instant at = now();
        int made = generatePrepopulated(count, at);
        store.map(META).put("prepopulated", Integer.toString(made));
        store.map(META).put("prepopulatedAt", at.toString());
        store.commit();
    }

    /** Fills {@link #purchased} with the deterministic pre-populated numbers; must run on an empty state. */
    private int generatePrepopulated(int count, Instant at) {
        Catalog.Country us = catalog().country("US");
        List<NumberPool> pools = us.pools();
        int i = 0;
        int guard = 0;
        while (i < count && guard < count * 4 + 100) {
            guard++;
            NumberPool pool = pools.get(i % pools.size());
            String number = take(pool, at);
            if (number == null) {
                continue;
            }
            Catalog.Offering offering = pool.type().equals("tollFree")
                    ? catalog().offering("US", "tollFree", "application")
                    : catalog().offering("US", "geographic", i % 2 == 0 ? "application" : "person");
            purchased.put(number, new PurchasedNumber(number, "US", pool.type(), offering.assignmentType(),
                    offering.calling(), offering.sms(), at.minus(Duration.ofHours(1 + (i % 8760))),
                    offering.amount(), "USD"));
            i++;
        }
        sortedCache = null;
        return i;
    }

    /** The next available number of a pool (advancing its cursor), or {@code null} when none is left. */
    private String take(NumberPool pool, Instant now) {
        long cursor = cursors.getOrDefault(pool, 0L);
        long limit = Math.min(pool.capacity(), purchased.size() + holds.size() + 10_000L);
        for (long scanned = 0; scanned < limit; scanned++) {
            String n = pool.numberAt(cursor);
            cursor = (cursor + 1) % pool.capacity();
            if (pool.mintable(n) && available(n, now)) {
                cursors.put(pool, cursor);
                return n;
            }
        }
        cursors.put(pool, cursor);
        return null;
    }

    private boolean available(String number, Instant now) {
        if (purchased.containsKey(number)) {
            return false;
        }
        String holder = holds.get(number);
        return holder == null || !holdValid(holder, now);
    }

    private boolean holdValid(String holder, Instant now) {
        String id = holder.substring(2);
        if (holder.startsWith("S:")) {
            Search s = searches.get(id);
            return s != null && s.state().equals("held") && now.isBefore(s.expiresBy());
        }
        Reservation r = reservations.get(id);
        return r != null && r.activeAt(now);
    }

    /**
     * Who holds a number right now: {@code search:<id>}, {@code reservation:<id>}, or {@code null}.
     *
     * @param number E.164 number
     * @return who holds a number right now
     */
    public synchronized String holderOf(String number) {
        String h = holds.get(number);
        if (h == null || !holdValid(h, now())) {
            return null;
        }
        return (h.startsWith("S:") ? "search:" : "reservation:") + h.substring(2);
    }

    // ---------------------------------------------------------------- purchased numbers

    /**
     * A purchased number, or {@code null}.
     *
     * @param e164 the E.164 number
     * @return a purchased number, or {@code null}
     */
    public synchronized PurchasedNumber purchased(String e164) {
        return purchased.get(e164);
    }

    /**
     * All purchased numbers sorted by number (a cached snapshot, rebuilt after a change).
     *
     * @return all purchased numbers sorted by number (a cached snapshot, rebuilt after a change)
     */
    public synchronized List<PurchasedNumber> purchasedSorted() {
        if (sortedCache == null) {
            sortedCache = Collections.unmodifiableList(new ArrayList<>(purchased.values()));
        }
        return sortedCache;
    }

    /**
     * Snapshot of who holds what: number → holder description, for valid holds only.
     *
     * @return snapshot of who holds what
     */
    public synchronized Map<String, String> holdsSnapshot() {
        Instant now = now();
        Map<String, String> out = new TreeMap<>();
        holds.forEach((n, h) -> {
            if (holdValid(h, now) && !purchased.containsKey(n)) {
                out.put(n, (h.startsWith("S:") ? "search:" : "reservation:") + h.substring(2));
            }
        });
        return out;
    }

    /**
     * A consistent snapshot of purchased numbers, holds and counts, taken under the state lock.
     *
     * @return the snapshot
     */
    public synchronized io.github.acsnumbers.emulator.EmulatorState snapshot() {
        java.util.Set<String> numbers = new java.util.LinkedHashSet<>(purchased.keySet());
        return new io.github.acsnumbers.emulator.EmulatorState(numbers, holdsSnapshot(), searches.size(),
                reservations.size(), operations.size());
    }

    /**
     * Counts for inspection: searches, reservations, operations.
     *
     * @return searches, reservations and operations
     */
    public synchronized int[] counts() {
        return new int[] {searches.size(), reservations.size(), operations.size()};
    }

    // ---------------------------------------------------------------- search and purchase

    /**
     * Creates a search holding {@code quantity} numbers and its operation; returns the search.
     *
     * @param country ISO country code
     * @param offering the offering to sell
     * @param calling requested calling capability
     * @param sms requested SMS capability
     * @param areaCode area code, or {@code null} for any
     * @param quantity how many numbers
     * @param apiVersion the request's api-version
     * @return the search
     */
    public synchronized Search search(String country, Catalog.Offering offering, String calling, String sms,
                                      String areaCode, int quantity, String apiVersion) {
        Instant now = now();
        String searchId = UUID.randomUUID().toString();
        List<NumberPool> pools = new ArrayList<>();
        for (NumberPool p : catalog().country(country).pools()) {
            if (p.type().equals(offering.phoneNumberType()) && (areaCode == null || p.areaCode().equals(areaCode))) {
                pools.add(p);
            }
        }
        List<String> found = new ArrayList<>();
        for (NumberPool pool : pools) {
            while (found.size() < quantity) {
                String n = take(pool, now);
                if (n == null) {
                    break;
                }
                found.add(n);
                holds.put(n, "S:" + searchId);
            }
            if (found.size() >= quantity) {
                break;
            }
        }
        boolean outOfStock = found.size() < quantity;
        if (outOfStock) {
            found.forEach(holds::remove);
            found.clear();
        }
        Search s = new Search(searchId, country, offering.phoneNumberType(), offering.assignmentType(), calling, sms,
                found, offering.amount(), "USD", offering.agreementRequired(), now,
                outOfStock ? "OutOfStock" : "NoError", outOfStock ? "failed" : "held");
        searches.put(searchId, s);
        persist(SEARCHES, searchId, s);
        String location = "/availablePhoneNumbers/searchResults/" + searchId + "?api-version=" + apiVersion;
        Operation op = new Operation("search_" + searchId, "search", location, now, now,
                outOfStock ? "OutOfStock" : null,
                outOfStock ? "There are not enough numbers available to satisfy the search." : null, null,
                searchId);
        commitOperation(op);
        return s;
    }

    /**
     * A search by id, or {@code null}.
     *
     * @param searchId the search id
     * @return a search by id, or {@code null}
     */
    public synchronized Search searchById(String searchId) {
        return searches.get(searchId);
    }

    /**
     * Purchases the numbers of a search. Repeating the purchase of an already purchased search answers the same
     * operation (the search id is what makes a purchase repeatable).
     *
     * @param searchId the search id
     * @param agreeToNotResell whether the caller agreed not to resell
     * @return the purchase operation
     */
    public synchronized Operation purchaseSearch(String searchId, boolean agreeToNotResell) {
        Instant now = now();
        Search s = searches.get(searchId);
        if (s == null) {
            throw ApiException.of(404, "NotFound", "Input searchId " + searchId + " cannot be found.", "searchid");
        }
        Operation existing = operations.get("purchase_" + searchId);
        if (existing != null && s.state().equals("purchased")) {
            return existing;
        }
        if (s.agreementRequired() && !agreeToNotResell) {
            throw ApiException.of(400, "BadRequest",
                    "Do not resell agreement was not provided and it is required for this purchase.");
        }
        if (!s.state().equals("held") || !now.isBefore(s.expiresBy())) {
            throw ApiException.of(400, "BadRequest", "Search " + searchId
                    + " has expired or holds no numbers; search again.", "searchid");
        }
        for (String n : s.phoneNumbers()) {
            if (purchased.containsKey(n)) {
                throw ApiException.of(400, "BadRequest", "Phone number " + n + " is no longer available.",
                        "searchid");
            }
        }
        for (String n : s.phoneNumbers()) {
            own(new PurchasedNumber(n, s.countryCode(), s.phoneNumberType(), s.assignmentType(),
                    s.calling(), s.sms(), now, s.amount(), s.currencyCode()));
        }
        sortedCache = null;
        Search bought = s.withState("purchased");
        searches.put(searchId, bought);
        persist(SEARCHES, searchId, bought);
        Operation op = new Operation("purchase_" + searchId, "purchase", null, s.createdAt(), now, null, null, null,
                searchId);
        return commitOperation(op);
    }

    /**
     * Releases a number; a number the resource does not own yields an operation that fails.
     *
     * @param e164 the E.164 number
     * @return the release operation
     */
    public synchronized Operation release(String e164) {
        Instant now = now();
        String releaseId = UUID.randomUUID().toString();
        PurchasedNumber p = purchased.remove(e164);
        Operation op;
        if (p != null) {
            sortedCache = null;
            if (store.persistent()) {
                store.map(PURCHASED).put(e164, RELEASED);
            }
            op = new Operation("release_" + releaseId, "releasePhoneNumber", null, now, now, null, null, null,
                    releaseId);
        } else {
            op = new Operation("release_" + releaseId, "releasePhoneNumber", null, now, now, "NotFound",
                    "Input phoneNumber " + e164 + " cannot be found.", "phonenumber", releaseId);
        }
        return commitOperation(op);
    }

    /**
     * Updates the capabilities of an owned number (403 otherwise); returns the operation.
     *
     * @param e164 the E.164 number
     * @param calling calling capability, or {@code null} to keep
     * @param sms SMS capability, or {@code null} to keep
     * @param location the Location of the updated number
     * @return the capabilities operation
     */
    public synchronized Operation updateCapabilities(String e164, String calling, String sms, String location) {
        Instant now = now();
        PurchasedNumber p = purchased.get(e164);
        if (p == null) {
            throw ApiException.of(403, "InsufficientPermissions", "Phone number not owned by this resource.",
                    "phonenumber");
        }
        PurchasedNumber updated = p.withCapabilities(calling == null ? p.calling() : calling,
                sms == null ? p.sms() : sms);
        purchased.put(e164, updated);
        sortedCache = null;
        persist(PURCHASED, e164, updated);
        String id = UUID.randomUUID().toString();
        Operation op = new Operation("capabilities_" + id, "updatePhoneNumberCapabilities", location, now, now,
                null, null, null, id);
        return commitOperation(op);
    }

    /**
     * An operation by id, or {@code null}.
     *
     * @param id the id
     * @return an operation by id, or {@code null}
     */
    public synchronized Operation operation(String id) {
        return operations.get(id);
    }

    /**
     * The status of an operation now.
     *
     * @param op the operation
     * @return the status of an operation now
     */
    public String status(Operation op) {
        Duration elapsed = Duration.between(op.startedAt(), now());
        return timing.status(op.operationType(), elapsed.isNegative() ? Duration.ZERO : elapsed,
                op.errorCode() == null ? "succeeded" : "failed");
    }

    /**
     * Cancels (forgets) an operation; a search still in progress lets its numbers go. False when unknown.
     *
     * @param id the id
     * @return {@code false} when the operation is unknown
     */
    public synchronized boolean cancel(String id) {
        Operation op = operations.remove(id);
        if (op == null) {
            return false;
        }
        unpersist(OPERATIONS, id);
        if (op.operationType().equals("search")) {
            Search s = searches.get(op.subjectId());
            if (s != null && s.state().equals("held")) {
                Search cancelled = s.withState("cancelled");
                searches.put(s.searchId(), cancelled);
                persist(SEARCHES, s.searchId(), cancelled);
                s.phoneNumbers().forEach(holds::remove);
            }
        }
        store.commit();
        return true;
    }

    // ---------------------------------------------------------------- browse and reservations

    /**
     * Up to {@code limit} available numbers of a type, optionally restricted to digit prefixes.
     *
     * @param country ISO country code
     * @param type number type
     * @param prefixes digit prefixes, or {@code null}
     * @param limit at most this many
     * @return up to {@code limit} available numbers of a type, optionally restricted to digit prefixes
     */
    public synchronized List<NumberPool.Candidate> browse(String country, String type, List<String> prefixes,
                                                          int limit) {
        Instant now = now();
        List<NumberPool.Candidate> out = new ArrayList<>();
        for (NumberPool pool : catalog().country(country).pools()) {
            if (!pool.type().equals(type)) {
                continue;
            }
            if (prefixes != null && !prefixes.isEmpty() && prefixes.stream().noneMatch(
                    pr -> pool.prefix().startsWith(pr) || pr.startsWith(pool.prefix()))) {
                continue;
            }
            long cursor = cursors.getOrDefault(pool, 0L);
            long limitScan = Math.min(pool.capacity(), purchased.size() + holds.size() + 10_000L);
            for (long scanned = 0; scanned < limitScan && out.size() < limit; scanned++) {
                String n = pool.numberAt(cursor + scanned);
                if (prefixes != null && !prefixes.isEmpty()
                        && prefixes.stream().noneMatch(pr -> n.substring(1).startsWith(pr))) {
                    continue;
                }
                if (pool.mintable(n) && available(n, now)) {
                    out.add(new NumberPool.Candidate(n, pool));
                }
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** Outcome of a reservation PATCH. */
    public record ReservationUpdate(Reservation reservation, boolean created, Map<String, ReservedNumber> failed) {
    }

    /**
     * Applies a merge-patch to a reservation (created when unknown): {@code null} values remove numbers, objects
     * add them when available; numbers that cannot be held are reported in {@link ReservationUpdate#failed()}.
     *
     * @param id the id
     * @param additions numbers to add, by id
     * @param removals ids to remove
     * @return the outcome
     */
    public synchronized ReservationUpdate patchReservation(String id, Map<String, ReservedNumber> additions,
                                                           List<String> removals) {
        Instant now = now();
        Reservation existing = reservations.get(id);
        boolean created = existing == null;
        if (existing != null && !existing.activeAt(now)) {
            throw ApiException.of(400, "ReservationNotActive",
                    "The reservation is not active and can no longer be changed.");
        }
        Map<String, ReservedNumber> numbers = new LinkedHashMap<>(created ? Map.of() : existing.numbers());
        for (String key : removals) {
            ReservedNumber removed = numbers.remove(key);
            if (removed != null && ("R:" + id).equals(holds.get(removed.phoneNumber()))) {
                holds.remove(removed.phoneNumber());
            }
        }
        Map<String, ReservedNumber> failed = new LinkedHashMap<>();
        for (Map.Entry<String, ReservedNumber> e : additions.entrySet()) {
            ReservedNumber rn = e.getValue();
            if (numbers.containsKey(e.getKey())) {
                numbers.put(e.getKey(), rn);
                continue;
            }
            if (catalog().poolOf(rn.phoneNumber()) != null && available(rn.phoneNumber(), now)) {
                numbers.put(e.getKey(), rn);
                holds.put(rn.phoneNumber(), "R:" + id);
            } else {
                failed.put(e.getKey(), rn);
            }
        }
        Reservation r = new Reservation(id, created ? now : existing.createdAt(), now, numbers, null);
        reservations.put(id, r);
        persist(RESERVATIONS, id, r);
        store.commit();
        return new ReservationUpdate(r, created, failed);
    }

    /**
     * A reservation, or {@code null}.
     *
     * @param id the id
     * @return a reservation, or {@code null}
     */
    public synchronized Reservation reservation(String id) {
        return reservations.get(id);
    }

    /**
     * All reservations in creation order.
     *
     * @return all reservations in creation order
     */
    public synchronized List<Reservation> reservations() {
        return new ArrayList<>(reservations.values());
    }

    /**
     * Deletes a reservation and lets its numbers go; false when unknown.
     *
     * @param id the id
     * @return {@code false} when unknown
     */
    public synchronized boolean deleteReservation(String id) {
        Reservation r = reservations.remove(id);
        if (r == null) {
            return false;
        }
        for (ReservedNumber n : r.numbers().values()) {
            if (("R:" + id).equals(holds.get(n.phoneNumber()))) {
                holds.remove(n.phoneNumber());
            }
        }
        unpersist(RESERVATIONS, id);
        store.commit();
        return true;
    }

    /**
     * Purchases a reservation; repeating the purchase answers the same operation.
     *
     * @param id the id
     * @param agreeToNotResell whether the caller agreed not to resell
     * @return the reservation purchase operation
     */
    public synchronized Operation purchaseReservation(String id, boolean agreeToNotResell) {
        Instant now = now();
        Reservation r = reservations.get(id);
        if (r == null) {
            throw ApiException.of(404, "ReservationNotFound",
                    "The reservation was not found and the operation could not be completed.");
        }
        String opId = "reservationPurchase_" + id;
        if (r.purchaseStartedAt() != null && operations.containsKey(opId)) {
            return operations.get(opId);
        }
        if (r.numbers().isEmpty()) {
            throw ApiException.of(400, "ReservationIsEmpty",
                    "The reservation does not contain any phone numbers and a purchase could not be started.");
        }
        if (!r.activeAt(now)) {
            throw ApiException.of(400, "ReservationExpired",
                    "The reservation has expired and a purchase could not be started.");
        }
        boolean needsAgreement = r.numbers().values().stream().anyMatch(ReservedNumber::agreementRequired);
        if (needsAgreement && !agreeToNotResell) {
            throw ApiException.of(400, "BadRequest",
                    "Do not resell agreement was not provided and it is required for this purchase.");
        }
        for (ReservedNumber n : r.numbers().values()) {
            own(new PurchasedNumber(n.phoneNumber(), n.countryCode(), n.phoneNumberType(),
                    n.assignmentType(), n.calling(), n.sms(), now, n.amount(), n.currencyCode()));
        }
        sortedCache = null;
        Reservation bought = new Reservation(id, r.createdAt(), r.lastChangedAt(), r.numbers(), now);
        reservations.put(id, bought);
        persist(RESERVATIONS, id, bought);
        Operation op = new Operation(opId, "reservationPurchase", null, now, now, null, null, null, id);
        return commitOperation(op);
    }

    /**
     * Reservation status now: active, expired, submitted or completed.
     *
     * @param r the reservation
     * @return reservation status now
     */
    public synchronized String reservationStatus(Reservation r) {
        Instant now = now();
        if (r.purchaseStartedAt() != null) {
            Operation op = operations.get("reservationPurchase_" + r.id());
            return op == null || status(op).equals("succeeded") ? "completed" : "submitted";
        }
        return r.activeAt(now) ? "active" : "expired";
    }

    // ---------------------------------------------------------------- persistence helpers

    /** Records a new operation, persists it and commits the change that made it. */
    private Operation commitOperation(Operation op) {
        operations.put(op.id(), op);
        persist(OPERATIONS, op.id(), op);
        store.commit();
        return op;
    }

    /** A purchased number becomes owned: no longer held, persisted with the purchase. */
    private void own(PurchasedNumber p) {
        purchased.put(p.phoneNumber(), p);
        holds.remove(p.phoneNumber());
        persist(PURCHASED, p.phoneNumber(), p);
    }

    private void persist(String map, String key, Object value) {
        if (store.persistent()) {
            store.map(map).put(key, gson().toJson(value));
        }
    }

    private void unpersist(String map, String key) {
        if (store.persistent()) {
            store.map(map).remove(key);
        }
    }

    /** Instants as ISO strings in the data file. */
    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return Instant.parse(in.nextString());
        }
    }
}
