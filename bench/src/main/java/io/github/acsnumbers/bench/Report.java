package io.github.acsnumbers.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of a run and prints them as one table at the end. */
final class Report {
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    PrintStream out() {
        return out;
    }

    void add(Figure f) {
        figures.add(f);
        out.println("  -> " + f.name() + ": " + f.value() + (f.spread().isEmpty() ? "" : "  [" + f.spread() + "]")
            + (f.target().isEmpty() ? "" : "  target " + f.target() + " " + f.verdict()));
    }

    /** A line for the closing notes (analysis of a miss, a caveat). */
    void note(String line) {
        notes.add(line);
        out.println("  note: " + line);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    boolean hasErrors() {
        return figures.stream().anyMatch(f -> f.verdict() == Figure.Verdict.ERROR);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    void printSummary() {
        int wName = 10;
        int wValue = 5;
        int wSpread = 6;
        int wTarget = 6;
        for (Figure f : figures) {
            wName = Math.max(wName, f.name().length());
            wValue = Math.max(wValue, f.value().length());
            wSpread = Math.max(wSpread, f.spread().length());
            wTarget = Math.max(wTarget, f.target().length());
        }
        String row = "| %-3s | %-" + wName + "s | %" + wValue + "s | %-" + wSpread + "s | %-" + wTarget + "s | %-6s |";
        out.println();
        out.println("Summary");
        out.println(fmt(row, "#", "figure", "value", "spread", "target", "result"));
        out.println("|-----|-" + "-".repeat(wName) + "-|-" + "-".repeat(wValue) + "-|-" + "-".repeat(wSpread) + "-|-"
            + "-".repeat(wTarget) + "-|--------|");
        for (Figure f : figures) {
            out.println(fmt(row, f.benchmark(), f.name(), f.value(), f.spread(), f.target(), f.verdict()));
        }
        long pass = figures.stream().filter(f -> f.verdict() == Figure.Verdict.PASS).count();
        long miss = figures.stream().filter(f -> f.verdict() == Figure.Verdict.MISS).count();
        long err = figures.stream().filter(f -> f.verdict() == Figure.Verdict.ERROR).count();
        out.println(fmt("%d target(s) met, %d missed, %d error(s)", pass, miss, err));
        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes");
            notes.forEach(n -> out.println("- " + n));
        }
    }
}
