package io.github.acsnumbers.emulator.faults;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Draws faults for requests according to a {@link FaultPlan} and counts what it injected. Thread-safe. */
public final class FaultInjector {

    /** Route family of the emulator's own test-support routes, never faulted. */
    public static final String TEST_SUPPORT_FAMILY = "emulator";

    private volatile FaultPlan plan;
    private Random random;
    private List<FaultKind> kinds;
    private final Map<FaultKind, AtomicLong> counts = new EnumMap<>(FaultKind.class);

    /**
     * Starts with the given plan.
     *
     * @param plan the fault plan
     */
    public FaultInjector(FaultPlan plan) {
        for (FaultKind k : FaultKind.values()) {
            counts.put(k, new AtomicLong());
        }
        setPlan(plan);
    }

    /**
     * Replaces the plan and restarts the draw sequence from its seed (counters are kept).
     *
     * @param newPlan the fault plan
     */
    public synchronized void setPlan(FaultPlan newPlan) {
        this.plan = newPlan == null ? FaultPlan.NONE : newPlan;
        this.random = new Random(this.plan.seed());
        this.kinds = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            if (this.plan.kinds().contains(k)) {
                kinds.add(k);
            }
        }
    }

    /**
     * The plan in force.
     *
     * @return the plan in force
     */
    public FaultPlan plan() {
        return plan;
    }

    /**
     * The fault for the next request of this route family, or {@code null} for a normal response.
     *
     * @param family route family
     * @return the fault for the next request of this route family, or {@code null} for a normal response
     */
    public synchronized FaultKind next(String family) {
        FaultPlan p = plan;
        // the test-support routes must stay reliable
        if (p.rate() <= 0 || kinds.isEmpty() || TEST_SUPPORT_FAMILY.equals(family)) {
            return null;
        }
        if (!p.families().isEmpty() && !p.families().contains(family)) {
            return null;
        }
        double draw = random.nextDouble();
        int pick = random.nextInt(kinds.size());
        if (draw >= p.rate()) {
            return null;
        }
        FaultKind kind = kinds.get(pick);
        counts.get(kind).incrementAndGet();
        return kind;
    }

    /**
     * How many faults of each kind were injected so far.
     *
     * @return how many faults of each kind were injected so far
     */
    public Map<FaultKind, Long> counts() {
        Map<FaultKind, Long> out = new EnumMap<>(FaultKind.class);
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /**
     * Total faults injected so far.
     *
     * @return total faults injected so far
     */
    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
