package io.github.acsnumbers.emulator.phonenumbers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long each kind of long-running operation takes before it reaches its final status. The status is derived
 * from the injected clock: the first third of the delay reads {@code notStarted} (purchases: {@code running}),
 * the rest {@code running} (purchases: {@code notStarted}, as the service really goes back), then the final
 * status.
 */
public final class OperationTiming {

    private final Duration defaultDelay;
    private final Map<String, Duration> perType;

    private OperationTiming(Duration defaultDelay, Map<String, Duration> perType) {
        if (defaultDelay.isNegative()) {
            throw new IllegalArgumentException("operation delay must not be negative");
        }
        this.defaultDelay = defaultDelay;
        this.perType = Map.copyOf(perType);
    }

    /**
     * Every operation takes the same time.
     *
     * @param delay the delay
     * @return the timing
     */
    public static OperationTiming uniform(Duration delay) {
        return new OperationTiming(delay, Map.of());
    }

    /**
     * Durations like the real service: search 8 s, purchase 20 s, release 10 s, capabilities 8 s.
     *
     * @return the timing
     */
    public static OperationTiming realistic() {
        Map<String, Duration> m = new HashMap<>();
        m.put("search", Duration.ofSeconds(8));
        m.put("purchase", Duration.ofSeconds(20));
        m.put("releasePhoneNumber", Duration.ofSeconds(10));
        m.put("updatePhoneNumberCapabilities", Duration.ofSeconds(8));
        m.put("reservationPurchase", Duration.ofSeconds(20));
        return new OperationTiming(Duration.ofSeconds(10), m);
    }

    /**
     * The delay of an operation type.
     *
     * @param operationType operation type
     * @return the delay
     */
    public Duration delay(String operationType) {
        return perType.getOrDefault(operationType, defaultDelay);
    }

    /**
     * The status at {@code elapsed} after acceptance; {@code terminal} is succeeded or failed.
     *
     * @param operationType operation type
     * @param elapsed time since acceptance
     * @param terminal succeeded or failed
     * @return the status
     */
    public String status(String operationType, Duration elapsed, String terminal) {
        Duration d = delay(operationType);
        if (d.isZero() || elapsed.compareTo(d) >= 0) {
            return terminal;
        }
        boolean firstThird = elapsed.multipliedBy(3).compareTo(d) < 0;
        boolean purchase = operationType.equals("purchase") || operationType.equals("reservationPurchase");
        if (purchase) {
            return firstThird ? "running" : "notStarted";
        }
        return firstThird ? "notStarted" : "running";
    }

    /** Shows the default delay. */
    @Override
    public String toString() {
        return "OperationTiming[default=" + defaultDelay + ", perType=" + perType + "]";
    }
}
