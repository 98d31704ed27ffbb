package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.ConnectionString;
import io.github.acsnumbers.implementation.auth.HmacSigner;
import io.github.acsnumbers.core.auth.KeyCredential;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Connection strings: random parts, case, order, whitespace, duplicates, unknown keys, bad URLs and keys. */
class ConnectionStringFuzzTest {
    /** A generated connection string with what a correct parser must make of it. */
    record Case(String input, String key, boolean valid, String endpoint) {
        @Override
        public String toString() {
            return Fuzz.show(input) + (valid ? " valid" : " invalid");
        }
    }

    private static final Gen<String> GOOD_URL = Gen.oneOf(
        Gen.alnum(20).map(h -> "https://" + h + ".communication.azure.com/"),
        Gen.alnum(20).map(h -> "https://" + h + ".communication.azure.com"),
        Gen.ints(1, 65535).map(p -> "http://127.0.0.1:" + p + "/"),
        Gen.constant("https://localhost:8443"));
    private static final Gen<String> BAD_URL = Gen.of("contoso.communication.azure.com", "ftp://x.example/",
        "https://", "https://exa mple.com/", "://x", "https:///path", "mailto:a@b.c", "https://[::1/", "%%%",
        "https://under_score host/", "\u0000");
    private static final Gen<String> BAD_KEY = Gen.oneOf(Gen.of("A", "====", "not base64!", "abc*def", "a b c d",
        "\u00e9\u00e9\u00e9\u00e9"), Gen.base64Key().map(k -> k.substring(0, k.length() / 2) + "!" + k.substring(
        k.length() / 2)));
    private static final Gen<String> ASCII_SPACE = Gen.weighted(2, Gen.constant(""), 1, Gen.strings(" \t", 1, 3));

    static Stream<Arguments> structured() {
        return Fuzz.cases("connectionString.structured", 400, ConnectionStringFuzzTest::structuredCase,
            Case::toString);
    }

    private static Case structuredCase(Random r) {
        List<String> parts = new ArrayList<>();
        int endpoints = 0;
        int keys = 0;
        boolean broken = false;
        String endpoint = null;
        String key = null;
        int wanted = r.nextInt(10) < 7 ? 2 : r.nextInt(5);
        for (int i = 0; i < wanted; i++) {
            int kind = i < 2 && wanted == 2 ? i : r.nextInt(6);
            String sp1 = ASCII_SPACE.next(r);
            String sp2 = ASCII_SPACE.next(r);
            switch (kind) {
                case 0: {
                    boolean good = r.nextInt(5) > 0;
                    String v = (good ? GOOD_URL : BAD_URL).next(r);
                    broken |= !good;
                    endpoints++;
                    endpoint = v;
                    parts.add(sp1 + Gen.randomCase("endpoint", r) + sp2 + "=" + ASCII_SPACE.next(r) + v + sp1);
                    break;
                }
                case 1: {
                    boolean good = r.nextInt(5) > 0;
                    String v = (good ? Gen.base64Key() : BAD_KEY).next(r);
                    broken |= !good;
                    keys++;
                    key = v;
                    parts.add(sp1 + Gen.randomCase("accesskey", r) + sp2 + "=" + ASCII_SPACE.next(r) + v + sp2);
                    break;
                }
                case 2:
                    broken = true;
                    parts.add(Gen.of("AccountKey", "SharedAccessKey", "endpoints", "access_key", "x").next(r) + "="
                        + Gen.alnum(10).next(r));
                    break;
                case 3:
                    broken = true;
                    parts.add(Gen.of("endpoint", "accesskey", "https://x.communication.azure.com/", "=value", "= ")
                        .next(r));
                    break;
                default:
                    parts.add(sp1);
            }
        }
        if (r.nextBoolean()) {
            Collections.shuffle(parts, r);
        }
        String input = String.join(";", parts) + (r.nextInt(4) == 0 ? ";" : "");
        boolean valid = !broken && endpoints == 1 && keys == 1;
        return new Case(input, key, valid, endpoint);
    }

    @ParameterizedTest
    @MethodSource("structured")
    void parsesExactlyTheWellFormedOnes(Case c) {
        Outcome<ConnectionString> o = Outcome.expect(c.toString()).secret(c.key()).mayAccept().argumentCheck().printable()
            .mentioning("connection string", "access key").run(() -> ConnectionString.parse(c.input()));
        assertEquals(c.valid(), o.succeeded(), () -> "for " + c + (o.succeeded() ? "" : ": " + o.message()));
        if (o.succeeded()) {
            assertEquals(c.endpoint(), o.value().getEndpoint());
            // the credential holds the access key, not some other part
            Instant t = Instant.EPOCH;
            assertEquals(HmacSigner.sign(new KeyCredential(c.key()), "GET", "/", "h", t, null).authorization(),
                HmacSigner.sign(o.value().getCredential(), "GET", "/", "h", t, null).authorization());
            assertTrue(!o.value().toString().contains(c.key().trim()), "toString shows the key");
        }
    }

