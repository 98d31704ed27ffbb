package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.acsnumbers.implementation.auth.HmacSigner;
import io.github.acsnumbers.core.auth.KeyCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Access keys and HMAC signing: any key text is refused clearly or signs exactly as an independent HMAC does. */
class SigningFuzzTest {
    static Stream<Arguments> keys() {
        Gen<String> gen = Gen.oneOf(Gen.base64Key(), r -> Gen.mutate(Gen.base64Key().next(r)).next(r),
            Gen.anyChars(40), r -> Gen.whitespace().next(r) + Gen.base64Key().next(r) + Gen.whitespace().next(r),
            r -> Base64.getUrlEncoder().encodeToString(Gen.bytes(r, 1 + r.nextInt(64))),
            r -> Gen.repeat('A', 4 * (1 + r.nextInt(50_000))), Gen.of("", " ", "=", "====", "A===", "AA==="));
        return Fuzz.strings("signing.keys", 300, Gen.weighted(30, gen, 1, Gen.constant(null)));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keysAreDecodedOrRefusedWithoutBeingShown(String key) {
        Outcome<KeyCredential> o = Outcome.expect(Fuzz.show(key)).secret(key).mayAccept().argumentCheck().printable()
            .mentioning("access key").run(() -> new KeyCredential(key));
        if (o.succeeded()) {
            assertFalse(o.value().toString().contains(key.trim()), "toString shows the key");
        }
    }

    /** One request to sign. */
    record Signing(String key, String method, String pathAndQuery, String host, Instant date, byte[] body) {
        @Override
        public String toString() {
            return method + " " + Fuzz.show(pathAndQuery) + " host " + Fuzz.show(host) + " " + date + " "
                + (body == null ? "no body" : body.length + " bytes");
        }
    }

    static Stream<Arguments> requests() {
        Gen<Signing> gen = r -> new Signing(Gen.base64Key().next(r),
            Gen.of("GET", "get", "POST", "PATCH", "DELETE", "PUT", "M\u00e9thode").next(r),
            Gen.oneOf(Gen.of("/phoneNumbers?api-version=2025-06-01", "/phoneNumbers/+14255550123",
                "/phoneNumbers/%2B14255550123?api-version=2025-06-01", "/"), Gen.text(200)).next(r),
            Gen.oneOf(Gen.of("contoso.communication.azure.com", "127.0.0.1:8080", "[::1]:443"), Gen.text(30)).next(r),
            Instant.ofEpochSecond(r.nextInt(2) == 0 ? 0 : Math.abs(r.nextLong() % 253_402_300_799L)),
            r.nextInt(4) == 0 ? null : Gen.bytes(r, r.nextInt(r.nextInt(20) == 0 ? 200_000 : 500)));
        return Fuzz.cases("signing.requests", 300, gen, Signing::toString);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void signsExactlyLikeAnIndependentHmac(Signing s) throws Exception {
        HmacSigner.SignedHeaders h = Outcome.expect(s.toString()).mayAccept().run(() -> HmacSigner.sign(new KeyCredential(s.key()),
            s.method(), s.pathAndQuery(), s.host(), s.date(), s.body())).value();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
            .digest(s.body() == null ? new byte[0] : s.body()));
        assertEquals(hash, h.contentHash(), s::toString);
        String date = HmacSigner.formatDate(s.date());
        String toSign = s.method().toUpperCase(java.util.Locale.ROOT) + "\n" + s.pathAndQuery() + "\n" + date + ";"
            + s.host() + ";" + hash;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(s.key()), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        assertEquals("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature,
            h.authorization(), s::toString);
        assertEquals(date, h.date());
        assertFalse(h.toString().contains(signature), "toString shows the signature");
    }
}
