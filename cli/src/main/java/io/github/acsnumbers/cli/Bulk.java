package io.github.acsnumbers.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one operation per phone number with at most {@code concurrency} at once, shows progress (a bar redrawn in
 * place on a terminal, one plain line per number otherwise) and returns each number's result in input order. One
 * number's failure never stops the others.
 */
final class Bulk {
    /** One number's result. */
    record Result(String number, boolean ok, String detail) {
    }

    private Bulk() {
    }

    static List<Result> run(List<String> numbers, int concurrency, String verb, Function<String, String> work,
                            PrintWriter progress, boolean bar) throws InterruptedException {
        int n = numbers.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, n)), r -> {
            Thread t = new Thread(r, "acs-numbers-bulk");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<Result> done = new ExecutorCompletionService<>(pool);
            List<Future<Result>> futures = new ArrayList<>();
            for (String number : numbers) {
                futures.add(done.submit(() -> {
                    try {
                        return new Result(number, true, work.apply(number));
                    } catch (RuntimeException e) {
                        return new Result(number, false, AcsNumbers.describe(e));
                    }
                }));
            }
            int failed = 0;
            for (int i = 1; i <= n; i++) {
                Result r = done.take().get();
                failed += r.ok() ? 0 : 1;
                if (bar) {
                    int width = 30;
                    int filled = (int) ((long) i * width / n);
                    progress.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + i + "/" + n + " "
                        + verb + (failed > 0 ? ", " + failed + " failed" : ""));
                    if (i == n) {
                        progress.println();
                    }
                } else {
                    progress.println("[" + i + "/" + n + "] " + r.number() + " "
                        + (r.ok() ? verb : "failed"));
                }
                progress.flush();
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a bulk task failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Prints the per-number table and a one-line summary; returns the exit code (1 when any failed). */
    static int summarize(List<Result> results, String verb, PrintWriter out) {
        Output table = new Output("phoneNumber", "result");
        int ok = 0;
        for (Result r : results) {
            table.row(r.number(), r.ok() ? (r.detail() == null ? verb : verb + " (" + r.detail() + ")") : r.detail());
            ok += r.ok() ? 1 : 0;
        }
        table.print(out, Output.Format.TABLE);
        int failed = results.size() - ok;
        out.println(ok + " of " + results.size() + " numbers " + verb + (failed > 0 ? "; " + failed + " failed." : "."));
        return failed > 0 ? AcsNumbers.ERROR : 0;
    }
}
