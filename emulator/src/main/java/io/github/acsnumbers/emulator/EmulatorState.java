package io.github.acsnumbers.emulator;

import java.util.Map;
import java.util.Set;

/**
 * A consistent snapshot of the emulated resource, for assertions in soak and concurrency tests.
 *
 * @param purchasedNumbers E.164 numbers the resource owns
 * @param holds            numbers currently held, mapped to {@code search:<id>} or {@code reservation:<id>}
 * @param searches         searches ever made (still stored)
 * @param reservations     reservations stored (any status)
 * @param operations       operations stored
 */
public record EmulatorState(Set<String> purchasedNumbers, Map<String, String> holds, int searches,
                            int reservations, int operations) {

    /**
     * Copies the collections.
     *
     * @param purchasedNumbers E.164 numbers the resource owns
     * @param holds numbers currently held, mapped to {@code search:<id>} or {@code reservation:<id>}
     * @param searches searches ever made (still stored)
     * @param reservations reservations stored (any status)
     * @param operations operations stored
     */
    public EmulatorState {
        purchasedNumbers = Set.copyOf(purchasedNumbers);
        holds = Map.copyOf(holds);
    }
}
