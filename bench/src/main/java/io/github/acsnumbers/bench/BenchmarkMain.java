package io.github.acsnumbers.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the SDK's benchmarks against the in-process emulator on 127.0.0.1 and prints every figure with its target:
 * <ol>
 *   <li>{@code overhead}: per-call overhead of {@code getPurchasedPhoneNumber} against a raw signed OkHttp GET</li>
 *   <li>{@code paging}: listing 10,000 and 100,000 numbers, items/s and live-heap growth</li>
 *   <li>{@code lro}: search + purchase, SDK completion time against the emulator's ready time</li>
 *   <li>{@code signing}: HMAC signatures per second on one thread (JMH)</li>
 *   <li>{@code coldstart}: a fresh JVM with only the facade's class path: wall time and classes loaded</li>
 *   <li>{@code bulk}: 1,000 capability updates at concurrency 1, 8, 32</li>
 *   <li>{@code peer}: this SDK vs raw OkHttp + HMAC vs Microsoft's JS SDK (run by Node from {@code bench/peer-js})
 *       against one standalone emulator with 100,000 numbers: CPU and allocation per call, 1,000 concurrent calls,
 *       fresh-process start-up and a full listing (see {@link PeerBenchmark})</li>
 * </ol>
 *
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * java -jar bench/target/acs-phonenumbers-bench.jar            # everything, under 10 minutes on 2 cores
 * java -jar bench/target/acs-phonenumbers-bench.jar --quick    # smaller counts, about 2 minutes
 * java -jar bench/target/acs-phonenumbers-bench.jar --only=overhead,signing
 * </pre>
 *
 * <p>Exit code 0 when every benchmark ran (targets missed or not), 1 when one failed, 2 for bad arguments.
 */
public final class BenchmarkMain {
    /** Benchmark names in running order. */
    static final List<String> ALL = List.of("signing", "overhead", "paging", "lro", "bulk", "coldstart", "peer");

    static final String NODELAY = "sun.net.httpserver.nodelay";

    private static final String USAGE = "usage: java -jar acs-phonenumbers-bench.jar [--quick] "
        + "[--only=" + String.join(",", ALL) + "] [--coldstart-classpath=FILE] [--emulator-jar=FILE] [--peer-js=DIR]";

    private BenchmarkMain() {
    }

