package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Reports (does not assert) how long an in-process emulator takes to start and stop, the cost the extension adds
 * per class or per test. The figures print to the test output; the target is 200 ms per start on a warm JVM.
 */
class StartTimeReportTest {

    @Test
    void reportsInProcessStartTime() {
        long first = startStop();
        long[] warm = new long[20];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = startStop();
        }
        Arrays.sort(warm);
        System.out.printf("emulator in-process start+stop: first in this JVM %.1f ms; then median %.1f ms, "
                + "max %.1f ms over %d starts%n", first / 1e6, warm[warm.length / 2] / 1e6,
                warm[warm.length - 1] / 1e6, warm.length);
    }

    private static long startStop() {
        long t0 = System.nanoTime();
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.start()) {
            assertEquals(0, emulator.state().purchasedNumbers().size());
        }
        return System.nanoTime() - t0;
    }
}
