package io.github.acsnumbers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bulk runner: bounded concurrency, a bar on a terminal, plain lines otherwise, results in input order. */
class BulkTest {
    @Test
    void drawsABarOnATerminalAndKeepsInputOrder() throws Exception {
        StringWriter progress = new StringWriter();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> numbers = List.of("+1", "+2", "+3", "+4", "+5", "+6");
        List<Bulk.Result> results = Bulk.run(numbers, 2, "released", n -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (n.equals("+3")) {
                    throw new IllegalArgumentException("not a number");
                }
                return null;
            } finally {
                running.decrementAndGet();
            }
        }, new PrintWriter(progress, true), true);
        assertEquals(numbers, results.stream().map(Bulk.Result::number).toList());
        assertFalse(results.get(2).ok());
        assertEquals("error [BAD_INPUT]: not a number", results.get(2).detail());
        assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
        String bar = progress.toString();
        assertTrue(bar.contains("\r[##############################] 6/6 released, 1 failed\n"), bar);
        assertEquals(6, bar.chars().filter(c -> c == '\r').count(), bar);
        assertEquals(1, bar.chars().filter(c -> c == '\n').count(), "the bar is redrawn in place: " + bar);

        StringWriter summary = new StringWriter();
        assertEquals(1, Bulk.summarize(results, "released", new PrintWriter(summary, true)));
        assertTrue(summary.toString().endsWith("5 of 6 numbers released; 1 failed.\n"), summary.toString());
    }
}
