package io.github.acsnumbers.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark once with minimal sizes: proves that each one works end to end (emulator, SDK, JMH, the
 * cold-start child JVM). It asserts what was measured, never how fast: timing is not a unit-test matter.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndReportsItsFigures() {
        String cp = System.getProperty("bench.coldstart.classpath");
        assertNotNull(cp, "surefire passes the cold-start class path file");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Report report;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            PeerBenchmark.Paths paths = new PeerBenchmark.Paths(BenchmarkMain.defaultEmulatorJar(),
                BenchmarkMain.defaultPeerDir(), Path.of(cp));
            report = BenchmarkMain.run(Settings.smoke(), new LinkedHashSet<>(BenchmarkMain.ALL), paths, out);
            report.printSummary();
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        List<Figure> figures = report.figures();
        assertFalse(report.hasErrors(), () -> "a benchmark failed:\n" + text);
        Set<String> ids = figures.stream().map(Figure::benchmark).collect(Collectors.toSet());
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7"), ids, text);

        assertTrue(positive(find(figures, "SDK / raw per-call ratio")), text);
        assertTrue(positive(find(figures, "list 450 numbers, throughput")), text);
        assertTrue(positive(find(figures, "SDK / server-ready time, poll 20 ms")), text);
        assertTrue(positive(find(figures, "HMAC sign ops/s, GET (one thread)")), text);
        assertTrue(positive(find(figures, "classes loaded (total)")), text);
        assertTrue(positive(find(figures, "bulk updates/s at concurrency 4 (bulk helper)")), text);
        // the key-only class path is a fact, not a timing: it must hold even at smoke sizes
        assertEquals(Figure.Verdict.PASS, find(figures, "azure-* on the key-only class path / loadable").verdict(),
            text);
        assertTrue(text.contains("| 6   |"), "the summary table lists benchmark 6:\n" + text);

        // the peer benchmark: the Java side always runs; the JS side runs, or says why not
        assertTrue(positive(find(figures, "client CPU per call, this SDK / raw OkHttp + HMAC")), text);
        assertTrue(positive(find(figures, "bytes allocated per call (calling thread), this SDK")), text);
        assertTrue(positive(find(figures, "fresh JVM: build a PhoneNumbersClient (https endpoint), in main")), text);
        assertTrue(positive(find(figures, "fresh process wall: raw OkHttp + HMAC, one call")), text);
        assertTrue(positive(find(figures, "list 450, fresh process CPU, this SDK")), text);
        assertTrue(positive(find(figures, "40 concurrent calls, throughput, this SDK (its own client")), text);
        boolean jsSkipped = figures.stream().anyMatch(f -> f.name().equals("JS SDK peer")
            && f.value().equals("skipped") && !f.spread().isBlank());
        if (!jsSkipped) {
            assertTrue(positive(find(figures, "client CPU per call, this SDK / JS SDK")), text);
            assertTrue(positive(find(figures, "list 450, wall: this SDK / JS SDK")), text);
            assertTrue(positive(find(figures, "40 concurrent calls, this SDK / JS SDK throughput")), text);
            assertTrue(positive(find(figures, "fresh process wall: JS SDK, one call (node)")), text);
        } else {
            System.out.println("JS side of the peer benchmark skipped: " + figures.stream()
                .filter(f -> f.name().equals("JS SDK peer")).findFirst().map(Figure::spread).orElse(""));
        }
    }

    private static Figure find(List<Figure> figures, String prefix) {
        return figures.stream().filter(f -> f.name().startsWith(prefix)).findFirst()
            .orElseThrow(() -> new AssertionError("no figure '" + prefix + "' in " + figures));
    }

    private static boolean positive(Figure f) {
        String number = f.value().replaceAll("[^0-9.].*$", "");
        return !number.isEmpty() && Double.parseDouble(number) > 0;
    }
}
