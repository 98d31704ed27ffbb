package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Reports (does not assert) how long an in-process emulator takes to start and stop, the cost the extension adds
 * per class or per test. The figures print to the test output; the target is 200 ms per start. Wall time on a busy
 * machine mostly measures the other processes, so the starting thread's CPU time is printed too.
 */
class StartTimeReportTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void reportsInProcessStartTime() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long first = startStop();
        long firstCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        long[] warm = new long[20];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = startStop();
        }
        Arrays.sort(warm);
        System.out.printf("emulator in-process start+stop: first in this JVM %.1f ms (%.1f ms CPU of the starting "
                + "thread); then median %.1f ms, max %.1f ms over %d starts%n", first / 1e6, firstCpu / 1e6,
                warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6, warm.length);
    }

    private static long startStop() {
        long t0 = System.nanoTime();
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.start()) {
            assertEquals(0, emulator.state().purchasedNumbers().size());
        }
        return System.nanoTime() - t0;
    }
}
