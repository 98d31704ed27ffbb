package io.github.acsnumbers.bench;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Benchmark 6: capability updates of many numbers at concurrency 1, 8 and 32 → updates per second and scaling
 * against concurrency 1. Each update is a long-running operation (PATCH, polls, final GET) that the emulator
 * finishes after a short delay, so an ideal client scales linearly until a CPU or a connection limit. Measured
 * with the SDK's bulk helper on the client a user gets by default; then by hand (a poller per number and a
 * semaphore) for comparison; then the helper again at the higher levels with an OkHttp dispatcher allowing more
 * requests per host than OkHttp's default of 5.
 */
final class BulkBenchmark {
    static final String ID = "6";
    static final double TARGET_SCALING_AT_8 = 4.0;

    private BulkBenchmark() {
    }

    static void run(Settings s, Report report) {
        int ops = s.bulkOps();
        report.out().println("[6] bulk: " + ops + " capability updates per level, concurrency "
            + s.bulkConcurrency() + ", emulator operation delay " + s.bulkDelay().toMillis() + " ms, poll interval "
            + s.bulkPollInterval().toMillis() + " ms");
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(ops)
            .operationDelay(s.bulkDelay()).threads(64).start()) {
            List<String> numbers = new ArrayList<>(emulator.state().purchasedNumbers());
            PhoneNumbersAsyncClient standard = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).pollInterval(s.bulkPollInterval())
                .buildAsyncClient();
            Dispatcher wide = new Dispatcher();
            wide.setMaxRequests(256);
            wide.setMaxRequestsPerHost(256);
            OkHttpClient wideHttp = new OkHttpClient.Builder().dispatcher(wide).build();
            PhoneNumbersAsyncClient tuned = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).pollInterval(s.bulkPollInterval())
                .httpClient(wideHttp).buildAsyncClient();

            CapabilityUpdates helper = CapabilityUpdates.bulkHelper(standard);
            CapabilityUpdates byHand = CapabilityUpdates.pollerPerNumber(standard, s.bulkPollInterval());
            CapabilityUpdates tunedHelper = CapabilityUpdates.bulkHelper(tuned);
            int warm = Math.min(numbers.size(), Math.max(10, ops / 10));
            for (CapabilityUpdates u : List.of(helper, byHand, tunedHelper)) {
                u.updateAll(numbers.subList(0, warm), PhoneNumberCapabilityType.INBOUND,
                    PhoneNumberCapabilityType.NONE, 8);
            }

            int[] flip = {0};
            double base = levels(s, report, helper, numbers, flip, "bulk helper", true, 0);
            levels(s, report, byHand, numbers, flip, "by hand, Semaphore", false, 0);
            levels(s, report, tunedHelper, numbers, flip, "bulk helper, maxRequestsPerHost=256", false, base);
            wide.executorService().shutdown();
        }
    }

    /**
     * Runs every concurrency level with one strategy (only levels above OkHttp's per-host default of 5 when
     * {@code base} is given) and reports the scaling against concurrency 1.
     *
     * @return the throughput at concurrency 1, or {@code base}
     */
    private static double levels(Settings s, Report report, CapabilityUpdates updates, List<String> numbers,
                                 int[] flip, String label, boolean checked, double base) {
        report.out().println("    strategy: " + updates.describe());
        boolean onlyHigh = base > 0;
        for (int c : s.bulkConcurrency()) {
            if (onlyHigh && c <= 5) {
                continue;
            }
            double rate = level(report, updates, numbers, c, flip[0]++, label);
            if (c == 1) {
                base = rate;
                continue;
            }
            double scaling = rate / base;
            String name = "bulk scaling at concurrency " + c + " vs 1 (" + label + ")";
            if (checked && c == 8) {
                report.add(Figure.checked(ID, name, Report.fmt("%.2fx", scaling), Report.fmt("ideal %dx", c),
                    ">= 4x (ours)", scaling >= TARGET_SCALING_AT_8));
            } else {
                report.add(Figure.info(ID, name, Report.fmt("%.2fx", scaling), Report.fmt("ideal %dx", c)));
            }
        }
        return base;
    }

    private static double level(Report report, CapabilityUpdates updates, List<String> numbers, int concurrency,
                                int flip, String client) {
        PhoneNumberCapabilityType calling = flip % 2 == 0 ? PhoneNumberCapabilityType.INBOUND_OUTBOUND
            : PhoneNumberCapabilityType.INBOUND;
        long t0 = System.nanoTime();
        List<CapabilityUpdates.Outcome> outcomes = updates.updateAll(numbers, calling,
            PhoneNumberCapabilityType.NONE, concurrency);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long failed = outcomes.stream().filter(o -> o.error() != null).count();
        if (failed > 0) {
            Throwable first = outcomes.stream().filter(o -> o.error() != null).findFirst().orElseThrow().error();
            throw new IllegalStateException(failed + " of " + outcomes.size() + " updates failed at concurrency "
                + concurrency + ", first: " + first, first);
        }
        double rate = outcomes.size() / seconds;
        String spread = Report.fmt("%d in %.2f s", outcomes.size(), seconds);
        if (outcomes.stream().allMatch(o -> o.latencyNanos() >= 0)) {
            Stats latency = Stats.of(outcomes.stream().mapToDouble(o -> o.latencyNanos() / 1e6).toArray());
            spread += Report.fmt("; latency median %.1f ms, ", latency.median()) + latency.spread("%.1f");
        } else {
            // the helper hides each item's start; Little's law gives the mean time in flight
            spread += Report.fmt("; mean latency ~%.1f ms (concurrency x time / n)",
                1000.0 * Math.min(concurrency, outcomes.size()) * seconds / outcomes.size());
        }
        report.add(Figure.info(ID, "bulk updates/s at concurrency " + concurrency + " (" + client + ")",
            Report.fmt("%.1f /s", rate), spread));
        return rate;
    }
}
