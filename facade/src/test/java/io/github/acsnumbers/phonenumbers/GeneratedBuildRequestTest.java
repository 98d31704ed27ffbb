package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.acsnumbers.generated.phonenumbers.ApiClient;
import io.github.acsnumbers.generated.phonenumbers.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * The ApiClient template override's {@code buildRequest}: without authentication names (every operation of the
 * SDK's specs; the SDK signs in its own interceptor) the request carries the URL built once, identical to
 * {@code buildUrl}; with a name the generator's authentication step still runs.
 */
class GeneratedBuildRequestTest {
    private static final OkHttpClient HTTP = new OkHttpClient();

    @Test
    void withoutAuthenticationTheRequestHasTheUrlAsBuiltOnce() throws Exception {
        ApiClient api = new ApiClient(HTTP);
        api.setBasePath("http://127.0.0.1:8080");
        List<Pair> query = new ArrayList<>(api.parameterToPair("api-version", "2025-06-01"));
        query.addAll(api.parameterToPair("top", 100));
        query.addAll(api.parameterToPair("q", "a b+c/ä"));
        String path = "/phoneNumbers/" + api.escapeString("+14255550100");
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        Request r = api.buildRequest(null, path, "GET", query, new ArrayList<>(), null, headers, new HashMap<>(),
            new HashMap<>(), new String[0], null);
        assertEquals(api.buildUrl(null, path, query, new ArrayList<>()), r.url().toString());
        assertEquals("/phoneNumbers/%2B14255550100", r.url().encodedPath());
        assertEquals("a b+c/ä", r.url().queryParameter("q"));
        assertEquals("100", r.url().queryParameter("top"));
        assertEquals("application/json", r.header("Accept"));
        assertEquals("GET", r.method());
    }

    /** The URL is resolved against the base parsed once: the same HttpUrl as parsing the whole string. */
    @Test
    void theUrlResolvedAgainstTheParsedBaseEqualsTheParsedWholeUrl() throws Exception {
        ApiClient api = new ApiClient(HTTP);
        List<String> bases = List.of("http://127.0.0.1:8080", "https://contoso.communication.azure.com",
            "http://127.0.0.1:8080/prefix", "http://[::1]:9000/a/b", "https://EXAMPLE.com:443",
            "http://127.0.0.1:8080/", "http://127.0.0.1:8080/prefix/", "http://127.0.0.1:8080/p?x=1");
        List<String> paths = List.of("/phoneNumbers/" + api.escapeString("+14255550100"), "/a%2Fb/c", "/",
            "/x/../y", "/sip/trunks/" + api.escapeString("sbc.contoso.com"), "/p?fixed=1", "/%7e/%41",
            "//double", "/a\\b", "/trailing/", "/a/./b/%2e%2E/c", "/availablePhoneNumbers/countries/US/:search",
            "/x#frag", "/a b/c|d");
        for (String base : bases) {
            api.setBasePath(base);
            for (String path : paths) {
                List<Pair> query = new ArrayList<>(api.parameterToPair("api-version", "2025-06-01"));
                query.addAll(api.parameterToPair("q", "a b+c/ä&x=y"));
                Request r = api.buildRequest(null, path, "GET", query, new ArrayList<>(), null, new HashMap<>(),
                    new HashMap<>(), new HashMap<>(), new String[0], null);
                okhttp3.HttpUrl whole = okhttp3.HttpUrl.get(api.buildUrl(null, path, query, new ArrayList<>()));
                assertEquals(whole, r.url(), base + " " + path);
                assertEquals(whole.toString(), r.url().toString(), base + " " + path);
            }
        }
        // a URL that is not under the base (an operation server) is parsed whole
        api.setBasePath("http://127.0.0.1:8080");
        Request other = api.buildRequest("http://localhost:9", "/z", "GET", new ArrayList<>(), new ArrayList<>(),
            null, new HashMap<>(), new HashMap<>(), new HashMap<>(), new String[0], null);
        assertEquals("http://localhost:9/z", other.url().toString());
    }

    /**
     * Differential, random: the URL the request carries (made with HttpUrl.Builder from the parsed base when the
     * path allows it) is the URL the generator's way gives, parsing the whole {@code buildUrl} string.
     */
    @Test
    void theDirectUrlEqualsTheParsedBuildUrlOnRandomPathsAndQueries() throws Exception {
        ApiClient api = new ApiClient(HTTP);
        java.util.Random random = new java.util.Random(140);
        String alphabet = "abcXYZ019-._~*+ %/?#&=:;@!$'(),[]\\|^`{}\"<>\u00e4\u20ac.";
        List<String> bases = List.of("http://127.0.0.1:8080", "https://contoso.communication.azure.com",
            "http://127.0.0.1:8080/prefix", "http://[::1]:9000/a/b");
        for (int k = 0; k < 4_000; k++) {
            api.setBasePath(bases.get(k % bases.size()));
            StringBuilder path = new StringBuilder();
            int segments = random.nextInt(4);
            for (int i = 0; i < segments; i++) {
                path.append('/');
                String raw = randomText(random, alphabet);
                // path templates are constant text from the spec; parameters go in escaped
                path.append(random.nextBoolean() ? api.escapeString(raw) : raw.replace("?", "").replace("#", ""));
            }
            if (path.length() == 0) {
                path.append('/');
            }
            List<Pair> query = new ArrayList<>();
            int params = random.nextInt(4);
            for (int i = 0; i < params; i++) {
                query.addAll(api.parameterToPair(random.nextInt(5) == 0 ? "api-version" : randomText(random,
                    alphabet) + "n", random.nextInt(6) == 0 ? null : randomText(random, alphabet)));
            }
            Request r = api.buildRequest(null, path.toString(), "GET", query, new ArrayList<>(), null,
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new String[0], null);
            String built = api.buildUrl(null, path.toString(), query, new ArrayList<>());
            okhttp3.HttpUrl whole = okhttp3.HttpUrl.get(built);
            assertEquals(whole.toString(), r.url().toString(), built);
            assertEquals(whole, r.url(), built);
        }
    }

    private static String randomText(java.util.Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(6);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void theRequestCustomizerAddsToTheOneBuild() throws Exception {
        ApiClient api = new ApiClient(HTTP);
        api.setBasePath("http://127.0.0.1:8080");
        api.setRequestCustomizer(b -> b.header("x-ms-client-request-id", "id-1").header("User-Agent", "sdk"));
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        Request r = api.buildRequest(null, "/x", "GET", new ArrayList<>(), new ArrayList<>(), null, headers,
            new HashMap<>(), new HashMap<>(), new String[0], null);
        assertEquals("id-1", r.header("x-ms-client-request-id"));
        assertEquals("sdk", r.header("User-Agent"), "the customizer runs after the generator's default headers");
        assertEquals("application/json", r.header("Accept"));
    }

    @Test
    void anAuthenticationNameStillGoesThroughTheGeneratorsAuthenticationStep() {
        ApiClient api = new ApiClient(HTTP);
        api.setBasePath("http://127.0.0.1:8080");
        // the specs define no security scheme, so a name is unknown: the generator's step is what refuses it
        RuntimeException e = assertThrows(RuntimeException.class, () -> api.buildRequest(null, "/x", "GET",
            new ArrayList<>(), new ArrayList<>(), null, new HashMap<>(), new HashMap<>(), new HashMap<>(),
            new String[] {"hmac"}, null));
        assertEquals("Authentication undefined: hmac", e.getMessage());
    }
}