    /**
     * Entry point.
     *
     * @param args {@code --quick}, {@code --only=a,b}, {@code --coldstart-classpath=FILE},
     *             {@code --emulator-jar=FILE}, {@code --peer-js=DIR}, {@code --help}
     */
    public static void main(String[] args) {
        Settings settings = Settings.full();
        Set<String> only = new LinkedHashSet<>(ALL);
        Path classpath = null;
        Path emulatorJar = null;
        Path peerDir = null;
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(USAGE);
                return;
            } else if (a.equals("--quick")) {
                settings = Settings.quick();
            } else if (a.equals("--smoke")) {
                settings = Settings.smoke();
            } else if (a.startsWith("--only=")) {
                only = parseOnly(a.substring(7));
                if (only == null) {
                    System.err.println("unknown benchmark in " + a + "; known: " + String.join(",", ALL));
                    System.exit(2);
                    return;
                }
            } else if (a.startsWith("--coldstart-classpath=")) {
                classpath = Path.of(a.substring(22));
            } else if (a.startsWith("--emulator-jar=")) {
                emulatorJar = Path.of(a.substring(15));
            } else if (a.startsWith("--peer-js=")) {
                peerDir = Path.of(a.substring(10));
            } else {
                System.err.println("unknown argument: " + a);
                System.err.println(USAGE);
                System.exit(2);
                return;
            }
        }
        Path cp = classpath == null ? defaultClasspathFile() : classpath;
        PeerBenchmark.Paths paths = new PeerBenchmark.Paths(emulatorJar == null ? defaultEmulatorJar() : emulatorJar,
            peerDir == null ? defaultPeerDir() : peerDir, cp);
        Report report = run(settings, only, paths, System.out);
        report.printSummary();
        // OkHttp's pool and the emulators' threads would otherwise keep the JVM a while
        System.exit(report.hasErrors() ? 1 : 0);
    }

    static Set<String> parseOnly(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!ALL.contains(name)) {
                return null;
            }
            out.add(name);
        }
        return out;
    }

    /**
     * Runs the chosen benchmarks in order; one that fails is reported as an ERROR figure and the others still run.
     */
    static Report run(Settings settings, Set<String> only, PeerBenchmark.Paths paths, PrintStream out) {
        Path coldStartClasspath = paths.coldStartClasspath();
        // The emulator serves with the JDK's HttpServer, which leaves Nagle's algorithm on unless told otherwise:
        // each response's second segment then waits for the client's delayed ACK (40 ms on Linux), and every
        // figure would measure that timer instead of the SDK. Set before the first server starts; an explicit
        // -Dsun.net.httpserver.nodelay=false still wins (to reproduce the stall).
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        Report report = new Report(out);
        long t0 = System.nanoTime();
        header(settings, out);
        String startLoad = loadAverage();
        for (String name : ALL) {
            if (!only.contains(name)) {
                continue;
            }
            long start = System.nanoTime();
            try {
                switch (name) {
                    case "overhead" -> CallOverheadBenchmark.run(settings, report);
                    case "paging" -> PagingBenchmark.run(settings, report);
                    case "lro" -> LroBenchmark.run(settings, report);
                    case "signing" -> SigningRunner.run(settings, report);
                    case "coldstart" -> ColdStartBenchmark.run(settings, report, coldStartClasspath);
                    case "bulk" -> BulkBenchmark.run(settings, report);
                    case "peer" -> PeerBenchmark.run(settings, report, paths);
                    default -> throw new IllegalStateException("no benchmark " + name);
                }
            } catch (RuntimeException e) {
                report.add(new Figure(idOf(name), name + " failed", e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage()), "", Figure.Verdict.ERROR));
                e.printStackTrace(out);
            }
            out.println(Report.fmt("    (%s took %.1f s)", name, (System.nanoTime() - start) / 1e9));
        }
        out.println(Report.fmt("whole run: %.1f s", (System.nanoTime() - t0) / 1e9));
        report.note("load average (1/5/15 min) at start " + startLoad + ", at end " + loadAverage() + " on "
            + Runtime.getRuntime().availableProcessors() + " CPUs: a figure measured on a busy machine is noisier");
        return report;
    }

    private static String idOf(String name) {
        return switch (name) {
            case "overhead" -> CallOverheadBenchmark.ID;
            case "paging" -> PagingBenchmark.ID;
            case "lro" -> LroBenchmark.ID;
            case "signing" -> SigningRunner.ID;
            case "coldstart" -> ColdStartBenchmark.ID;
            case "peer" -> PeerBenchmark.ID;
            default -> BulkBenchmark.ID;
        };
    }

    private static void header(Settings s, PrintStream out) {
        Runtime rt = Runtime.getRuntime();
        out.println("ACS phone numbers SDK benchmarks (" + s.label() + ") at " + Instant.now());
        out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
            + System.getProperty("java.home") + "), " + rt.availableProcessors() + " CPUs, max heap "
            + rt.maxMemory() / (1024 * 1024) + " MiB, " + cpuModel());
        out.println("load average " + loadAverage() + "; JVM arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        out.println("emulator and clients share this JVM and talk over 127.0.0.1 (" + NODELAY + "="
            + System.getProperty(NODELAY) + "); LRO delay "
            + s.lroDelay().toMillis() + " ms; bulk delay " + s.bulkDelay().toMillis() + " ms, poll "
            + s.bulkPollInterval().toMillis() + " ms");
        out.println();
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static String cpuModel() {
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the CPU model is only a courtesy in the header
        }
        return System.getProperty("os.arch");
    }

    /** The directory of the benchmark jar (or of target/classes): the module's {@code target/}, or null. */
    private static Path targetDir() {
        try {
            Path location = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The standalone emulator jar: the {@code bench.emulator.jar} property, else
     * {@code emulator/target/acs-phonenumbers-emulator.jar} next to this module (as the build leaves it).
     */
    static Path defaultEmulatorJar() {
        String prop = System.getProperty("bench.emulator.jar");
        if (prop != null) {
            return Path.of(prop);
        }
        Path target = targetDir();
        Path sibling = target == null || target.getParent() == null || target.getParent().getParent() == null ? null
            : target.getParent().getParent().resolve("emulator").resolve("target")
                .resolve("acs-phonenumbers-emulator.jar");
        return sibling != null && Files.isRegularFile(sibling) ? sibling
            : Path.of("emulator", "target", "acs-phonenumbers-emulator.jar");
    }

    /**
     * The JS peer's directory: the {@code bench.peer.js} property, else {@code peer-js} next to the jar (the build
     * copies bench/peer-js there; {@code npm ci} installs into it), else {@code bench/peer-js}.
     */
    static Path defaultPeerDir() {
        String prop = System.getProperty("bench.peer.js");
        if (prop != null) {
            return Path.of(prop);
        }
        Path target = targetDir();
        if (target != null && Files.isDirectory(target.resolve("peer-js"))) {
            return target.resolve("peer-js");
        }
        return Path.of("bench", "peer-js");
    }

    /** {@code coldstart.classpath} next to the jar (written by the build), or the {@code bench.coldstart.classpath} property. */
    static Path defaultClasspathFile() {
        String prop = System.getProperty("bench.coldstart.classpath");
        if (prop != null) {
            return Path.of(prop);
        }
        try {
            Path location = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = location.getParent(); // target/ for both target/classes and target/*.jar
            return dir == null ? Path.of("coldstart.classpath") : dir.resolve("coldstart.classpath");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("bench", "target", "coldstart.classpath");
        }
    }
}
