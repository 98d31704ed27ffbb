package io.github.acsnumbers.bench;

import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import java.lang.management.ManagementFactory;

/**
 * Bytes allocated (and CPU) per {@code getPurchasedPhoneNumber} on the calling thread, against a running emulator:
 * a small main to run under JFR when looking for allocations (docs/performance.md, "Per call").
 *
 * <pre>java -cp bench/target/acs-phonenumbers-bench.jar io.github.acsnumbers.bench.CallAllocationProbe
 *     "endpoint=...;accesskey=..." [warm-up calls, 5000] [calls per round, 3000]</pre>
 */
public final class CallAllocationProbe {
    private CallAllocationProbe() {
    }

    /**
     * Entry point.
     *
     * @param args connection string, warm-up calls, calls per round
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CallAllocationProbe <connection string> [warm-up calls] [calls per round]");
            System.exit(2);
        }
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        PhoneNumbersClient client = new PhoneNumbersClientBuilder().connectionString(args[0]).buildClient();
        String number = client.listPurchasedPhoneNumbers().iterator().next().getPhoneNumber();
        com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += client.getPurchasedPhoneNumber(number).getPhoneNumber().length();
        }
        for (int round = 0; round < 3; round++) {
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                sink += client.getPurchasedPhoneNumber(number).getPhoneNumber().length();
            }
            long a1 = threads.getCurrentThreadAllocatedBytes();
            long c1 = threads.getCurrentThreadCpuTime();
            System.out.printf("round %d: %.0f B/call, calling-thread CPU %.1f us/call%n", round,
                (a1 - a0) / (double) calls, (c1 - c0) / 1000.0 / calls);
        }
        System.out.println("(checksum " + sink + ")");
        System.exit(0);
    }
}
