package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.http.Endpoints;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Endpoints: https anywhere, plain http only on loopback, and nothing after the host but '/'. */
class EndpointFuzzTest {
    /** An endpoint built from known parts. */
    record Url(String text, String scheme, String host, String rest) {
        @Override
        public String toString() {
            return Fuzz.show(text);
        }
    }

    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "127.1.2.3", "[::1]", "[0:0:0:0:0:0:0:1]",
        "LocalHost");
    private static final Gen<String> HOSTS = Gen.oneOf(
        Gen.of(LOOPBACK.toArray(new String[0])),
        Gen.alnum(20).map(h -> h + ".communication.azure.com"),
        Gen.of("10.0.0.1", "192.168.1.1", "evil.com", "localhost.evil.com", "127.0.0.1.nip.io", "[::2]",
            "[fe80::1]", "b\u00fccher.example", "xn--bcher-kva.example", "under_score.example", "a..b", "", " ",
            "exa mple.com", "[::1", "::1", "%31%32%37.0.0.1", "8.8.8.8"),
        r -> Gen.repeat('a', 64) + "." + Gen.repeat('b', 300),
        Gen.anyChars(10));
    private static final Gen<String> SCHEMES = Gen.of("https", "http", "HTTPS", "Http", "ftp", "ws", "", "file");
    private static final Gen<String> SEPARATORS = Gen.weighted(6, Gen.constant("://"), 1,
        Gen.of(":/", ":", "//", ":\\\\", ":///"));
    private static final Gen<String> PORTS = Gen.weighted(3, Gen.constant(""), 1,
        Gen.of(":443", ":8080", ":0", ":65535", ":65536", ":-1", ":abc", ":", ":99999999999"));
    private static final Gen<String> RESTS = Gen.weighted(4, Gen.of("", "/"), 3,
        Gen.of("/x", "//", "/?", "?a=b", "#frag", "/#", "/%2e%2e/", "/phoneNumbers", "/ ", "\\", "/;x", "/?api-version=1"));
    private static final Gen<String> USERINFO = Gen.weighted(8, Gen.constant(""), 1,
        Gen.of("user@", "user:pass@", "contoso.communication.azure.com@", "@"));

    static Stream<Arguments> endpoints() {
        Gen<Url> gen = r -> {
            String scheme = SCHEMES.next(r);
            String host = HOSTS.next(r);
            String rest = RESTS.next(r);
            String text = Gen.whitespace().next(r) + scheme + SEPARATORS.next(r) + USERINFO.next(r) + host
                + PORTS.next(r) + rest + Gen.whitespace().next(r);
            return new Url(r.nextInt(40) == 0 ? Gen.anyChars(40).next(r) : text, scheme, host, rest);
        };
        return Fuzz.cases("endpoints", 800, gen, Url::toString);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void onlySafeEndpointsPass(Url u) {
        Outcome<HttpUrl> o = Outcome.expect(u.toString()).mayAccept().argumentCheck().printable().mentioning("'endpoint'")
            .run(() -> Endpoints.parse(u.text()));
        if (!o.succeeded()) {
            return;
        }
        HttpUrl url = o.value();
        assertEquals("/", url.encodedPath(), "a path was accepted: " + u);
        assertNull(url.encodedQuery(), "a query was accepted: " + u);
        assertNull(url.fragment(), "a fragment was accepted: " + u);
        if (url.scheme().equals("http")) {
            assertTrue(isLoopback(url.host()), "plain http accepted for " + url.host() + " from " + u);
        }
        // the generator knows the path: a real one never passes
        // ("/%2e%2e/" is OkHttp's "/..", which it normalises to "/": that endpoint is fine)
        // (with no host, "https:///x" is host "x" to OkHttp, like a browser: then "/x" was no path)
        if (!u.host().isBlank()) {
            assertFalse(Set.of("/x", "//", "/phoneNumbers", "/;x").contains(u.rest()), "path accepted: " + u);
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }

    static Stream<Arguments> connectionStrings() {
        Gen<String[]> gen = r -> {
            String key = Gen.base64Key().next(r);
            String host = Gen.strings("abcdefghij", 1, 3).next(r);
            return new String[] {Gen.randomCase("endpoint", r) + "=https://" + host + ".communication.azure.com/;"
                + Gen.randomCase("accesskey", r) + "=" + key, key};
        };
        return Fuzz.cases("endpoints.connectionString", 100, gen, a -> Fuzz.show(a[0]));
    }

    /** A connection string passed where the endpoint goes: refused without a single character of the key. */
    @ParameterizedTest
    @MethodSource("connectionStrings")
    void aConnectionStringIsNotAnEndpoint(String[] c) {
        Outcome<HttpUrl> o = Outcome.expect(Fuzz.show(c[0])).secret(c[1]).mustRefuse().argumentCheck().printable()
            .mentioning("'endpoint'").run(() -> Endpoints.parse(c[0]));
        String m = o.message();
        assertFalse(m.contains(c[1].substring(0, Math.min(3, c[1].length()))) && m.toLowerCase(Locale.ROOT)
            .contains("accesskey="), "the key's start leaked: " + m);
    }
}
