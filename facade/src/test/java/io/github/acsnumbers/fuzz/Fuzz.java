package io.github.acsnumbers.fuzz;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Turns a {@link Gen} into the cases of a JUnit {@code @ParameterizedTest}: each case gets its own {@link Random}
 * derived from the run's seed, the property's name and the case's index, so one failing case can be replayed alone.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code fuzz.cases}: cases per property (default: each property's own modest count, so the whole fuzz suite
 *       stays well under 30 s); {@code -Dfuzz.cases=8000} is the full-size run of docs/reliability-fuzz.md.</li>
 *   <li>{@code fuzz.seed}: the run's seed (default fixed, so CI is deterministic); {@code random} picks a new one,
 *       which is printed in every case's name.</li>
 *   <li>{@code fuzz.only}: run only the case with this index (replay a failure).</li>
 * </ul>
 */
public final class Fuzz {
    /** The run's seed. */
    public static final long SEED = seed();
    private static final AtomicLong TOTAL = new AtomicLong();

    private Fuzz() {
    }

    private static long seed() {
        String s = System.getProperty("fuzz.seed", "20261201");
        return "random".equalsIgnoreCase(s) ? System.nanoTime() : Long.parseLong(s.trim());
    }

    /**
     * @param defaultCount the property's normal-suite count
     * @return the number of cases to run
     */
    public static int count(int defaultCount) {
        String s = System.getProperty("fuzz.cases");
        return s == null || s.isBlank() ? defaultCount : Integer.parseInt(s.trim());
    }

    /**
     * The cases of one property, as named JUnit arguments.
     *
     * @param property     the property's name (mixed into every case seed)
     * @param defaultCount how many cases the normal suite runs
     * @param gen          the input generator
     * @param describe     a short description of an input (the case name; never the whole of a huge input)
     * @param <T>          the input type
     * @return the cases
     */
    public static <T> Stream<Arguments> cases(String property, int defaultCount, Gen<T> gen,
                                              Function<? super T, String> describe) {
        int n = count(defaultCount);
        String only = System.getProperty("fuzz.only");
        IntStream indexes = only == null || only.isBlank() ? IntStream.range(0, n)
            : IntStream.of(Integer.parseInt(only.trim()));
        long base = SEED * 0x9E3779B97F4A7C15L + property.hashCode();
        return indexes.mapToObj(i -> {
            T value = gen.next(new Random(base + i * 0xBF58476D1CE4E5B9L));
            TOTAL.incrementAndGet();
            return Arguments.of(Named.of("#" + i + " (seed " + SEED + ") " + describe.apply(value), value));
        });
    }

    /**
     * @param property     the property's name
     * @param defaultCount how many cases the normal suite runs
     * @param gen          a string generator
     * @return the cases, named by a printable abbreviation of each string
     */
    public static Stream<Arguments> strings(String property, int defaultCount, Gen<String> gen) {
        return cases(property, defaultCount, gen, Fuzz::show);
    }

    /** @return how many cases this JVM generated so far (all properties) */
    public static long totalCases() {
        return TOTAL.get();
    }

    /**
     * @param value any string, possibly huge or full of control characters
     * @return a printable abbreviation of it, for case names and failure messages
     */
    public static String show(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        int limit = Math.min(value.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append('"');
        if (value.length() > limit) {
            sb.append("...(").append(value.length()).append(" chars)");
        }
        return sb.toString();
    }
}
