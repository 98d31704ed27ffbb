package io.github.acsnumbers.implementation.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.acsnumbers.core.auth.KeyCredential;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * Differential: the signer feeds its Mac the string to sign piece by piece from a per-thread buffer, and the
 * interceptor reads the request-target in place from the URL's text. Both must give exactly the signature of the
 * whole string to sign ({@link HmacSigner#hmac}, the way they replaced), whatever the text (non-ASCII, surrogate
 * pairs and lone surrogates, longer than the buffer) and whatever the URL (query, fragment, IPv6, IDN hosts, ports,
 * non-ASCII path and query: the interceptor copies a URL's text and host in bulk as ASCII, which is what OkHttp
 * makes of them; were it not, these signatures would differ from the char-by-char ones).
 */
class HmacIncrementalSigningTest {
    private static final String PREFIX = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=";
    private static final KeyCredential KEY = new KeyCredential("dGVzdC1rZXk=");

    private static String reference(KeyCredential key, String method, String pathAndQuery, String date, String host,
                                    String hash) {
        return PREFIX + HmacSigner.hmac(KeyCredentialAccess.keyBytes(key), method.toUpperCase(Locale.ROOT) + "\n"
            + pathAndQuery + "\n" + date + ";" + host + ";" + hash);
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(maxLength + 1);
        for (int i = 0; i < len; i++) {
            switch (random.nextInt(6)) {
                case 0 -> sb.append((char) (0x80 + random.nextInt(0x780)));      // two UTF-8 bytes
                case 1 -> sb.append((char) (0x800 + random.nextInt(0xD000)));    // three (some surrogates: lone)
                case 2 -> sb.appendCodePoint(0x10000 + random.nextInt(0x1000));  // a surrogate pair: four
                default -> sb.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }

    @Test
    void feedingPieceByPieceSignsAsTheWholeString() {
        Random random = new Random(1414);
        byte[] key = KeyCredentialAccess.keyBytes(KEY);
        for (int k = 0; k < 3_000; k++) {
            // lengths around and well beyond the 256-byte buffer, so that it is flushed at every offset
            String target = randomText(random, k % 3 == 0 ? 400 : 90);
            String method = List.of("GET", "post", "Patch", "DELETE", "m\u00e9thode").get(random.nextInt(5));
            String date = HmacSigner.formatDate(Instant.ofEpochSecond(random.nextInt(2_000_000_000)));
            String host = random.nextBoolean() ? "contoso.communication.azure.com" : "127.0.0.1:" + random.nextInt(65536);
            String hash = random.nextBoolean() ? HmacSigner.EMPTY_CONTENT_HASH : HmacSigner.contentHash(new byte[] {(byte) k});
            String expected = reference(KEY, method, target, date, host, hash);
            assertEquals(expected, HmacSigner.authorization(key, method, target, 0, target.length(), false, date, host,
                hash), target);
            // a region of a longer text signs as the region alone
            String around = randomText(random, 20) + target + randomText(random, 20);
            int from = around.indexOf(target);
            assertEquals(expected, HmacSigner.authorization(key, method, around, from, from + target.length(), false,
                date, host, hash), around);
        }
    }

    @Test
    void signAgreesWithTheWholeStringOnRandomInput() {
        Random random = new Random(41);
        for (int k = 0; k < 1_000; k++) {
            String target = "/" + randomText(random, 300);
            Instant t = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
            HmacSigner.SignedHeaders h = HmacSigner.sign(KEY, "GET", target, "h", t, null);
            assertEquals(reference(KEY, "GET", target, HmacSigner.formatDate(t), "h", HmacSigner.EMPTY_CONTENT_HASH),
                h.authorization());
        }
    }

    @Test
    void theDateOfAClockIsTheDateOfItsInstant() {
        Random random = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            Instant t = Instant.ofEpochSecond(random.nextInt(2_000_000_000) - 1_000_000_000L, random.nextInt(1_000_000_000));
            assertEquals(HmacSigner.formatDate(t), HmacSigner.formatDate(Clock.fixed(t, ZoneOffset.UTC)), t::toString);
        }
    }

    @Test
    void theInterceptorSignsTheRequestTargetAsOkHttpEncodesIt() throws Exception {
        Random random = new Random(2026);
        List<String> bases = List.of("https://contoso.communication.azure.com", "http://127.0.0.1:8080",
            "http://[::1]:9000", "https://contoso.communication.azure.com:8443", "http://user:p%40ss@127.0.0.1:81",
            "https://b\u00fccher.example:8443", "http://\u0441\u0430\u0439\u0442.example");
        Instant now = Instant.parse("2026-12-03T16:00:00Z");
        HmacAuthenticationInterceptor interceptor = new HmacAuthenticationInterceptor(KEY, Clock.fixed(now, ZoneOffset.UTC));
        for (int k = 0; k < 2_000; k++) {
            HttpUrl.Builder b = HttpUrl.get(bases.get(k % bases.size())).newBuilder();
            int segments = random.nextInt(4);
            for (int i = 0; i < segments; i++) {
                b.addPathSegment(randomText(random, 8));
            }
            int params = random.nextInt(3);
            for (int i = 0; i < params; i++) {
                b.addQueryParameter(randomText(random, 5), random.nextInt(4) == 0 ? null : randomText(random, 6));
            }
            if (random.nextInt(5) == 0) {
                b.fragment(randomText(random, 6));
            }
            if (random.nextInt(8) == 0) {
                b.encodedQuery(""); // "?" with nothing after it
            }
            HttpUrl url = b.build();
            Request signed = intercept(interceptor, new Request.Builder().url(url).build());
            String pathAndQuery = url.encodedQuery() == null ? url.encodedPath()
                : url.encodedPath() + "?" + url.encodedQuery();
            String host = HmacAuthenticationInterceptor.hostHeader(url);
            assertEquals(HmacSigner.sign(KEY, "GET", pathAndQuery, host, now, null).authorization(),
                signed.header("Authorization"), url.toString());
            assertEquals(host, signed.header("Host"), url.toString());
        }
    }

    /** The Host header is kept for the last URL's authority only: another host or port is signed as itself. */
    @Test
    void theCachedHostFollowsTheUrl() throws Exception {
        HmacAuthenticationInterceptor interceptor = new HmacAuthenticationInterceptor(KEY, Clock.systemUTC());
        List<String> hosts = new ArrayList<>();
        for (String u : List.of("http://127.0.0.1:8080/a", "http://127.0.0.1:8081/a", "https://127.0.0.1:8081/a",
            "https://127.0.0.1/a", "http://localhost/a", "http://127.0.0.1:8080/b")) {
            hosts.add(intercept(interceptor, new Request.Builder().url(u).build()).header("Host"));
        }
        assertEquals(List.of("127.0.0.1:8080", "127.0.0.1:8081", "127.0.0.1:8081", "127.0.0.1", "localhost",
            "127.0.0.1:8080"), hosts);
    }

    /** Each pass through the interceptor (each attempt) is signed with the clock's time at that pass. */
    @Test
    void everyPassIsSignedAfresh() throws Exception {
        Instant[] now = {Instant.parse("2026-12-03T16:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        HmacAuthenticationInterceptor interceptor = new HmacAuthenticationInterceptor(KEY, clock);
        Request request = new Request.Builder().url("http://127.0.0.1:8080/x?api-version=1").build();
        Request first = intercept(interceptor, request);
        now[0] = now[0].plusSeconds(3);
        Request second = intercept(interceptor, first); // a retry carries the first attempt's headers
        assertEquals("Thu, 03 Dec 2026 16:00:03 GMT", second.header("x-ms-date"));
        assertNotEquals(first.header("Authorization"), second.header("Authorization"));
        assertEquals(1, second.headers("Authorization").size());
        assertEquals(HmacSigner.sign(KEY, "GET", "/x?api-version=1", "127.0.0.1:8080", now[0], null).authorization(),
            second.header("Authorization"));
    }

    private static Request intercept(Interceptor interceptor, Request request) throws Exception {
        Request[] seen = new Request[1];
        Interceptor.Chain chain = (Interceptor.Chain) java.lang.reflect.Proxy.newProxyInstance(
            HmacIncrementalSigningTest.class.getClassLoader(), new Class<?>[] {Interceptor.Chain.class},
            (proxy, method, args) -> {
                switch (method.getName()) {
                    case "request":
                        return request;
                    case "proceed":
                        seen[0] = (Request) args[0];
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
        interceptor.intercept(chain);
        return seen[0];
    }
}
