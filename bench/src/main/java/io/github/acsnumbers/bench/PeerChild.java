package io.github.acsnumbers.bench;

import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.implementation.auth.HmacSigner;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The fresh-process programs of the peer benchmark (7), run in a new JVM whose class path holds only this class,
 * the facade and the facade's runtime dependencies (what a key-only user has). Prints one line
 * {@code peer-child mode=... key=value ...}. Settings come from the environment: {@code ACS_BENCH_CONNECTION_STRING},
 * {@code ACS_BENCH_NUMBER}, {@code ACS_BENCH_RAW_URL} (the exact URL the SDK GETs), {@code ACS_BENCH_CHECKPOINT_EVERY}.
 *
 * <p>Modes: {@code noop} (the JVM floor), {@code okhttp} ({@code new OkHttpClient()} alone), {@code build} (build a
 * client for the emulator's http loopback endpoint), {@code buildtls} (build a client for an https endpoint), {@code call} (build + one {@code getPurchasedPhoneNumber}), {@code rawcall} ({@code new OkHttpClient()} +
 * one GET signed with {@link HmacSigner}), {@code list} (list every purchased number), {@code listheap} (the same
 * listing with a full GC at checkpoints: live-heap growth).
 *
 * <p>It must stay self-contained (no other class of this module, no lambdas or nested classes): it is copied
 * alone out of the benchmark jar.
 */
public final class PeerChild {
    private PeerChild() {
    }

    /**
     * Entry point.
     *
     * @param args the mode
     * @throws IOException if the raw call fails
     */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        String mode = args.length > 0 ? args[0] : "";
        String cs = System.getenv("ACS_BENCH_CONNECTION_STRING");
        String out;
        switch (mode) {
            case "noop" -> out = "";
            case "okhttp" -> {
                OkHttpClient c = new OkHttpClient();
                out = "micros=" + (System.nanoTime() - t0) / 1000 + " pool=" + c.connectionPool().connectionCount();
            }
            case "build" -> {
                PhoneNumbersClient c = new PhoneNumbersClientBuilder().connectionString(cs).buildClient();
                out = "micros=" + (System.nanoTime() - t0) / 1000 + " client=" + (c != null);
            }
            case "buildtls" -> {
                // what a user of the real service builds: an https endpoint (nothing is sent)
                PhoneNumbersClient c = new PhoneNumbersClientBuilder()
                    .connectionString("endpoint=https://contoso.communication.azure.com/;accesskey="
                        + cs.substring(cs.toLowerCase(java.util.Locale.ROOT).indexOf("accesskey=") + 10))
                    .buildClient();
                out = "micros=" + (System.nanoTime() - t0) / 1000 + " client=" + (c != null);
            }
            case "call" -> {
                PhoneNumbersClient c = new PhoneNumbersClientBuilder().connectionString(cs).buildClient();
                long t1 = System.nanoTime();
                PurchasedPhoneNumber n = c.getPurchasedPhoneNumber(System.getenv("ACS_BENCH_NUMBER"));
                long t2 = System.nanoTime();
                out = "buildMicros=" + (t1 - t0) / 1000 + " callMicros=" + (t2 - t1) / 1000 + " number="
                    + n.getPhoneNumber();
            }
            case "rawcall" -> out = rawCall(cs, t0);
            case "list", "listheap" -> out = list(cs, "listheap".equals(mode), t0);
            default -> {
                System.out.println("peer-child error=unknown-mode " + mode);
                System.exit(2);
                return;
            }
        }
        System.out.println("peer-child mode=" + mode + " " + out);
        // OkHttp keeps a connection pool thread; a real program would go on, the measurement stops here
        System.exit(0);
    }

    private static String rawCall(String cs, long t0) throws IOException {
        OkHttpClient client = new OkHttpClient();
        HttpUrl url = HttpUrl.get(System.getenv("ACS_BENCH_RAW_URL"));
        String key = null;
        for (String part : cs.split(";")) {
            if (part.regionMatches(true, 0, "accesskey=", 0, 10)) {
                key = part.substring(10);
            }
        }
        String pathAndQuery = url.encodedQuery() == null ? url.encodedPath()
            : url.encodedPath() + "?" + url.encodedQuery();
        HmacSigner.SignedHeaders h = HmacSigner.sign(new KeyCredential(key), "GET", pathAndQuery,
            HmacAuthenticationInterceptor.hostHeader(url), Instant.now(), null);
        Request request = new Request.Builder().url(url)
            .header("x-ms-date", h.date())
            .header("x-ms-content-sha256", h.contentHash())
            .header("Authorization", h.authorization())
            .header("Accept", "application/json")
            .get().build();
        long t1 = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            long t2 = System.nanoTime();
            return "buildMicros=" + (t1 - t0) / 1000 + " callMicros=" + (t2 - t1) / 1000 + " status="
                + response.code() + " bytes=" + body.length();
        }
    }

    private static String list(String cs, boolean withGc, long t0) {
        int every = Integer.parseInt(System.getenv().getOrDefault("ACS_BENCH_CHECKPOINT_EVERY", "10000"));
        PhoneNumbersClient client = new PhoneNumbersClientBuilder().connectionString(cs).buildClient();
        Runtime rt = Runtime.getRuntime();
        if (withGc) {
            System.gc();
        }
        long base = rt.totalMemory() - rt.freeMemory();
        long peak = base;
        long live = 0;
        long items = 0;
        long t1 = System.nanoTime();
        for (PurchasedPhoneNumber p : client.listPurchasedPhoneNumbers()) {
            if (p.getPhoneNumber() != null) {
                items++;
            }
            if (withGc && items % every == 0) {
                System.gc();
                live = Math.max(live, rt.totalMemory() - rt.freeMemory() - base);
            } else if (!withGc && items % 100 == 0) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            }
        }
        long t2 = System.nanoTime();
        return "items=" + items + " buildMicros=" + (t1 - t0) / 1000 + " listMicros=" + (t2 - t1) / 1000
            + " cpuMicros=" + processCpuMicros() + " peakHeapGrowth=" + (peak - base) + " liveHeapGrowth=" + live;
    }

    /**
     * CPU time of this process so far: from /proc/self/stat on Linux (no management classes to load, which would
     * add to the very time measured), else from the platform MXBean.
     */
    private static long processCpuMicros() {
        try {
            Path stat = Path.of("/proc/self/stat");
            if (Files.isReadable(stat)) {
                String s = Files.readString(stat);
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                // after the command: state(0) ... utime(11) stime(12), in USER_HZ ticks (100 per second on Linux)
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000L;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the MXBean
        }
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1000 : -1;
    }
}
