package io.github.acsnumbers.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Benchmark 7, the peer benchmark: this SDK, a raw OkHttp + HMAC client and Microsoft's JS SDK
 * ({@code @azure/communication-phone-numbers}, pinned in {@code bench/peer-js/package-lock.json}, run by Node)
 * against one standalone emulator process holding {@link PeerSettings#purchased()} numbers, interleaved:
 * <ul>
 *   <li>steady-state client CPU per {@code getPurchasedPhoneNumber} (process CPU of the client process: the
 *       emulator runs in its own JVM), and bytes allocated per call on the calling thread;</li>
 *   <li>1,000 concurrent calls through one async client against {@code Promise.all} at the same concurrency;</li>
 *   <li>fresh processes: {@code new OkHttpClient()} against building a client, one call against a raw call (and
 *       with an AppCDS archive), and listing every number (wall, CPU, live heap).</li>
 * </ul>
 * Without Node and npm (or when {@code npm ci} cannot run) the JS columns are skipped with the reason printed and
 * the Java figures are still measured.
 */
final class PeerBenchmark {
    static final String ID = "7";
    static final String CHILD = "io.github.acsnumbers.bench.PeerChild";
    static final String EMULATOR_MAIN = "io.github.acsnumbers.emulator.cli.EmulatorMain";
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(5);

    private PeerBenchmark() {
    }

    /** Where the standalone emulator and the JS peer are. */
    record Paths(Path emulatorJar, Path peerDir, Path coldStartClasspath) {
    }

    /** One sequential-call client. */
    private interface Caller {
        int call();
    }

    /** One fresh process: wall time seen from here and the line it printed. */
    private record Fresh(double wallMs, String line) {
        long field(String key) {
            for (String part : line.split(" ")) {
                if (part.startsWith(key + "=")) {
                    return Long.parseLong(part.substring(key.length() + 1));
                }
            }
            throw new IllegalStateException("no " + key + " in '" + line + "'");
        }
    }

    static void run(Settings settings, Report report, Paths paths) {
        PeerSettings s = PeerSettings.forLabel(settings.label());
        report.out().println("[7] peer: this SDK vs raw OkHttp + HMAC vs the JS SDK, one standalone emulator with "
            + s.purchased() + " numbers");
        JsPeer.Prepared prepared = JsPeer.prepare(paths.peerDir(), report.out());
        JsPeer js = prepared.peer();
        if (js == null) {
            report.out().println("    JS SDK skipped: " + prepared.skipReason());
            report.add(Figure.info(ID, "JS SDK peer", "skipped", prepared.skipReason()));
        } else {
            report.out().println("    JS peer: " + js.describe());
        }
        long t0 = System.nanoTime();
        try (ChildProcess emulator = startEmulator(paths.emulatorJar(), s.purchased(), report)) {
            String cs = emulator.awaitLine("ACS emulator listening: ", Duration.ofMinutes(3)).trim();
            report.out().println(Report.fmt("    emulator (pid %d) with %d numbers ready in %.1f s", emulator.pid(),
                s.purchased(), (System.nanoTime() - t0) / 1e9));
            PhoneNumbersClient sdk = new PhoneNumbersClientBuilder().connectionString(cs).buildClient();
            List<String> numbers = new ArrayList<>();
            for (Page<PurchasedPhoneNumber> page : sdk.listPurchasedPhoneNumbers().byPage()) {
                page.items().forEach(p -> numbers.add(p.getPhoneNumber()));
                break;
            }
            if (numbers.isEmpty()) {
                throw new IllegalStateException("the emulator listed no purchased number");
            }
            String number = numbers.get(0);
            perCall(s, report, cs, sdk, number, js);
            try {
                concurrent(s, report, cs, numbers, js);
            } catch (IllegalStateException e) {
                // a failed batch must not cost the fresh-process figures that follow
                report.out().println("    async batch failed: " + e.getMessage());
                report.add(Figure.info(ID, s.concurrency() + " concurrent calls: not measured", "failed",
                    e.getMessage().length() > 160 ? e.getMessage().substring(0, 160) + "..." : e.getMessage()));
            }
            fresh(s, report, cs, number, js, paths.coldStartClasspath());
        }
    }

    private static ChildProcess startEmulator(Path jar, int purchased, Report report) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the JS SDK's Promise.all opens one keep-alive socket per call (1,000); the JDK HttpServer closes every
        // connection that goes idle beyond its idle limit (200 by default), which then broke about half of the
        // Java client's pooled connections in the next round ("unexpected end of stream", retried, failed)
        List<String> cmd = new ArrayList<>(List.of(java, "-Dsun.net.httpserver.nodelay=true",
            "-Dsun.net.httpserver.maxIdleConnections=10000"));
        if (jar != null && Files.isRegularFile(jar)) {
            cmd.addAll(List.of("-jar", jar.toString()));
            report.out().println("    standalone emulator: " + jar);
        } else {
            // the bench jar (and the test class path) hold the emulator's classes too
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), EMULATOR_MAIN));
            report.out().println("    standalone emulator: no jar at " + jar + ", running " + EMULATOR_MAIN
                + " from this class path");
        }
        cmd.addAll(List.of("--port", "0", "--purchased", String.valueOf(purchased)));
        return ChildProcess.start("emulator", cmd, null, Map.of());
    }

    // ------------------------------------------------------------------ steady state, one call at a time

    private static void perCall(PeerSettings s, Report report, String cs, PhoneNumbersClient sdk, String number,
                                JsPeer js) {
        report.out().println("    per call: " + s.warmupCalls() + " warm-up calls each, then " + s.rounds()
            + " rounds of " + s.callsPerRound() + " calls, rotating order");
        AtomicReference<HttpUrl> sent = new AtomicReference<>();
        PhoneNumbersClient probe = new PhoneNumbersClientBuilder().connectionString(cs)
            .addInterceptor(chain -> {
                sent.set(chain.request().url());
                return chain.proceed(chain.request());
            }).buildClient();
        probe.getPurchasedPhoneNumber(number);
        KeyCredential key = new KeyCredential(accessKey(cs));
        OkHttpClient okhttp = new OkHttpClient();
        CallOverheadBenchmark.RawGet raw = new CallOverheadBenchmark.RawGet(okhttp, sent.get(), key);
        Caller sdkCall = () -> sdk.getPurchasedPhoneNumber(number).getPhoneNumber().length();
        Caller rawCall = () -> raw.get().length;
        String[] names = {"this SDK", "raw OkHttp + HMAC", "JS SDK"};
        int variants = js == null ? 2 : 3;
        List<List<Double>> cpu = new ArrayList<>();
        List<List<Double>> threadCpu = new ArrayList<>();
        List<List<Double>> alloc = new ArrayList<>();
        List<List<Double>> wall = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cpu.add(new ArrayList<>());
            threadCpu.add(new ArrayList<>());
            alloc.add(new ArrayList<>());
            wall.add(new ArrayList<>());
        }
        ChildProcess serving = js == null ? null : js.serve(cs);
        try {
            int sink = 0;
            for (int i = 0; i < s.warmupCalls(); i++) {
                sink += sdkCall.call();
            }
            for (int i = 0; i < s.warmupCalls(); i++) {
                sink += rawCall.call();
            }
            if (serving != null) {
                JsPeer.ask(serving, getCommand(s.warmupCalls(), number), CHILD_TIMEOUT);
            }
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
            report.out().println("    Java process CPU read from " + ProcessCpu.source()
                + "; the JS peer's from process.cpuUsage() (microseconds)");
            for (int round = 0; round < s.rounds(); round++) {
                for (int k = 0; k < variants; k++) {
                    int v = (k + round) % variants;
                    int n = s.callsPerRound();
                    if (v == 2) {
                        JsonObject a = JsPeer.ask(serving, getCommand(n, number), CHILD_TIMEOUT);
                        cpu.get(2).add(a.get("cpuUs").getAsDouble() / n);
                        wall.get(2).add(a.get("wallUs").getAsDouble() / n);
                        continue;
                    }
                    Caller c = v == 0 ? sdkCall : rawCall;
                    long p0 = ProcessCpu.nanos();
                    long th0 = threads.getCurrentThreadCpuTime();
                    long a0 = threads.getCurrentThreadAllocatedBytes();
                    long w0 = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        sink += c.call();
                    }
                    long w1 = System.nanoTime();
                    long a1 = threads.getCurrentThreadAllocatedBytes();
                    long th1 = threads.getCurrentThreadCpuTime();
                    long p1 = ProcessCpu.nanos();
                    cpu.get(v).add((p1 - p0) / 1000.0 / n);
                    threadCpu.get(v).add((th1 - th0) / 1000.0 / n);
                    alloc.get(v).add((double) (a1 - a0) / n);
                    wall.get(v).add((w1 - w0) / 1000.0 / n);
                }
            }
            report.out().println("    (checksum " + sink + ")");
        } finally {
            if (serving != null) {
                serving.close();
            }
            okhttp.connectionPool().evictAll();
        }
        Stats[] c = new Stats[variants];
        for (int v = 0; v < variants; v++) {
            c[v] = Stats.of(cpu.get(v));
            report.add(Figure.info(ID, "client process CPU per getPurchasedPhoneNumber, " + names[v],
                Report.fmt("%.1f us", c[v].median()), "per round " + c[v].spread("%.1f")));
        }
        for (int v = 0; v < 2; v++) {
            Stats t = Stats.of(threadCpu.get(v));
            report.add(Figure.info(ID, "calling-thread CPU per call, " + names[v], Report.fmt("%.1f us",
                t.median()), "per round " + t.spread("%.1f")));
        }
        for (int v = 0; v < variants; v++) {
            Stats w = Stats.of(wall.get(v));
            report.add(Figure.info(ID, "wall time per call (sequential), " + names[v], Report.fmt("%.1f us",
                w.median()), "per round " + w.spread("%.1f")));
        }
        double toRaw = c[0].median() / c[1].median();
        report.add(Figure.checked(ID, "client CPU per call, this SDK / raw OkHttp + HMAC", Report.fmt("%.3f", toRaw),
            "", "<= 1.15", toRaw <= 1.15));
        // the same ratio taken within each round, where both clients ran back to back: the host's drift between
        // rounds cancels out, so its spread shows how far one run's ratio of medians can be trusted
        List<Double> paired = new ArrayList<>();
        for (int r = 0; r < cpu.get(0).size(); r++) {
            paired.add(cpu.get(0).get(r) / cpu.get(1).get(r));
        }
        Stats pairs = Stats.of(paired);
        report.add(Figure.info(ID, "client CPU per call, this SDK / raw, ratio within each round",
            Report.fmt("%.3f", pairs.median()), "per round " + pairs.spread("%.3f")));
        if (variants == 3) {
            double toJs = c[0].median() / c[2].median();
            report.add(Figure.checked(ID, "client CPU per call, this SDK / JS SDK", Report.fmt("%.3f", toJs),
                Report.fmt("raw / JS %.3f", c[1].median() / c[2].median()), "<= 0.75", toJs <= 0.75));
        }
        Stats sdkAlloc = Stats.of(alloc.get(0));
        Stats rawAlloc = Stats.of(alloc.get(1));
        report.add(Figure.info(ID, "bytes allocated per call (calling thread), raw OkHttp + HMAC",
            Report.fmt("%.0f B", rawAlloc.median()), "per round " + rawAlloc.spread("%.0f")));
        report.add(Figure.checked(ID, "bytes allocated per call (calling thread), this SDK",
            Report.fmt("%.0f B", sdkAlloc.median()), "per round " + sdkAlloc.spread("%.0f"), "<= 20480 B",
            sdkAlloc.median() <= 20 * 1024));
    }

    private static String getCommand(int n, String number) {
        JsonObject o = new JsonObject();
        o.addProperty("op", "get");
        o.addProperty("n", n);
        o.addProperty("number", number);
        return o.toString();
    }

    static String accessKey(String connectionString) {
        for (String part : connectionString.split(";")) {
            if (part.regionMatches(true, 0, "accesskey=", 0, 10)) {
                return part.substring(10);
            }
        }
        throw new IllegalStateException("the emulator's connection string has no accesskey");
    }

    // ------------------------------------------------------------------ many calls at once

    private static void concurrent(PeerSettings s, Report report, String cs, List<String> numbers, JsPeer js) {
        int n = s.concurrency();
        List<String> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            batch.add(numbers.get(i % numbers.size()));
        }
        report.out().println("    async: " + n + " concurrent getPurchasedPhoneNumber through one client, "
            + s.asyncRounds() + " rounds after one warm-up round each");
        PhoneNumbersAsyncClient byDefault = new PhoneNumbersClientBuilder().connectionString(cs).buildAsyncClient();
        // the second variant: a user's own OkHttpClient with OkHttp's default dispatcher (5 requests per host)
        OkHttpClient userHttp = new OkHttpClient();
        PhoneNumbersAsyncClient userClient = new PhoneNumbersClientBuilder().connectionString(cs)
            .httpClient(userHttp).buildAsyncClient();
        String[] names = {"this SDK (its own client: 64 per host)", "this SDK (user OkHttpClient: 5 per host)",
            "JS SDK (Promise.all)"};
        int variants = js == null ? 2 : 3;
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] failure = new String[2];
        ChildProcess serving = js == null ? null : js.serve(cs);
        try {
            JsonArray list = new JsonArray();
            batch.forEach(list::add);
            JsonObject cmd = new JsonObject();
            cmd.addProperty("op", "concurrent");
            cmd.add("numbers", list);
            String command = cmd.toString();
            for (int round = -1; round < s.asyncRounds(); round++) {
                for (int k = 0; k < variants; k++) {
                    int v = (k + Math.max(round, 0)) % variants;
                    double seconds;
                    if (v == 2) {
                        JsonObject a = JsPeer.ask(serving, command, CHILD_TIMEOUT);
                        if (a.get("good").getAsInt() != n) {
                            throw new IllegalStateException("the JS peer got " + a.get("good") + " of " + n);
                        }
                        seconds = a.get("wallUs").getAsDouble() / 1e6;
                    } else if (failure[v] != null) {
                        continue;
                    } else {
                        // 1,000 calls with 64 connections at once can overwhelm the emulator's HttpServer on a
                        // loaded machine (calls fail even after retries): report that variant as failed, keep
                        // measuring the others
                        try {
                            seconds = javaBatch(v == 0 ? byDefault : userClient, batch);
                        } catch (IllegalStateException e) {
                            failure[v] = e.getMessage();
                            report.out().println("    the variant '" + names[v] + "' failed, dropped from this run: "
                                + e.getMessage());
                            continue;
                        }
                    }
                    if (round >= 0) {
                        rates.get(v).add(n / seconds);
                    }
                }
            }
        } finally {
            if (serving != null) {
                serving.close();
            }
            userHttp.dispatcher().executorService().shutdown();
            userHttp.connectionPool().evictAll();
        }
        Stats[] r = new Stats[variants];
        for (int v = 0; v < variants; v++) {
            if (v < 2 && failure[v] != null) {
                report.add(Figure.info(ID, n + " concurrent calls, throughput, " + names[v], "failed",
                    failure[v].length() > 160 ? failure[v].substring(0, 160) + "..." : failure[v]));
                continue;
            }
            r[v] = Stats.of(rates.get(v));
            report.add(Figure.info(ID, n + " concurrent calls, throughput, " + names[v],
                Report.fmt("%.0f /s", r[v].median()), "per round " + r[v].spread("%.0f")));
        }
        if (variants == 3 && r[0] != null) {
            // the checked figure is what a user gets by default: the SDK's own client
            double sdk = r[0].median();
            report.add(Figure.checked(ID, n + " concurrent calls, this SDK / JS SDK throughput",
                Report.fmt("%.2f", sdk / r[2].median()), r[1] == null ? "" : Report.fmt("user client, 5 per host %.2f",
                    r[1].median() / r[2].median()), ">= 2.0", sdk / r[2].median() >= 2.0));
        }
    }

    private static double javaBatch(PhoneNumbersAsyncClient client, List<String> batch) {
        long t0 = System.nanoTime();
        List<CompletableFuture<PurchasedPhoneNumber>> futures = new ArrayList<>(batch.size());
        for (String nr : batch) {
            futures.add(client.getPurchasedPhoneNumber(nr));
        }
        try {
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the async batch failed: " + e, e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (CompletableFuture<PurchasedPhoneNumber> f : futures) {
            if (f.join().getPhoneNumber() == null) {
                throw new IllegalStateException("an async call returned no number");
            }
        }
        return seconds;
    }

    // ------------------------------------------------------------------ fresh processes

    private static void fresh(PeerSettings s, Report report, String cs, String number, JsPeer js,
                              Path classpathFile) {
        List<String> deps = ColdStartBenchmark.readClasspath(classpathFile);
        Path work;
        try {
            work = Files.createTempDirectory("acs-bench-peer");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
        try {
            Path childJar = childJar(work);
            // AppCDS wants jars only on the class path (no non-empty directories): the child class is in a jar
            String classpath = childJar + File.pathSeparator + String.join(File.pathSeparator, deps);
            Path archive = work.resolve("peer-call.jsa");
            Map<String, String> env = new HashMap<>();
            env.put("ACS_BENCH_CONNECTION_STRING", cs);
            env.put("ACS_BENCH_NUMBER", number);
            env.put("ACS_BENCH_RAW_URL", rawUrl(cs, number));
            env.put("ACS_BENCH_CHECKPOINT_EVERY", String.valueOf(Math.max(100, s.purchased() / s.checkpoints())));

            // training run for the AppCDS archive (also warms the OS file cache and the emulator)
            runJava(work, classpath, List.of("-XX:ArchiveClassesAtExit=" + archive), "call", env);
            boolean cds = Files.isRegularFile(archive);
            if (!cds) {
                report.note("AppCDS: the training run wrote no archive; the CDS figure is left out");
            }
            if (js != null) {
                runJs(js, "call", env);
            }
            Map<String, List<Fresh>> runs = new LinkedHashMap<>();
            List<String> kinds = new ArrayList<>(List.of("noop", "okhttp", "build", "buildtls", "rawcall", "call"));
            if (cds) {
                kinds.add("call+cds");
            }
            if (js != null) {
                kinds.addAll(List.of("js-build", "js-call"));
            }
            kinds.forEach(k -> runs.put(k, new ArrayList<>()));
            report.out().println("    fresh processes: " + s.freshRuns() + " rounds of " + kinds);
            for (int round = 0; round < s.freshRuns(); round++) {
                for (int k = 0; k < kinds.size(); k++) {
                    String kind = kinds.get((k + round) % kinds.size());
                    Fresh f = switch (kind) {
                        case "call+cds" -> runJava(work, classpath, List.of("-XX:SharedArchiveFile=" + archive),
                            "call", env);
                        case "js-build" -> runJs(js, "build", env);
                        case "js-call" -> runJs(js, "call", env);
                        default -> runJava(work, classpath, List.of(), kind, env);
                    };
                    runs.get(kind).add(f);
                }
            }
            Stats okhttp = Stats.of(runs.get("okhttp").stream().mapToDouble(f -> f.field("micros") / 1000.0)
                .toArray());
            Stats build = Stats.of(runs.get("build").stream().mapToDouble(f -> f.field("micros") / 1000.0)
                .toArray());
            report.add(Figure.info(ID, "fresh JVM: new OkHttpClient(), in main", Report.fmt("%.0f ms",
                okhttp.median()), spread(okhttp)));
            Stats buildTls = Stats.of(runs.get("buildtls").stream().mapToDouble(f -> f.field("micros") / 1000.0)
                .toArray());
            report.add(Figure.info(ID, "fresh JVM: build a PhoneNumbersClient (http loopback), in main",
                Report.fmt("%.0f ms", build.median()), spread(build)));
            report.add(Figure.info(ID, "fresh JVM: build a PhoneNumbersClient (https endpoint), in main",
                Report.fmt("%.0f ms", buildTls.median()), spread(buildTls)));
            double extra = build.median() - okhttp.median();
            report.add(Figure.checked(ID, "fresh JVM: client build (http loopback) minus new OkHttpClient()",
                Report.fmt("%.0f ms", extra), "no TLS set-up for plain http", "<= 50 ms", extra <= 50));
            double extraTls = buildTls.median() - okhttp.median();
            report.add(Figure.checked(ID, "fresh JVM: client build (https) minus new OkHttpClient()",
                Report.fmt("%.0f ms", extraTls), "", "<= 50 ms", extraTls <= 50));
            if (js != null) {
                Stats jsBuild = Stats.of(runs.get("js-build").stream().mapToDouble(f -> jsField(f, "buildUs")
                    / 1000.0).toArray());
                report.add(Figure.info(ID, "fresh node: new PhoneNumbersClient(), JS SDK", Report.fmt("%.1f ms",
                    jsBuild.median()), spread(jsBuild) + "; require() of the package not included"));
            }
            Map<String, Stats> wall = new LinkedHashMap<>();
            runs.forEach((k, v) -> wall.put(k, Stats.of(v.stream().mapToDouble(Fresh::wallMs).toArray())));
            String[][] labels = {{"noop", "empty JVM (floor)"}, {"rawcall", "raw OkHttp + HMAC, one call"},
                {"call", "this SDK, build + one call"}, {"call+cds", "this SDK, build + one call, AppCDS archive"},
                {"js-call", "JS SDK, one call (node)"}};
            for (String[] l : labels) {
                if (wall.containsKey(l[0])) {
                    report.add(Figure.info(ID, "fresh process wall: " + l[1], Report.fmt("%.0f ms",
                        wall.get(l[0]).median()), spread(wall.get(l[0]))));
                }
            }
            double ratio = wall.get("call").median() / wall.get("rawcall").median();
            report.add(Figure.checked(ID, "fresh process, one call: this SDK / raw OkHttp", Report.fmt("%.2f",
                ratio), cds ? Report.fmt("with AppCDS %.2f", wall.get("call+cds").median()
                / wall.get("rawcall").median()) : "", "<= 1.10", ratio <= 1.10));
            if (js != null) {
                report.add(Figure.info(ID, "fresh process, one call: this SDK / JS SDK", Report.fmt("%.2f",
                    wall.get("call").median() / wall.get("js-call").median()), cds ? Report.fmt("with AppCDS %.2f",
                    wall.get("call+cds").median() / wall.get("js-call").median()) : ""));
            }
            listing(s, report, work, classpath, js, env);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void listing(PeerSettings s, Report report, Path work, String classpath, JsPeer js,
                                Map<String, String> env) {
        report.out().println("    listing all " + s.purchased() + " numbers in a fresh process, " + s.listRuns()
            + " run(s) each, interleaved");
        List<Fresh> java = new ArrayList<>();
        List<Fresh> node = new ArrayList<>();
        for (int i = 0; i < s.listRuns(); i++) {
            if (i % 2 == 0) {
                java.add(runJava(work, classpath, List.of(), "list", env));
                if (js != null) {
                    node.add(runJs(js, "list", env));
                }
            } else {
                if (js != null) {
                    node.add(runJs(js, "list", env));
                }
                java.add(runJava(work, classpath, List.of(), "list", env));
            }
        }
        for (Fresh f : java) {
            if (f.field("items") != s.purchased()) {
                throw new IllegalStateException("the Java listing saw " + f.field("items") + " numbers, not "
                    + s.purchased());
            }
        }
        Fresh javaHeap = runJava(work, classpath, List.of(), "listheap", env);
        Stats jWall = Stats.of(java.stream().mapToDouble(Fresh::wallMs).toArray());
        Stats jCpu = Stats.of(java.stream().mapToDouble(f -> f.field("cpuMicros") / 1000.0).toArray());
        report.add(Figure.info(ID, "list " + s.purchased() + ", fresh process wall, this SDK",
            Report.fmt("%.0f ms", jWall.median()), spread(jWall)));
        report.add(Figure.info(ID, "list " + s.purchased() + ", fresh process CPU, this SDK",
            Report.fmt("%.0f ms", jCpu.median()), spread(jCpu)));
        long live = javaHeap.field("liveHeapGrowth");
        report.add(Figure.checked(ID, "list " + s.purchased() + ", live-heap growth (full GC at "
            + s.checkpoints() + " checkpoints), this SDK", PagingBenchmark.mib(live), "peak used heap (no GC) +"
            + PagingBenchmark.mib(java.get(0).field("peakHeapGrowth")), "<= 2.00 MiB (flat)",
            live <= PagingBenchmark.FLAT_LIMIT_BYTES));
        if (js == null) {
            return;
        }
        for (Fresh f : node) {
            if (jsField(f, "items") != s.purchased()) {
                throw new IllegalStateException("the JS listing saw " + jsField(f, "items") + " numbers");
            }
        }
        Fresh nodeHeap = runJs(js, "listheap", env, "--expose-gc");
        Stats nWall = Stats.of(node.stream().mapToDouble(Fresh::wallMs).toArray());
        Stats nCpu = Stats.of(node.stream().mapToDouble(f -> jsField(f, "cpuUs") / 1000.0).toArray());
        report.add(Figure.info(ID, "list " + s.purchased() + ", fresh process wall, JS SDK",
            Report.fmt("%.0f ms", nWall.median()), spread(nWall)));
        report.add(Figure.info(ID, "list " + s.purchased() + ", fresh process CPU, JS SDK",
            Report.fmt("%.0f ms", nCpu.median()), spread(nCpu)));
        report.add(Figure.info(ID, "list " + s.purchased() + ", live-heap growth, JS SDK",
            PagingBenchmark.mib((long) jsField(nodeHeap, "liveHeapGrowth")), "node --expose-gc, same checkpoints"));
        double w = jWall.median() / nWall.median();
        double c = jCpu.median() / nCpu.median();
        report.add(Figure.checked(ID, "list " + s.purchased() + ", wall: this SDK / JS SDK", Report.fmt("%.2f", w),
            "", "<= 1.00", w <= 1.0));
        report.add(Figure.checked(ID, "list " + s.purchased() + ", CPU: this SDK / JS SDK", Report.fmt("%.2f", c),
            "", "<= 1.50", c <= 1.5));
    }

    private static String spread(Stats s) {
        return Report.fmt("min %.0f / max %.0f (n=%d)", s.min(), s.max(), s.count());
    }

    private static double jsField(Fresh f, String key) {
        return JsPeer.parse(f.line()).get(key).getAsDouble();
    }

    /** The URL the SDK GETs for one number (so that the raw child sends the very same request). */
    private static String rawUrl(String cs, String number) {
        AtomicReference<HttpUrl> sent = new AtomicReference<>();
        PhoneNumbersClient probe = new PhoneNumbersClientBuilder().connectionString(cs)
            .addInterceptor(chain -> {
                sent.set(chain.request().url());
                return chain.proceed(chain.request());
            }).buildClient();
        probe.getPurchasedPhoneNumber(number);
        return sent.get().toString();
    }

    private static Path childJar(Path work) {
        Path jar = work.resolve("peer-child.jar");
        String entry = CHILD.replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (InputStream in = PeerBenchmark.class.getResourceAsStream("/" + entry);
             OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + entry + " in the benchmark's class path");
            }
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
        return jar;
    }

    private static Fresh runJava(Path work, String classpath, List<String> flags, String mode,
                                 Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", classpath, CHILD, mode));
        Fresh f = runOnce(cmd, work, env, "peer-child ");
        if (f.line().contains("error=")) {
            throw new IllegalStateException("the Java child failed: " + f.line());
        }
        return f;
    }

    private static Fresh runJs(JsPeer js, String mode, Map<String, String> env, String... nodeFlags) {
        Fresh f = runOnce(js.command(mode, nodeFlags), js.dir(), env, "peer ");
        if (!JsPeer.parse(f.line()).get("ok").getAsBoolean()) {
            throw new IllegalStateException("the JS peer failed in mode " + mode + ": " + f.line());
        }
        return f;
    }

    private static Fresh runOnce(List<String> cmd, Path dir, Map<String, String> env, String prefix) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // the key goes through the environment, not the command line (visible to every local user)
        pb.environment().putAll(env);
        try {
            Path log = Files.createTempFile("acs-bench-child", ".log");
            try {
                pb.redirectOutput(log.toFile());
                long t0 = System.nanoTime();
                Process p = pb.start();
                if (!p.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(String.join(" ", cmd.subList(cmd.size() - 1, cmd.size()))
                        + " child did not finish in " + CHILD_TIMEOUT.toSeconds() + " s");
                }
                double wallMs = (System.nanoTime() - t0) / 1e6;
                String all = Files.readString(log, StandardCharsets.UTF_8);
                String line = all.lines().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(
                    prefix.length())).orElseThrow(() -> new IllegalStateException("child " + cmd.get(cmd.size() - 1)
                    + " printed no result (exit " + p.exitValue() + "): " + abbreviate(all)));
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("child " + cmd.get(cmd.size() - 1) + " exited with "
                        + p.exitValue() + ": " + abbreviate(all));
                }
                return new Fresh(wallMs, line);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("(?i)accesskey=[^;\\s]+", "accesskey=***").trim();
        return t.length() <= 600 ? t : t.substring(0, 600) + "...";
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
