package io.github.acsnumbers.bench;

/**
 * One line of the summary table.
 *
 * @param benchmark which benchmark (1-6) produced it
 * @param name      what was measured
 * @param value     the median (or single) value, formatted with its unit
 * @param spread    the spread, or empty
 * @param target    the target, or empty for figures that are only reported
 * @param verdict   PASS, MISS, INFO or ERROR
 */
record Figure(String benchmark, String name, String value, String spread, String target, Verdict verdict) {

    /** Outcome of a figure against its target. */
    enum Verdict { PASS, MISS, INFO, ERROR }

    static Figure info(String benchmark, String name, String value, String spread) {
        return new Figure(benchmark, name, value, spread, "", Verdict.INFO);
    }

    static Figure checked(String benchmark, String name, String value, String spread, String target, boolean met) {
        return new Figure(benchmark, name, value, spread, target, met ? Verdict.PASS : Verdict.MISS);
    }
}
