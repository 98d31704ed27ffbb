package io.github.acsnumbers.bench;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 3: search + purchase with the emulator finishing every operation after a known delay. The server is
 * ready after 2 × delay (search, then purchase); the SDK's time from starting the search to the purchase poller's
 * completion is divided by that. A poller may wait at most one poll interval past the moment the operation is
 * ready, so the ratio can only reach 1.1 with an interval of at most a tenth of the delay; for longer intervals
 * the check is that each operation overslept by no more than one interval (+50 ms for the requests).
 */
final class LroBenchmark {
    static final String ID = "3";
    private static final double SLACK_MS = 50;

    private LroBenchmark() {
    }

    static void run(Settings s, Report report) {
        Duration delay = s.lroDelay();
        report.out().println("[3] LRO: search + purchase, emulator operation delay " + delay.toMillis() + " ms");
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().operationDelay(delay).start()) {
            PhoneNumbersClient client = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).buildClient();
            searchAndPurchase(client, Duration.ofMillis(Math.max(10, delay.toMillis() / 20))); // warm-up
            List<Duration> intervals = new ArrayList<>(s.lroIntervals());
            if (s.lroDefaultInterval()) {
                intervals.add(null);
            }
            for (Duration interval : intervals) {
                int runs = interval == null ? 1 : s.lroRuns();
                List<Double> ratios = new ArrayList<>();
                double worstOversleep = 0;
                for (int r = 0; r < runs; r++) {
                    double[] ms = searchAndPurchase(client, interval);
                    ratios.add((ms[0] + ms[1]) / (2.0 * delay.toMillis()));
                    worstOversleep = Math.max(worstOversleep, Math.max(ms[0], ms[1]) - delay.toMillis());
                }
                Stats st = Stats.of(ratios);
                String label = interval == null ? "default interval (2000 ms)" : interval.toMillis() + " ms";
                String name = "SDK / server-ready time, poll " + label;
                String spread = Report.fmt("min %.3f / max %.3f (n=%d); worst oversleep per op %.0f ms", st.min(),
                    st.max(), st.count(), worstOversleep);
                long pollMs = interval == null ? 2000 : interval.toMillis();
                if (pollMs * 10 <= delay.toMillis()) {
                    report.add(Figure.checked(ID, name, Report.fmt("%.3f", st.median()), spread, "<= 1.10",
                        st.max() <= 1.10));
                } else {
                    report.add(Figure.checked(ID, name, Report.fmt("%.3f", st.median()), spread,
                        "oversleep <= interval+50ms", worstOversleep <= pollMs + SLACK_MS));
                }
            }
        }
    }

    /** @return milliseconds of the search (start to final result) and of the purchase */
    private static double[] searchAndPurchase(PhoneNumbersClient client, Duration interval) {
        SearchOptions options = new SearchOptions().withQuantity(1);
        PurchaseOptions purchase = new PurchaseOptions().withAgreeToNotResell(true);
        if (interval != null) {
            options = options.withPollInterval(interval); // the options are immutable
            purchase = purchase.withPollInterval(interval);
        }
        long t0 = System.nanoTime();
        PhoneNumberSearchResult found = client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE),
            options).getFinalResult();
        long t1 = System.nanoTime();
        client.beginPurchasePhoneNumbers(found.getSearchId(), purchase).getFinalResult();
        long t2 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6};
    }
}
