package io.github.acsnumbers.bench;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link SigningBenchmark} with JMH on one thread and turns the results into figures. */
final class SigningRunner {
    static final String ID = "4";
    static final double TARGET = 200_000;

    private SigningRunner() {
    }

    static void run(Settings s, Report report) {
        report.out().println("[4] signing: HmacSigner.sign on one thread (JMH, forks=" + s.jmhForks() + ", "
            + s.jmhWarmups() + " warm-up + " + s.jmhIterations() + " x " + s.jmhIterationTime().toMillis() + " ms)");
        long ms = s.jmhIterationTime().toMillis();
        Options options = new OptionsBuilder()
            .include(SigningBenchmark.class.getName() + "\\.")
            .mode(Mode.Throughput)
            .timeUnit(TimeUnit.SECONDS)
            .threads(1)
            .forks(s.jmhForks())
            .warmupIterations(s.jmhWarmups())
            .warmupTime(TimeValue.milliseconds(ms))
            .measurementIterations(s.jmhIterations())
            .measurementTime(TimeValue.milliseconds(ms))
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH ran no benchmark (is META-INF/BenchmarkList in the jar?)");
        }
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            Statistics st = r.getPrimaryResult().getStatistics();
            double score = st.getPercentile(50); // median of the measured iterations
            String spread = Report.fmt("min %.0f / max %.0f; mean %.0f +/- %.0f (99.9%%), n=%d", st.getMin(),
                st.getMax(), r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(), st.getN());
            if (method.equals("signGet")) {
                report.add(Figure.checked(ID, "HMAC sign ops/s, GET (one thread)", Report.fmt("%.0f ops/s", score),
                    spread, ">= 200,000/s", score >= TARGET));
            } else {
                report.add(Figure.info(ID, "HMAC sign ops/s, PATCH with body (" + method + ")",
                    Report.fmt("%.0f ops/s", score), spread));
            }
        }
    }
}
