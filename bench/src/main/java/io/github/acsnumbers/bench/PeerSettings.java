package io.github.acsnumbers.bench;

/**
 * Sizes of the peer benchmark (7), chosen by the run's label so that {@link Settings} stays as it is.
 *
 * @param purchased         numbers the standalone emulator holds (the listing lists them all)
 * @param warmupCalls       sequential calls per client before the per-call measurement (JIT of both runtimes)
 * @param rounds            measured rounds; each runs every client once, in rotating order
 * @param callsPerRound     calls per client per round
 * @param listRuns          fresh-process listings per runtime
 * @param freshRuns         fresh processes per start-up variant
 * @param concurrency       calls started at once in the async figure
 * @param asyncRounds       measured rounds of the async figure (after one warm-up round per client)
 * @param checkpoints       full-GC checkpoints of the live-heap listing
 */
record PeerSettings(int purchased, int warmupCalls, int rounds, int callsPerRound, int listRuns, int freshRuns,
                    int concurrency, int asyncRounds, int checkpoints) {

    static PeerSettings forLabel(String label) {
        return switch (label) {
            case "smoke" -> new PeerSettings(450, 20, 2, 10, 1, 1, 40, 1, 2);
            case "quick" -> new PeerSettings(100_000, 3000, 6, 300, 2, 3, 1000, 3, 10);
            // 20,000 warm-up calls: after 4,000 the JIT was still compiling the clients' code during the rounds.
            // 40 rounds and 5 listings: on a shared host one round's SDK / raw ratio moves by +-25 % and one
            // listing's wall by +-20 %; with 16 rounds and 3 listings the run's medians moved by about 0.1 from run
            // to run
            default -> new PeerSettings(100_000, 20_000, 40, 500, 5, 5, 1000, 5, 10);
        };
    }
}
