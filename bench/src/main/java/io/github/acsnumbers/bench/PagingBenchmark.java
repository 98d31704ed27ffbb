package io.github.acsnumbers.bench;

import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Benchmark 2: list every purchased number (default page size) for a small and a large inventory. Reports items
 * per second, and how much the live heap grows while iterating: sampled after a full GC at checkpoints during the
 * listing, relative to a full GC before it. If the iterator kept what it had already returned, growth would scale
 * with N; it must stay at about one page. The retained size of one page is measured for comparison.
 */
final class PagingBenchmark {
    static final String ID = "2";
    /** Allowed difference in live-heap growth between the large and the small listing. */
    static final long FLAT_LIMIT_BYTES = 2L * 1024 * 1024;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private PagingBenchmark() {
    }

    /** What one listing size produced. */
    private record SizeResult(int n, Stats itemsPerSecond, long liveGrowth, long rawPeakGrowth, long pageBytes) {
    }

    static void run(Settings s, Report report) {
        report.out().println("[2] paging: listPurchasedPhoneNumbers over " + s.pagingSmall() + " and "
            + s.pagingLarge() + " numbers");
        SizeResult small = measure(s, s.pagingSmall(), report);
        SizeResult large = measure(s, s.pagingLarge(), report);
        for (SizeResult r : List.of(small, large)) {
            report.add(Figure.info(ID, "list " + r.n() + " numbers, throughput",
                Report.fmt("%.0f items/s", r.itemsPerSecond().median()), r.itemsPerSecond().spread("%.0f")));
        }
        for (SizeResult r : List.of(small, large)) {
            report.add(Figure.info(ID, "list " + r.n() + ": live-heap growth (after GC, max of checkpoints)",
                mib(r.liveGrowth()), "raw peak used (no GC) +" + mib(r.rawPeakGrowth())));
        }
        report.add(Figure.info(ID, "retained size of one page (100 numbers)", mib(large.pageBytes()), ""));
        long delta = large.liveGrowth() - small.liveGrowth();
        report.add(Figure.checked(ID, "live-heap growth, " + large.n() + " minus " + small.n(), mib(delta), "",
            "<= 2.00 MiB (flat)", delta <= FLAT_LIMIT_BYTES));
    }

    private static SizeResult measure(Settings s, int n, Report report) {
        long t0 = System.nanoTime();
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(n).start()) {
            report.out().println(Report.fmt("    emulator with %d numbers ready in %.1f s", n,
                (System.nanoTime() - t0) / 1e9));
            PhoneNumbersClient client = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).buildClient();
            // warm-up listings (JIT, connection), at least 100,000 items so the first size is not measured cold;
            // also checks the count
            long warmed = 0;
            do {
                long count = countAll(client);
                if (count != n) {
                    throw new IllegalStateException("listed " + count + " numbers, the emulator has " + n);
                }
                warmed += count;
            } while (warmed < Math.min(100_000, 10L * n));
            double[] rates = new double[s.pagingTimedRuns()];
            long rawPeak = 0;
            for (int run = 0; run < rates.length; run++) {
                // no full GC here: right after one, G1 runs with a small young generation for a while, which
                // slowed the short 10,000 listing by a third; the live-heap figure has its own pass below
                long base = used();
                long peak = base;
                long start = System.nanoTime();
                long items = 0;
                for (Page<PurchasedPhoneNumber> page : client.listPurchasedPhoneNumbers().byPage()) {
                    items += page.items().size();
                    peak = Math.max(peak, used());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                rates[run] = items / seconds;
                rawPeak = Math.max(rawPeak, peak - base);
            }
            long live = liveGrowth(client, n, s.pagingCheckpoints());
            long page = pageBytes(client);
            return new SizeResult(n, Stats.of(rates), live, rawPeak, page);
        }
    }

    private static long countAll(PhoneNumbersClient client) {
        long c = 0;
        for (PurchasedPhoneNumber p : client.listPurchasedPhoneNumbers()) {
            if (p.getPhoneNumber() != null) {
                c++;
            }
        }
        return c;
    }

    /** Iterates item by item; at evenly spaced checkpoints, a full GC then the used heap. */
    private static long liveGrowth(PhoneNumbersClient client, int n, int checkpoints) {
        int every = Math.max(1, n / checkpoints);
        gc();
        long base = used();
        long max = 0;
        Iterator<PurchasedPhoneNumber> it = client.listPurchasedPhoneNumbers().iterator();
        int i = 0;
        while (it.hasNext()) {
            it.next();
            if (++i % every == 0) {
                gc();
                max = Math.max(max, used() - base);
            }
        }
        return max;
    }

    /** Retained size of one page: keep ten pages, GC, divide. */
    private static long pageBytes(PhoneNumbersClient client) {
        gc();
        long base = used();
        List<Page<PurchasedPhoneNumber>> kept = new ArrayList<>();
        for (Page<PurchasedPhoneNumber> page : client.listPurchasedPhoneNumbers().byPage()) {
            kept.add(page);
            if (kept.size() == 10) {
                break;
            }
        }
        gc();
        return kept.isEmpty() ? 0 : (used() - base) / kept.size();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** A full GC (twice, so that objects freed by finalisation-like cleanups are gone too). */
    private static void gc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
    }

    static String mib(long bytes) {
        return Report.fmt("%.2f MiB", bytes / (1024.0 * 1024.0));
    }
}
