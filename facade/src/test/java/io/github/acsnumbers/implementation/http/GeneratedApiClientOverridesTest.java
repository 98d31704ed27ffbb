package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The ApiClient template override (generator-config/templates/libraries/okhttp-gson/ApiClient.mustache) is in
 * effect in every generated package, and its {@code isJsonMime} / {@code escapeString} answer exactly what the
 * generator's own versions answered (a precompiled pattern and a literal replace instead of a regex per call).
 */
class GeneratedApiClientOverridesTest {
    private static final OkHttpClient HTTP = new OkHttpClient();

    private record Client(String name, Class<?> type, Predicate<String> isJsonMime, UnaryOperator<String> escape) {
    }

    private static List<Client> clients() {
        var pn = new io.github.acsnumbers.generated.phonenumbers.ApiClient(HTTP);
        var sip = new io.github.acsnumbers.generated.siprouting.ApiClient(HTTP);
        var sipPreview = new io.github.acsnumbers.generated.siproutingpreview.ApiClient(HTTP);
        var identity = new io.github.acsnumbers.generated.identity.ApiClient(HTTP);
        return List.of(
            new Client("phonenumbers", pn.getClass(), pn::isJsonMime, pn::escapeString),
            new Client("siprouting", sip.getClass(), sip::isJsonMime, sip::escapeString),
            new Client("siprouting-preview", sipPreview.getClass(), sipPreview::isJsonMime, sipPreview::escapeString),
            new Client("identity", identity.getClass(), identity::isJsonMime, identity::escapeString));
    }

    @Test
    void everyGeneratedApiClientHoldsOnePrecompiledJsonPattern() throws Exception {
        for (Client c : clients()) {
            Field f = c.type().getDeclaredField("JSON_MIME");
            assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()), c.name());
            assertEquals(Pattern.class, f.getType(), c.name());
        }
    }

    @Test
    void isJsonMimeAnswersAsTheGeneratorsRegexDid() {
        String original = "(?i)^(application/json|[^;/ \t]+/[^;/ \t]+[+]json)[ \t]*(;.*)?$";
        List<String> samples = List.of("application/json", "APPLICATION/JSON", "application/json; charset=utf-8",
            "application/json;charset=UTF-8", "application/merge-patch+json", "application/vnd.company+json",
            "application/problem+json ; x=y", "*/*", "text/plain", "application/xml", "application/jsonx",
            "application/json-patch", "", " application/json", "multipart/form-data", "application/x-www-form-urlencoded");
        for (Client c : clients()) {
            for (String mime : samples) {
                boolean expected = mime.matches(original) || mime.equals("*/*");
                assertEquals(expected, c.isJsonMime().test(mime), c.name() + ": " + mime);
            }
            assertFalse(c.isJsonMime().test(null), c.name());
        }
    }

    @Test
    void escapeStringEncodesAsTheGeneratorDid() throws Exception {
        List<String> samples = List.of("+14255550100", "a b+c", "äöü/€?&=#%", "~*'()!", "", "2025-06-01",
            "x\ty\nz", "tr\u00e8s d\u00e9j\u00e0 vu + more");
        for (Client c : clients()) {
            for (String s : samples) {
                String expected = java.net.URLEncoder.encode(s, "utf8").replaceAll("\\+", "%20");
                assertEquals(expected, c.escape().apply(s), c.name() + ": " + s);
            }
            assertEquals("%2B14255550100", c.escape().apply("+14255550100"), c.name());
            assertEquals("a%20b%2Bc", c.escape().apply("a b+c"), c.name());
        }
    }

    /** Differential: 20,000 random strings (every ASCII character, Latin-1, BMP, pairs and lone surrogates). */
    @Test
    void escapeStringAgreesWithUrlEncoderOnRandomStrings() throws Exception {
        java.util.Random random = new java.util.Random(14);
        for (Client c : clients()) {
            for (int k = 0; k < 5_000; k++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(12);
                int kind = random.nextInt(4);
                for (int i = 0; i < len; i++) {
                    switch (kind == 0 ? random.nextInt(1) : random.nextInt(4)) {
                        case 0 -> sb.append((char) random.nextInt(0x80));
                        case 1 -> sb.append((char) (0x80 + random.nextInt(0x780)));
                        case 2 -> sb.appendCodePoint(random.nextBoolean() ? 0x1F600 + random.nextInt(80)
                            : 0x4E00 + random.nextInt(100));
                        default -> sb.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogate
                    }
                }
                String s = sb.toString();
                String expected = java.net.URLEncoder.encode(s, "utf8").replaceAll("\\+", "%20");
                assertEquals(expected, c.escape().apply(s), c.name() + ": " + s);
            }
        }
    }

    @Test
    void escapeStringReturnsAStringWithNothingToEncodeAsItIs() {
        for (Client c : clients()) {
            String s = new String("api-version_2025.06*01"); // a fresh instance: identity says it was not copied
            org.junit.jupiter.api.Assertions.assertSame(s, c.escape().apply(s), c.name());
        }
    }
}
