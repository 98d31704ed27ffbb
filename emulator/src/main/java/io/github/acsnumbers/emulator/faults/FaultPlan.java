package io.github.acsnumbers.emulator.faults;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to inject: a share {@code rate} (0..1) of eligible responses becomes a fault, the kind drawn uniformly from
 * {@code kinds}; the draws come from a random sequence seeded by {@code seed}, so a single-threaded run is
 * reproducible. Only routes whose family is in {@code families} are eligible (empty = all families).
 *
 * @param rate              share of eligible requests that fault, 0..1
 * @param seed              seed of the draw sequence
 * @param kinds             kinds to draw from (empty = all)
 * @param families          route families eligible for faults (empty = all), e.g. {@code numbers}, {@code sip}
 * @param slowDelay         extra delay of {@link FaultKind#SLOW_RESPONSE}
 * @param retryAfterSeconds value of the Retry-After header of {@link FaultKind#THROTTLE_WITH_RETRY_AFTER}
 */
public record FaultPlan(double rate, long seed, Set<FaultKind> kinds, Set<String> families, Duration slowDelay,
                        int retryAfterSeconds) {

    /** No faults at all. */
    public static final FaultPlan NONE = new FaultPlan(0, 0, Set.of(), Set.of(), Duration.ofSeconds(2), 1);

    /**
     * Validates the values.
     *
     * @param rate share of eligible requests that fault, 0..1
     * @param seed seed of the draw sequence
     * @param kinds kinds to draw from (empty = all)
     * @param families route families eligible for faults (empty = all), e.g. {@code numbers}, {@code sip}
     * @param slowDelay extra delay of {@link FaultKind#SLOW_RESPONSE}
     * @param retryAfterSeconds value of the Retry-After header of {@link FaultKind#THROTTLE_WITH_RETRY_AFTER}
     */
    public FaultPlan {
        if (Double.isNaN(rate) || rate < 0 || rate > 1) {
            throw new IllegalArgumentException("fault rate must be between 0 and 1, got " + rate);
        }
        kinds = kinds == null || kinds.isEmpty() ? Set.copyOf(EnumSet.allOf(FaultKind.class)) : Set.copyOf(kinds);
        families = families == null ? Set.of() : Set.copyOf(families);
        slowDelay = slowDelay == null ? Duration.ofSeconds(2) : slowDelay;
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("slow delay must not be negative");
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retry-after seconds must not be negative");
        }
    }

    /**
     * A plan with every kind, every family, a 2 s slow delay and Retry-After 1.
     *
     * @param rate share of eligible requests that fault, 0..1
     * @param seed seed of the draw sequence
     * @return a plan with every kind, every family, a 2 s slow delay and Retry-After 1
     */
    public static FaultPlan of(double rate, long seed) {
        return new FaultPlan(rate, seed, Set.of(), Set.of(), Duration.ofSeconds(2), 1);
    }

    /**
     * The same plan restricted to these kinds.
     *
     * @param newKinds fault kinds (empty = all)
     * @return the same plan restricted to these kinds
     */
    public FaultPlan withKinds(Set<FaultKind> newKinds) {
        return new FaultPlan(rate, seed, newKinds, families, slowDelay, retryAfterSeconds);
    }

    /**
     * The same plan restricted to these route families.
     *
     * @param newFamilies route families (empty = all)
     * @return the same plan restricted to these route families
     */
    public FaultPlan withFamilies(Set<String> newFamilies) {
        return new FaultPlan(rate, seed, kinds, newFamilies, slowDelay, retryAfterSeconds);
    }

    /**
     * The same plan with another slow-response delay.
     *
     * @param delay the delay
     * @return the same plan with another slow-response delay
     */
    public FaultPlan withSlowDelay(Duration delay) {
        return new FaultPlan(rate, seed, kinds, families, delay, retryAfterSeconds);
    }

    /**
     * The same plan with another Retry-After value.
     *
     * @param seconds Retry-After seconds
     * @return the same plan with another Retry-After value
     */
    public FaultPlan withRetryAfterSeconds(int seconds) {
        return new FaultPlan(rate, seed, kinds, families, slowDelay, seconds);
    }

    /**
     * Parses a kind name, case-insensitive, {@code -} or {@code _} separated (e.g. {@code drop-after-apply}).
     *
     * @param name the name
     * @return the kind
     */
    public static FaultKind parseKind(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return FaultKind.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault kind '" + name + "'; known: "
                    + EnumSet.allOf(FaultKind.class));
        }
    }
}