    /** Realistic mistakes with a real-looking key: none may put the key into the message. */
    static Stream<Arguments> mistakes() {
        Gen<String[]> gen = r -> {
            byte[] bytes = new byte[32 + r.nextInt(33)];
            r.nextBytes(bytes);
            String key = java.util.Base64.getEncoder().encodeToString(bytes);
            String url = GOOD_URL.next(r);
            String input = Gen.of(
                "endpoint=" + key + ";accesskey=" + url,               // values swapped
                "endpoint=" + url + ";" + key,                           // key pasted without its name
                key + ";endpoint=" + url,
                "endpoint=" + url + ";accesskey" + key,                  // '=' forgotten
                "endpoint=" + url + ";acceskey=" + key,                  // name misspelt
                "endpoint=" + url + ",accesskey=" + key,                 // wrong separator
                "endpoint=" + url + ";accesskey=" + key + ";accesskey=" + key,
                "endpoint=" + url + key + ";accesskey=" + key,
                "endpoint=" + url.replaceAll("/$", "") + "/" + key + ";accesskey=" + key,   // key as a path
                "endpoint=" + url.replaceAll("/$", "") + "/?k=" + key + ";accesskey=" + key,
                "endpoint=" + url.replaceAll("/$", "") + "/#" + key + ";accesskey=" + key,
                "\"endpoint=" + url + ";accesskey=" + key + "\"",                            // pasted with quotes
                "endpoint=" + url + "?accesskey=" + key + ";accesskey=x!",
                "endpoint=" + url + " accesskey=" + key,
                "endpoint=" + url + ";accesskey=" + key.substring(0, key.length() / 2) + "!"
                    + key.substring(key.length() / 2)).next(r);
            return new String[] {input, key};
        };
        return Fuzz.cases("connectionString.mistakes", 200, gen, a -> Fuzz.show(a[0]));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void neverEchoesTheKey(String[] c) {
        Outcome.expect(Fuzz.show(c[0])).secret(c[1]).mustRefuse().argumentCheck().printable().mentioning("connection string", "access key")
            .run(() -> ConnectionString.parse(c[0]));
    }

    /** Inputs that cannot be a connection string: each must be refused. */
    static Stream<Arguments> garbage() {
        Gen<String> valid = r -> "endpoint=" + GOOD_URL.next(r) + ";accesskey=" + Gen.base64Key().next(r);
        Gen<String> gen = Gen.oneOf(
            Gen.anyChars(60),
            r -> "endpoint=https://" + Gen.repeat('a', 200_000) + ".com/;accesskey=" + Gen.base64Key().next(r),
            r -> Gen.repeat('x', 100_000 + r.nextInt(10)) + "=1;" + valid.next(r),
            r -> (valid.next(r) + ";").repeat(2 + r.nextInt(2000)),
            r -> String.join(";", Gen.lists(Gen.anyChars(12), 1, 8).next(r)),
            r -> Gen.of("\"", "'").next(r) + valid.next(r) + Gen.of("\"", "'", "").next(r),
            r -> "endpoint=" + GOOD_URL.next(r).replaceAll("/$", "") + Gen.of("/phoneNumbers", "/x/y", "/?api-version=1",
                "/#f", "?q").next(r) + ";accesskey=" + Gen.base64Key().next(r));
        return Fuzz.strings("connectionString.garbage", 300, gen);
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageIsRefusedClearly(String input) {
        Outcome.expect(Fuzz.show(input)).mustRefuse().argumentCheck().printable()
            .mentioning("connection string", "access key").run(() -> ConnectionString.parse(input));
    }

    /** A valid connection string with random edits: each one is either refused clearly or parsed sensibly. */
    static Stream<Arguments> nearMisses() {
        Gen<String[]> gen = r -> {
            String key = Gen.base64Key().next(r);
            String valid = "endpoint=" + GOOD_URL.next(r) + ";accesskey=" + key;
            String input = Gen.oneOf(
                Gen.mutate(valid),
                r2 -> Gen.mutate(Gen.mutate(valid).next(r2)).next(r2),
                r2 -> Gen.whitespace().next(r2) + valid + Gen.strings(";\u0000\n ", 0, 4).next(r2)).next(r);
            return new String[] {input, key};
        };
        return Fuzz.cases("connectionString.nearMisses", 300, gen, a -> Fuzz.show(a[0]));
    }

    @ParameterizedTest
    @MethodSource("nearMisses")
    void nearMissesAreRefusedOrParsedSensibly(String[] c) {
        Outcome<ConnectionString> o = Outcome.expect(Fuzz.show(c[0])).secret(c[1]).mayAccept().argumentCheck()
            .printable().mentioning("connection string", "access key").run(() -> ConnectionString.parse(c[0]));
        if (o.succeeded()) {
            URI endpoint = URI.create(o.value().getEndpoint());
            assertTrue(endpoint.getScheme().matches("(?i)https?"), c[0]);
            assertTrue(endpoint.getRawPath().isEmpty() || endpoint.getRawPath().equals("/"), "path accepted: " + c[0]);
            assertNull(endpoint.getRawQuery(), c[0]);
            assertNull(endpoint.getRawFragment(), c[0]);
            assertNull(endpoint.getRawUserInfo(), c[0]);
            assertTrue(c[0].toLowerCase(Locale.ROOT).contains("accesskey"), c[0]);
        }
    }
}
