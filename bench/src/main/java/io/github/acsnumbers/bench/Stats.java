package io.github.acsnumbers.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Median and spread of a sample.
 *
 * @param count  number of values
 * @param median the 50th percentile
 * @param p10    the 10th percentile
 * @param p90    the 90th percentile
 * @param min    the smallest value
 * @param max    the largest value
 */
record Stats(int count, double median, double p10, double p90, double min, double max) {

    static Stats of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return new Stats(v.length, percentile(v, 50), percentile(v, 10), percentile(v, 90), v[0], v[v.length - 1]);
    }

    static Stats of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Linear interpolation between closest ranks of a sorted array. */
    static double percentile(double[] sorted, double pct) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double rank = pct / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    /** Same statistics with every value multiplied (unit conversion). */
    Stats scaled(double factor) {
        return new Stats(count, median * factor, p10 * factor, p90 * factor, min * factor, max * factor);
    }

    /** {@code p10 … p90 (n=…)} with the given format for each value. */
    String spread(String format) {
        return "p10 " + String.format(java.util.Locale.ROOT, format, p10) + " / p90 "
            + String.format(java.util.Locale.ROOT, format, p90) + " (n=" + count + ")";
    }
}
