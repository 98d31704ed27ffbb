package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.implementation.auth.HmacAuthenticationInterceptor;
import io.github.acsnumbers.implementation.auth.HmacSigner;
import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.core.retry.Sleeper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Test helpers: a recording sleeper, a pipeline on a MockWebServer, and a server-side signature check. */
public final class PipelineTestSupport {
    /** The access key of every core test (base64 of "test-key-for-pipeline"). */
    public static final String KEY = java.util.Base64.getEncoder()
        .encodeToString("test-key-for-pipeline".getBytes(StandardCharsets.UTF_8));

    private PipelineTestSupport() {
    }

    /** A sleeper that records instead of sleeping. */
    public static final class RecordingSleeper implements Sleeper {
        /** The waits asked for, in order. */
        public final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    /**
     * @param server  the mock server
     * @param sleeper the sleeper
     * @param retry   retry options
     * @param clock   clock
     * @return a pipeline signing with {@link #KEY}
     */
    public static HttpPipeline pipeline(MockWebServer server, Sleeper sleeper, RetryOptions retry, Clock clock) {
        return HttpPipeline.builder()
            .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort() + "/"))
            .authentication(new HmacAuthenticationInterceptor(new KeyCredential(KEY), clock))
            .retryOptions(retry)
            .sleeper(sleeper)
            .clock(clock)
            .component("test")
            .build();
    }

    /**
     * Verifies a recorded request's HMAC signature the way the service does: over the raw request-target, the
     * Host header, the x-ms-date header and the hash of the exact body bytes.
     *
     * @param request the recorded request
     * @return null when valid, else what is wrong
     */
    public static String verifySignature(RecordedRequest request) {
        try {
            byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
            String hash = HmacSigner.contentHash(body);
            if (!hash.equals(request.getHeaders().get("x-ms-content-sha256"))) {
                return "content hash mismatch";
            }
            String date = request.getHeaders().get("x-ms-date");
            ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC));
            String sts = request.getMethod() + "\n" + request.getTarget() + "\n" + date + ";"
                + request.getHeaders().get("Host") + ";" + hash;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(java.util.Base64.getDecoder().decode(KEY), "HmacSHA256"));
            String expected = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                + java.util.Base64.getEncoder().encodeToString(mac.doFinal(sts.getBytes(StandardCharsets.UTF_8)));
            return expected.equals(request.getHeaders().get("Authorization")) ? null : "signature mismatch";
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** A clock that advances one second each time it is read. */
    public static Clock tickingClock(Instant start) {
        return new Clock() {
            private long ticks;

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                return start.plusSeconds(ticks++);
            }
        };
    }
}
