package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.http.ServiceResponse;
import io.github.acsnumbers.implementation.retry.RetryAfterProbe;
import io.github.acsnumbers.core.retry.RetryOptions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retry-After, retry-after-ms and x-ms-retry-after-ms values: read exactly when well-formed, ignored otherwise. */
class RetryAfterFuzzTest {
    private static final DateTimeFormatter HTTP_DATE =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** One header, and the wait it must give (null: the parser may ignore it, but must not fail). */
    record Header(String name, String value, Duration expected) {
        @Override
        public String toString() {
            return name + ": " + Fuzz.show(value) + " -> " + expected;
        }
    }

    static Stream<Arguments> headers() {
        return Fuzz.cases("retryAfter.headers", 800, headerGen(), List::toString);
    }

    /** The same headers, fewer cases: each one runs a whole pipeline. */
    static Stream<Arguments> headersForPipeline() {
        return Fuzz.cases("retryAfter.pipeline", 150, headerGen(), List::toString);
    }

    private static Gen<List<Header>> headerGen() {
        Gen<String> ws = Gen.weighted(4, Gen.constant(""), 1, Gen.of(" ", "\t", "  "));
        Gen<Header> seconds = r -> {
            long s = r.nextInt(4) == 0 ? Math.abs(r.nextLong() % 1_000_000_000_000L) : r.nextInt(100_000);
            return new Header(Gen.randomCase("Retry-After", r), ws.next(r) + s + ws.next(r), Duration.ofSeconds(s));
        };
        Gen<Header> millis = r -> {
            long ms = r.nextInt(1_000_000);
            return new Header(Gen.of("retry-after-ms", "x-ms-retry-after-ms", "X-MS-Retry-After-MS").next(r),
                ws.next(r) + ms + ws.next(r), Duration.ofMillis(ms));
        };
        Gen<Header> date = r -> {
            long delta = r.nextInt(200_000) - 100_000;
            return new Header("Retry-After", HTTP_DATE.format(Pipelines.CLOCK.instant().plusSeconds(delta)),
                delta < 0 ? Duration.ZERO : Duration.ofSeconds(delta));
        };
        Gen<Header> negative = r -> new Header("Retry-After", "-" + (1 + r.nextInt(1000)), Duration.ZERO);
        Gen<Header> odd = r -> new Header(Gen.of("Retry-After", "retry-after-ms", "x-ms-retry-after-ms").next(r),
            Gen.oneOf(Gen.of("", "1.5", "1e3", "NaN", "Infinity", "-Infinity", "0x10", "+5", "5s", "1,000",
                "99999999999999999999999", "Tuesday", "Tue, 01 Dec 2026 10:00:00", "Sunday, 06-Nov-94 08:49:37 GMT",
                "Sun Nov  6 08:49:37 1994", "Tue, 31 Feb 2026 10:00:00 GMT", "\u0661\u0662", "\u0000", "1\r\n2",
                "Tue, 01 Dec 99999 10:00:00 GMT"), Gen.anyChars(20), Gen.mutate("Tue, 01 Dec 2026 10:00:05 GMT"),
                r2 -> Gen.repeat('9', 10_000)).next(r), null);
        Gen<List<Header>> gen = r -> {
            List<Header> list = new ArrayList<>();
            for (int i = 1 + r.nextInt(2); i > 0; i--) {
                list.add(Gen.oneOf(seconds, millis, date, negative, odd).next(r));
            }
            return list;
        };
        return gen;
    }

    private static Response response(List<Header> headers, int status) {
        Headers.Builder h = new Headers.Builder();
        headers.forEach(x -> h.addUnsafeNonAscii(x.name(), x.value()));
        Request request = new Request.Builder().url(Pipelines.ENDPOINT).build();
        return Pipelines.response(request, status, null, new byte[0]).newBuilder().headers(h.build()).build();
    }

    @ParameterizedTest
    @MethodSource("headers")
    void readsWellFormedValuesAndIgnoresTheRest(List<Header> headers) {
        Outcome<Duration> o = Outcome.expect(headers.toString()).mayAccept().run(
            () -> RetryAfterProbe.retryAfter(Pipelines.CLOCK, response(headers, 429)));
        Duration d = o.value();
        assertTrue(d == null || !d.isNegative(), () -> "negative wait " + d + " for " + headers);
        if (headers.size() == 1 && headers.get(0).expected() != null) {
            assertEquals(headers.get(0).expected(), d, headers::toString);
        }
        // a well-formed millisecond header wins over Retry-After
        Header ms = headers.stream().filter(x -> x.name().toLowerCase(Locale.ROOT).contains("-ms")
            && x.expected() != null).findFirst().orElse(null);
        if (ms != null && headers.stream().filter(x -> x.name().toLowerCase(Locale.ROOT).contains("-ms")).count() == 1) {
            assertEquals(ms.expected(), d, headers::toString);
        }
    }

    /** Through a whole (offline) pipeline: odd values never break a retry, and no wait exceeds the maximum. */
    @ParameterizedTest
    @MethodSource("headersForPipeline")
    void retriesHonourTheMaximum(List<Header> headers) {
        List<Duration> waits = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        RetryOptions options = RetryOptions.defaults().withMaxRetries(2).withMaxRetryAfter(Duration.ofSeconds(60));
        HttpPipeline p = Pipelines.offline(Pipelines.ENDPOINT, options, waits::add,
            req -> calls.getAndIncrement() == 0 ? response(headers, 503).newBuilder().request(req).build()
                : Pipelines.response(req, 200, "text/plain", Gen.utf8("ok")));
        Outcome<String> o = Outcome.expect(headers.toString()).mayAccept().mentioning("failed", "503")
            .run(() -> p.send(ServiceRequest.of(() -> p.newCall(new Request.Builder().url(p.resolve("/x")).build()),
                ServiceResponse::bodyString)));
        waits.forEach(w -> assertFalse(w.compareTo(Duration.ofSeconds(60)) > 0, "waited " + w + " for " + headers));
        if (o.succeeded()) {
            assertEquals("ok", o.value());
            assertEquals(1, waits.size());
        } else {
            assertEquals(0, waits.size(), "gave up after waiting");
        }
    }
}
