package io.github.acsnumbers.bench;

import java.time.Duration;
import java.util.List;

/**
 * Sizes and iteration counts of one run. {@link #full()} is the default (under 10 minutes on 2 cores),
 * {@link #quick()} is for a fast look, {@link #smoke()} only proves every benchmark works (the unit test).
 *
 * @param label               name printed in the header
 * @param warmupCalls         calls per variant before the per-call measurement
 * @param overheadRounds      measured rounds; each runs every variant once, in rotating order
 * @param callsPerRound       calls per variant per round
 * @param pagingSmall         purchased numbers of the small listing
 * @param pagingLarge         purchased numbers of the large listing
 * @param pagingTimedRuns     timed listings per size (after one warm-up listing)
 * @param pagingCheckpoints   heap checkpoints (each after a full GC) during the memory listing
 * @param lroDelay            how long the emulator takes for every long-running operation
 * @param lroIntervals        poll intervals to measure
 * @param lroRuns             search + purchase runs per interval
 * @param lroDefaultInterval  whether to also run once with the SDK's default interval (2 s)
 * @param jmhForks            JMH forks (0 runs in this JVM)
 * @param jmhWarmups          JMH warm-up iterations
 * @param jmhIterations       JMH measured iterations
 * @param jmhIterationTime    length of one JMH iteration
 * @param coldStartRuns       fresh JVMs per variant
 * @param bulkOps             capability updates per concurrency level
 * @param bulkConcurrency     concurrency levels
 * @param bulkDelay           emulator operation delay for the updates
 * @param bulkPollInterval    poll interval of the updates
 */
record Settings(String label, int warmupCalls, int overheadRounds, int callsPerRound, int pagingSmall,
                int pagingLarge, int pagingTimedRuns, int pagingCheckpoints, Duration lroDelay,
                List<Duration> lroIntervals, int lroRuns, boolean lroDefaultInterval, int jmhForks, int jmhWarmups,
                int jmhIterations, Duration jmhIterationTime, int coldStartRuns, int bulkOps,
                List<Integer> bulkConcurrency, Duration bulkDelay, Duration bulkPollInterval) {

    static Settings full() {
        return new Settings("full", 3000, 20, 400, 10_000, 100_000, 3, 10, Duration.ofSeconds(1),
            List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(1000)),
            3, true, 1, 3, 5, Duration.ofSeconds(1), 5, 1000, List.of(1, 8, 32), Duration.ofMillis(20),
            Duration.ofMillis(10));
    }

    static Settings quick() {
        return new Settings("quick", 1500, 8, 250, 10_000, 100_000, 1, 5, Duration.ofSeconds(1),
            List.of(Duration.ofMillis(100), Duration.ofMillis(250)), 1, false, 1, 2, 3,
            Duration.ofMillis(500), 2, 300, List.of(1, 8, 32), Duration.ofMillis(20), Duration.ofMillis(10));
    }

    /** Minimal sizes: proves that every benchmark runs, measures nothing worth reading. */
    static Settings smoke() {
        return new Settings("smoke", 20, 2, 10, 150, 450, 1, 2, Duration.ofMillis(100),
            List.of(Duration.ofMillis(20)), 1, false, 0, 1, 1, Duration.ofMillis(100), 1, 12, List.of(1, 4),
            Duration.ofMillis(5), Duration.ofMillis(5));
    }
}
