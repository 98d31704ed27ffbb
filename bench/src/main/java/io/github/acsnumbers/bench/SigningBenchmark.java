package io.github.acsnumbers.bench;

import io.github.acsnumbers.implementation.auth.HmacSigner;
import io.github.acsnumbers.core.auth.KeyCredential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4 (JMH): one HMAC-SHA256 request signature, as the SDK's authentication interceptor computes it for
 * every attempt: date formatting, content hash, string to sign, HMAC, base64. Run by {@link SigningRunner}.
 */
@State(Scope.Thread)
public class SigningBenchmark {
    private final KeyCredential key = new KeyCredential("aGVsbG8tYmVuY2htYXJrLWtleS0wMTIzNDU2Nzg5YWJj");
    private final Clock clock = Clock.systemUTC();
    private final String path = "/phoneNumbers/%2B14255550123?api-version=2025-06-01";
    private final byte[] body = ("{\"callingCapability\":\"inbound+outbound\",\"smsCapability\":\"none\"}")
        .getBytes(StandardCharsets.UTF_8);

    /** Creates the state (JMH instantiates it). */
    public SigningBenchmark() {
    }

    /**
     * Signs a GET (empty body: the content hash is a constant).
     *
     * @return the signed headers
     */
    @Benchmark
    public HmacSigner.SignedHeaders signGet() {
        return HmacSigner.sign(key, "GET", path, "127.0.0.1:8080", clock.instant(), null);
    }

    /**
     * Signs a PATCH with a small JSON body (adds one SHA-256 of the body).
     *
     * @return the signed headers
     */
    @Benchmark
    public HmacSigner.SignedHeaders signPatchWithBody() {
        return HmacSigner.sign(key, "PATCH", "/phoneNumbers/%2B14255550123/capabilities?api-version=2025-06-01",
            "127.0.0.1:8080", clock.instant(), body);
    }
}
