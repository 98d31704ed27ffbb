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
 * finishes after a short delay, so an ideal client scales linearly until a CPU or a connection limit. Run with
 * the client a user gets by default, and once more at the higher levels with an OkHttp dispatcher allowing more
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
                .connectionString(emulator.connectionString()).buildAsyncClient();
            Dispatcher wide = new Dispatcher();
            wide.setMaxRequests(256);
            wide.setMaxRequestsPerHost(256);
            OkHttpClient wideHttp = new OkHttpClient.Builder().dispatcher(wide).build();
            PhoneNumbersAsyncClient tuned = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).httpClient(wideHttp).buildAsyncClient();

            CapabilityUpdates updates = CapabilityUpdates.pollerPerNumber(standard, s.bulkPollInterval());
            CapabilityUpdates tunedUpdates = CapabilityUpdates.pollerPerNumber(tuned, s.bulkPollInterval());
            report.out().println("    strategy: " + updates.describe());
            int warm = Math.min(numbers.size(), Math.max(10, ops / 10));
            updates.updateAll(numbers.subList(0, warm), PhoneNumberCapabilityType.INBOUND,
                PhoneNumberCapabilityType.NONE, 8);
            tunedUpdates.updateAll(numbers.subList(0, warm), PhoneNumberCapabilityType.OUTBOUND,
                PhoneNumberCapabilityType.NONE, 8);

            double base = 0;
            int flip = 0;
            for (int c : s.bulkConcurrency()) {
                double rate = level(report, updates, numbers, c, flip++, "default OkHttpClient");
                if (c == 1) {
                    base = rate;
                } else if (base > 0) {
                    double scaling = rate / base;
                    if (c == 8) {
                        report.add(Figure.checked(ID, "bulk scaling at concurrency 8 vs 1 (default client)",
                            Report.fmt("%.2fx", scaling), Report.fmt("ideal %dx", c), ">= 4x (ours)",
                            scaling >= TARGET_SCALING_AT_8));
                    } else {
                        report.add(Figure.info(ID, "bulk scaling at concurrency " + c + " vs 1 (default client)",
                            Report.fmt("%.2fx", scaling), Report.fmt("ideal %dx", c)));
                    }
                }
            }
            for (int c : s.bulkConcurrency()) {
                if (c > 5) {
                    double rate = level(report, tunedUpdates, numbers, c, flip++,
                        "dispatcher maxRequestsPerHost=256");
                    if (base > 0) {
                        report.add(Figure.info(ID, "bulk scaling at concurrency " + c
                            + " vs 1 (maxRequestsPerHost=256)", Report.fmt("%.2fx", rate / base),
                            Report.fmt("ideal %dx", c)));
                    }
                }
            }
            wide.executorService().shutdown();
        }
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
        Stats latency = Stats.of(outcomes.stream().mapToDouble(o -> o.latencyNanos() / 1e6).toArray());
        report.add(Figure.info(ID, "bulk updates/s at concurrency " + concurrency + " (" + client + ")",
            Report.fmt("%.1f /s", rate), Report.fmt("%d in %.2f s; latency median %.1f ms, ", outcomes.size(),
                seconds, latency.median()) + latency.spread("%.1f")));
        return rate;
    }
}
