package io.github.acsnumbers.samples;

import java.io.PrintStream;

/** Readable output for the demo: headings, results, skips and failures, one line each. */
final class Console {
    private final PrintStream out;
    private int failures;

    Console(PrintStream out) {
        this.out = out;
    }

    void heading(String text) {
        out.println();
        out.println("== " + text);
    }

    void ok(String text) {
        out.println("  ok    " + text);
    }

    void info(String text) {
        out.println("        " + text);
    }

    void skip(String text) {
        out.println("  skip  " + text);
    }

    void fail(String scenario, Throwable e) {
        failures++;
        out.println("  FAIL  " + scenario + ": " + DemoMain.describe(e));
    }

    int failures() {
        return failures;
    }
}
