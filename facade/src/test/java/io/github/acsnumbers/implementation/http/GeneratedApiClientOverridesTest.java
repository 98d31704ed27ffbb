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
}
