package io.github.acsnumbers.soak;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak's workers did and what the SDK told them, kept thread-safe so that it can be compared with the
 * emulator's state afterwards. An operation ends in exactly one of three ways: success, a clear failure (a
 * {@link CommunicationException} with a message) or a defect (anything else).
 */
final class SoakLedger {

    /** One attempted SIP write and whether the SDK acknowledged it. */
    static final class Write<T> {
        final T value;
        final AtomicBoolean acknowledged = new AtomicBoolean();

        Write(T value) {
            this.value = value;
        }
    }

    private final Map<String, LongAdder[]> byOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failureReasons = new ConcurrentHashMap<>();
    final List<String> defects = new CopyOnWriteArrayList<>();

    /** Searches that completed, with the numbers they hold. */
    final Map<String, List<String>> completedSearches = new ConcurrentHashMap<>();
    /** Search purchases the SDK acknowledged (search id to its numbers). */
    final Map<String, List<String>> acknowledgedSearchPurchases = new ConcurrentHashMap<>();
    /** Every reservation id a worker sent a request for (the client chooses the id, so none is unknown). */
    final Set<String> reservationIds = ConcurrentHashMap.newKeySet();
    /** Reservation purchases the SDK acknowledged. */
    final Set<String> acknowledgedReservationPurchases = ConcurrentHashMap.newKeySet();
    /** Numbers a release was sent for, and those whose release was acknowledged. */
    final Set<String> releaseAttempted = ConcurrentHashMap.newKeySet();
    final Set<String> releaseAcknowledged = ConcurrentHashMap.newKeySet();
    /** Trunk port writes in the order each trunk's (single) writer sent them. */
    final Map<String, List<Write<Integer>>> trunkWrites = new ConcurrentHashMap<>();
    /**
     * Trunk ports whose PATCH attempt timed out on the wire (fqdn to ports): the emulator may still apply such an
     * attempt after the client gave up, even after later writes; see {@link SoakTest}.
     */
    final Map<String, Set<Integer>> timedOutTrunkPorts = new ConcurrentHashMap<>();
    /** Calling capabilities whose PATCH attempt timed out on the wire (number to values), as for trunks. */
    final Map<String, Set<String>> timedOutCallingCapabilities = new ConcurrentHashMap<>();
    /** Capability updates whose answer showed a value from an earlier timed-out attempt, applied late. */
    final List<String> overtakenCapabilities = new CopyOnWriteArrayList<>();
    /** Route list writes from all workers (last writer wins). */
    final List<Write<List<SipTrunkRoute>>> routeWrites = new CopyOnWriteArrayList<>();

    private LongAdder[] counters(String operation) {
        return byOperation.computeIfAbsent(operation, k -> new LongAdder[] {
            new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()});
    }

    /** The body of one operation. */
    interface Body {
        void run() throws Exception;
    }

    /** Runs one operation and files its outcome. */
    void perform(String operation, Body body) {
        LongAdder[] c = counters(operation);
        c[0].increment();
        try {
            body.run();
            c[1].increment();
        } catch (CommunicationException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                c[3].increment();
                defects.add(operation + ": CommunicationException without a message (status " + e.getStatusCode()
                    + ")");
            } else {
                c[2].increment();
                failureReasons.computeIfAbsent(operation + " -> " + reason(e), k -> new LongAdder()).increment();
            }
        } catch (Throwable t) {
            c[3].increment();
            StringBuilder s = new StringBuilder(operation + ": " + t.getClass().getName() + ": " + t.getMessage());
            StackTraceElement[] trace = t.getStackTrace();
            for (int i = 0; i < Math.min(6, trace.length); i++) {
                s.append("\n    at ").append(trace[i]);
            }
            defects.add(s.toString());
        }
    }

    private static String reason(CommunicationException e) {
        String m = e.getMessage();
        if (e.getOperationId() != null) {
            return "operation " + e.getOperationId().replaceAll("_.*", "_*") + " " + e.getKind() + " "
                + e.getErrorCode();
        }
        if (e.getStatusCode() == 0) {
            // transport failures: keep the kind of failure, not the path with its ids
            int i = m.indexOf(" failed: ");
            if (i >= 0) {
                String rest = m.substring(i + 9);
                int dash = rest.indexOf(" - ");
                return "no answer (" + (dash >= 0 ? rest.substring(0, dash) : rest) + ")";
            }
            if (m.contains("timed out")) {
                return "no answer (timed out)";
            }
        }
        return "HTTP " + e.getStatusCode() + " " + e.getErrorCode();
    }

    long total(int index) {
        return byOperation.values().stream().mapToLong(c -> c[index].sum()).sum();
    }

    long attempted() {
        return total(0);
    }

    long succeeded() {
        return total(1);
    }

    long failedClearly() {
        return total(2);
    }

    long defectCount() {
        return total(3);
    }

    /** A table of the outcomes by operation, then the failure reasons. */
    String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("  %-26s %9s %9s %9s %7s%n", "operation", "attempted", "succeeded", "failed", "defect"));
        new TreeMap<>(byOperation).forEach((op, c) -> s.append(String.format("  %-26s %9d %9d %9d %7d%n", op,
            c[0].sum(), c[1].sum(), c[2].sum(), c[3].sum())));
        s.append("  failures (all CommunicationException with a message), by reason:\n");
        List<String> reasons = new ArrayList<>(failureReasons.keySet());
        Collections.sort(reasons);
        for (String r : reasons) {
            s.append(String.format("    %5d  %s%n", failureReasons.get(r).sum(), r));
        }
        return s.toString();
    }
}
