package io.github.acsnumbers.bench;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark 5: a fresh JVM (the same {@code java}) that builds a client and lists one page, with a class path of
 * only the facade and its runtime dependencies (what a key-only user has: no azure-*, no logging binding). Reports
 * wall time from process start to exit and the classes loaded ({@code -Xlog:class+load}), next to a JVM that does
 * nothing (the floor no library can go below).
 */
final class ColdStartBenchmark {
    static final String ID = "5";
    static final String CHILD = "io.github.acsnumbers.bench.ColdStartChild";

    private ColdStartBenchmark() {
    }

    /** One child run. */
    private record Run(double wallMs, int classes, int jdkClasses, Map<String, Integer> bySource,
                       Map<String, Integer> jdkByPackage, String output) {
    }

    static void run(Settings s, Report report, Path classpathFile) {
        report.out().println("[5] cold start: fresh JVM, facade + runtime deps only, build a client, list one page");
        List<String> deps = readClasspath(classpathFile);
        List<String> azure = deps.stream().filter(d -> new File(d).getName().startsWith("azure")).toList();
        report.out().println("    class path: " + deps.stream().map(d -> new File(d).getName())
            .collect(Collectors.joining(", ")));
        Path work;
        try {
            work = Files.createTempDirectory("acs-bench-coldstart");
            Path classFile = work.resolve("classes").resolve(CHILD.replace('.', '/') + ".class");
            Files.createDirectories(classFile.getParent());
            try (InputStream in = ColdStartBenchmark.class.getResourceAsStream("/" + CHILD.replace('.', '/')
                + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("cannot find " + CHILD + ".class in the benchmark's class path");
                }
                Files.copy(in, classFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the cold-start directory", e);
        }
        String classpath = work.resolve("classes") + File.pathSeparator + String.join(File.pathSeparator, deps);
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(150).start()) {
            String cs = emulator.connectionString();
            child(work, classpath, cs, false); // warms the OS file cache and the emulator
            List<Run> noop = new ArrayList<>();
            List<Run> sdk = new ArrayList<>();
            for (int i = 0; i < s.coldStartRuns(); i++) {
                noop.add(child(work, classpath, cs, true));
                sdk.add(child(work, classpath, cs, false));
            }
            Run last = sdk.get(sdk.size() - 1);
            report.out().println("    child said: " + last.output());
            if (!last.output().contains("items=100")) {
                throw new IllegalStateException("the cold-start child did not list a page of 100: " + last.output());
            }
            Stats wall = Stats.of(sdk.stream().mapToDouble(Run::wallMs).toArray());
            Stats wallNoop = Stats.of(noop.stream().mapToDouble(Run::wallMs).toArray());
            Stats classes = Stats.of(sdk.stream().mapToDouble(Run::classes).toArray());
            Stats classesNoop = Stats.of(noop.stream().mapToDouble(Run::classes).toArray());
            Stats jdk = Stats.of(sdk.stream().mapToDouble(Run::jdkClasses).toArray());
            report.add(Figure.info(ID, "cold start wall time: JVM + build client + list one page",
                Report.fmt("%.0f ms", wall.median()), Report.fmt("min %.0f / max %.0f (n=%d)", wall.min(),
                    wall.max(), wall.count())));
            report.add(Figure.info(ID, "cold start wall time: empty JVM (floor)",
                Report.fmt("%.0f ms", wallNoop.median()), Report.fmt("min %.0f / max %.0f (n=%d)", wallNoop.min(),
                    wallNoop.max(), wallNoop.count())));
            report.add(Figure.info(ID, "cold start: SDK's share of wall time",
                Report.fmt("%.0f ms", wall.median() - wallNoop.median()), "last run, in main: "
                    + last.output().replaceAll(".*(buildMicros=\\d+ firstPageMicros=\\d+).*", "$1")));
            report.add(Figure.info(ID, "classes loaded (total)", Report.fmt("%.0f", classes.median()),
                Report.fmt("empty JVM %.0f; from the JDK %.0f", classesNoop.median(), jdk.median())));
            String top = top(last.bySource(), 20);
            report.add(Figure.info(ID, "classes loaded from the class path",
                Report.fmt("%d", last.classes() - last.jdkClasses()), top));
            Run floor = noop.get(noop.size() - 1);
            report.note("cold start: JDK classes by package, SDK run minus empty JVM: " + top(minus(
                last.jdkByPackage(), floor.jdkByPackage()), 8));
            report.add(Figure.checked(ID, "azure-* on the key-only class path / loadable",
                (azure.isEmpty() ? "none" : String.join(",", azure)) + " / "
                    + (last.output().contains("azureCore=false") ? "no" : "yes"), "", "none / no",
                azure.isEmpty() && last.output().contains("azureCore=false")));
        } finally {
            deleteQuietly(work);
        }
    }

    private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new TreeMap<>();
        a.forEach((k, v) -> out.put(k, v - b.getOrDefault(k, 0)));
        return out;
    }

    private static String top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(limit)
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static List<String> readClasspath(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException("no cold-start class path file " + file + " (it is written by the "
                + "build: mvn -pl bench -am package; or pass --coldstart-classpath=FILE)");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            List<String> entries = Arrays.stream(text.split(File.pathSeparator)).map(String::trim)
                .filter(e -> !e.isEmpty()).toList();
            for (String e : entries) {
                if (!Files.exists(Path.of(e))) {
                    throw new IllegalStateException("cold-start class path entry is missing: " + e);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Run child(Path work, String classpath, String connectionString, boolean noop) {
        Path log = work.resolve("classload-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log, "-cp", classpath,
            CHILD));
        if (noop) {
            cmd.add("noop");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // the key goes through the environment, not the command line (visible to every local user)
        pb.environment().put("ACS_BENCH_CONNECTION_STRING", connectionString);
        try {
            long t0 = System.nanoTime();
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("cold-start child did not finish in 60 s");
            }
            double wallMs = (System.nanoTime() - t0) / 1e6;
            String all = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("cold-start child exited with " + p.exitValue() + ": " + all);
            }
            // keep the child's own line; SLF4J's "no providers" notice (no binding on this class path) goes
            String output = all.lines().filter(l -> l.startsWith("coldstart")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the cold-start child printed no result: " + all));
            int total = 0;
            int jdk = 0;
            Map<String, Integer> bySource = new TreeMap<>();
            Map<String, Integer> jdkByPackage = new TreeMap<>();
            try (Stream<String> lines = Files.lines(log)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    int at = line.indexOf(" source: ");
                    if (at < 0) {
                        continue;
                    }
                    total++;
                    String source = line.substring(at + 9);
                    if (source.startsWith("jrt:") || source.startsWith("shared objects file")
                        || !source.startsWith("file:")) {
                        jdk++;
                        String cls = line.substring(line.lastIndexOf(']', at) + 1, at).trim();
                        String[] parts = cls.split("\\.");
                        String pkg = parts.length > 2 ? parts[0] + "." + parts[1] : parts[0];
                        jdkByPackage.merge(pkg, 1, Integer::sum);
                    } else {
                        String name = source.endsWith("/") ? "(main class)"
                            : source.substring(source.lastIndexOf('/') + 1).replaceAll("-[0-9][^/]*\\.jar$", "");
                        bySource.merge(name, 1, Integer::sum);
                    }
                }
            }
            Files.deleteIfExists(log);
            return new Run(wallMs, total, jdk, bySource, jdkByPackage, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the cold-start child", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
