package io.github.acsnumbers.bench;

import com.google.gson.Gson;
import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.implementation.auth.HmacSigner;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.generated.phonenumbers.JSON;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Benchmark 1: {@code getPurchasedPhoneNumber} through the SDK against a hand-written OkHttp GET of the very URL
 * the SDK sends, signed with the same {@link HmacSigner}. A third variant (raw GET + gson decoding into the
 * generated model) separates the cost of JSON mapping from the cost of the pipeline.
 */
final class CallOverheadBenchmark {
    static final String ID = "1";

    private CallOverheadBenchmark() {
    }

    /** One way of doing the call; returns something derived from the answer so nothing is optimised away. */
    private interface Variant {
        int call();
    }

    static void run(Settings s, Report report) {
        report.out().println("[1] per-call overhead: getPurchasedPhoneNumber, SDK vs raw OkHttp + HmacSigner");
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(10).start()) {
            String number = emulator.state().purchasedNumbers().iterator().next();
            KeyCredential key = new KeyCredential(emulator.accessKey());

            // the raw variant must GET exactly what the SDK GETs: capture it once
            AtomicReference<HttpUrl> sent = new AtomicReference<>();
            PhoneNumbersClient probe = new PhoneNumbersClientBuilder().connectionString(emulator.connectionString())
                .addInterceptor(chain -> {
                    sent.set(chain.request().url());
                    return chain.proceed(chain.request());
                }).buildClient();
            probe.getPurchasedPhoneNumber(number);
            HttpUrl url = sent.get();
            report.out().println("    URL: " + url.encodedPath() + "?" + url.encodedQuery());

            PhoneNumbersClient sdk = new PhoneNumbersClientBuilder().connectionString(emulator.connectionString())
                .buildClient();
            OkHttpClient okhttp = new OkHttpClient.Builder().build();
            RawGet raw = new RawGet(okhttp, url, key);
            Gson gson = JSON.getGson();

            Variant sdkCall = () -> {
                PurchasedPhoneNumber n = sdk.getPurchasedPhoneNumber(number);
                return n.getPhoneNumber().length();
            };
            Variant rawCall = () -> raw.get().length;
            Variant rawParse = () -> {
                byte[] body = raw.get();
                io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber m = gson.fromJson(
                    new String(body, StandardCharsets.UTF_8),
                    io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber.class);
                return m.getPhoneNumber().length();
            };
            Variant[] variants = {sdkCall, rawCall, rawParse};
            String[] names = {"SDK", "raw", "raw+gson"};

            int sink = 0;
            for (Variant v : variants) {
                for (int i = 0; i < s.warmupCalls(); i++) {
                    sink += v.call();
                }
            }
            List<List<Double>> perCall = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Double> roundRatios = new ArrayList<>();
            // process CPU per call: on a shared machine wall time includes waiting for a CPU, CPU time does not
            List<List<Double>> cpuPerCall = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            double[] roundMedian = new double[variants.length];
            for (int round = 0; round < s.overheadRounds(); round++) {
                for (int k = 0; k < variants.length; k++) {
                    int idx = (k + round) % variants.length; // rotate the order: no variant always goes first
                    double[] samples = new double[s.callsPerRound()];
                    long cpu0 = ProcessCpu.nanos();
                    for (int i = 0; i < samples.length; i++) {
                        long t0 = System.nanoTime();
                        sink += variants[idx].call();
                        samples[i] = (System.nanoTime() - t0) / 1000.0;
                        perCall.get(idx).add(samples[i]);
                    }
                    cpuPerCall.get(idx).add((ProcessCpu.nanos() - cpu0) / 1000.0 / samples.length);
                    roundMedian[idx] = Stats.of(samples).median();
                }
                roundRatios.add(roundMedian[0] / roundMedian[1]);
            }
            Stats[] stats = new Stats[variants.length];
            for (int k = 0; k < variants.length; k++) {
                stats[k] = Stats.of(perCall.get(k));
                report.add(Figure.info(ID, "getPurchasedPhoneNumber latency, " + names[k],
                    Report.fmt("%.1f us", stats[k].median()), stats[k].spread("%.1f")));
            }
            double ratio = stats[0].median() / stats[1].median();
            Stats rr = Stats.of(roundRatios);
            report.add(Figure.checked(ID, "SDK / raw per-call ratio", Report.fmt("%.3f", ratio),
                "per-round " + rr.spread("%.3f"), "<= 1.10", ratio <= 1.10));
            Stats[] cpu = new Stats[variants.length];
            for (int k = 0; k < variants.length; k++) {
                cpu[k] = Stats.of(cpuPerCall.get(k));
                report.add(Figure.info(ID, "process CPU per call (client + emulator), " + names[k],
                    Report.fmt("%.1f us", cpu[k].median()), "per-round " + cpu[k].spread("%.1f")));
            }
            report.add(Figure.info(ID, "SDK / raw process-CPU-per-call ratio",
                Report.fmt("%.3f", cpu[0].median() / cpu[1].median()), "the emulator's share is the same in both"));
            report.add(Figure.info(ID, "SDK / raw+gson per-call ratio",
                Report.fmt("%.3f", stats[0].median() / stats[2].median()), ""));
            report.out().println("    (checksum " + sink + ")");
            okhttp.connectionPool().evictAll();
        }
    }

    /** The raw path: sign with {@link HmacSigner}, GET with a plain OkHttpClient, read the body. */
    static final class RawGet {
        private final OkHttpClient client;
        private final HttpUrl url;
        private final KeyCredential key;
        private final String pathAndQuery;
        private final String host;
        private final Clock clock = Clock.systemUTC();

        RawGet(OkHttpClient client, HttpUrl url, KeyCredential key) {
            this.client = client;
            this.url = url;
            this.key = key;
            this.pathAndQuery = url.encodedQuery() == null ? url.encodedPath()
                : url.encodedPath() + "?" + url.encodedQuery();
            this.host = HmacAuthenticationInterceptor.hostHeader(url);
        }

        byte[] get() {
            HmacSigner.SignedHeaders h = HmacSigner.sign(key, "GET", pathAndQuery, host, clock.instant(), null);
            Request request = new Request.Builder().url(url)
                .header("Host", h.host())
                .header("x-ms-date", h.date())
                .header("x-ms-content-sha256", h.contentHash())
                .header("Authorization", h.authorization())
                .header("Accept", "application/json")
                .get().build();
            try (Response response = client.newCall(request).execute()) {
                ResponseBody body = response.body();
                if (response.code() != 200) {
                    throw new IllegalStateException("raw GET answered " + response.code());
                }
                return body.bytes();
            } catch (IOException e) {
                throw new UncheckedIOException("raw GET failed", e);
            }
        }
    }
}
