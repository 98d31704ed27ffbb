package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.http.HttpPipeline;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code nextLink}, {@code Operation-Location} and {@code Location} as the service (or an attacker in its place)
 * might send them: following one must never take the signed request to another host, scheme or port.
 */
class LinkFuzzTest {
    private static final HttpPipeline HTTPS = Pipelines.offline(Pipelines.ENDPOINT, r -> {
        throw new AssertionError("nothing is sent");
    });
    private static final HttpPipeline LOCAL = Pipelines.offline("http://127.0.0.1:8080", r -> {
        throw new AssertionError("nothing is sent");
    });

    /** A link and whether a correct resolver must follow it (TRUE), refuse it (FALSE) or may do either (null). */
    record Link(String text, Boolean follow, boolean local) {
        @Override
        public String toString() {
            return Fuzz.show(text) + (local ? " on loopback" : "") + " follow=" + follow;
        }
    }

    private static final Gen<String> PATHS = Gen.oneOf(
        Gen.of("/phoneNumbers", "/phoneNumbers/+14255550123", "/phoneNumbers/%2B14255550123",
            "/availablePhoneNumbers/searchResults/abc", "/phoneNumbers/operations/search_1", "/x/../y", "/%2F%2Fevil.com",
            "/%5C%5Cevil.com", "/.%2E/evil.com", "/@evil.com", "/:@evil.com", "/phoneNumbers;evil.com"),
        Gen.alnum(30).map(s -> "/" + s));
    private static final Gen<String> QUERIES = Gen.weighted(3, Gen.constant(""), 2,
        Gen.of("?api-version=2025-06-01", "?api-version=2025-06-01&skip=100&top=50", "?skipToken=a%3D%3D&x=1",
            "?next=https://evil.com/", "?a=%0d%0aHost:%20evil.com"));

    static Stream<Arguments> links() {
        Gen<String> sameHostAbsolute = r -> Gen.randomCase("https://contoso.communication.azure.com", r)
            + Gen.of("", ":443").next(r) + PATHS.next(r) + QUERIES.next(r);
        Gen<String> foreign = r -> Gen.of(
            "//evil.com/x", "///evil.com/x", "\\\\evil.com\\x", "/\\evil.com/x", "\\/evil.com", "https://evil.com/x",
            "https://contoso.communication.azure.com@evil.com/", "https://contoso.communication.azure.com:443@evil.com/",
            "https://evil.com\\@contoso.communication.azure.com/", "https://evil.com#@contoso.communication.azure.com/",
            "https://evil.com?@contoso.communication.azure.com/", "http://contoso.communication.azure.com/x",
            "https://contoso.communication.azure.com:444/x", "https://contoso.communication.azure.com.evil.com/",
            "https://contoso.communication.azure.com./x", "HTTPS://EVIL.COM/", "https:\\\\evil.com", "ftp://evil.com",
            "https://%65vil.com/", "  //evil.com  ",
            "\t//evil.com", "https://127.0.0.1/", "https://[::1]/", "https://0x7f000001/").next(r) + QUERIES.next(r);
        Gen<Link> gen = r -> {
            int kind = r.nextInt(10);
            if (kind < 3) {
                String rel = PATHS.next(r) + QUERIES.next(r);
                return new Link(Gen.whitespace().next(r).trim() + (r.nextInt(4) == 0 ? rel.substring(1) : rel), true,
                    false);
            }
            if (kind < 5) {
                return new Link(sameHostAbsolute.next(r), true, false);
            }
            if (kind < 8) {
                return new Link(foreign.next(r), false, false);
            }
            if (kind < 9) {
                return new Link(Gen.oneOf(Gen.anyChars(30), Gen.mutate("https://contoso.communication.azure.com/x"),
                    q -> "/" + Gen.repeat('a', 100_000), Gen.of("", " ", "\u0000", "http://", "https://", ":", "?"))
                    .next(r), null, false);
            }
            // the loopback emulator endpoint: another port or https is a different server
            return new Link(Gen.of("/x?api-version=1", "http://127.0.0.1:8080/x", "http://localhost:8080/x",
                "http://127.0.0.1:8081/x", "https://127.0.0.1:8080/x", "http://127.0.0.2:8080/x", "//127.0.0.1:9/x",
                // the host is the endpoint's; "evil.com%2F" is user info, which OkHttp never sends
                "https://evil.com%2F@contoso.communication.azure.com/")
                .next(r), null, true);
        };
        return Fuzz.cases("links", 800, gen, Link::toString);
    }

    @ParameterizedTest
    @MethodSource("links")
    void followsOnlyLinksToTheEndpoint(Link link) {
        HttpPipeline p = link.local() ? LOCAL : HTTPS;
        Outcome<HttpUrl> o = Outcome.expect(link.toString()).mayAccept().serviceInput().printable().mentioning("link")
            .run(() -> p.resolve(link.text()));
        if (link.follow() != null) {
            assertEquals(link.follow(), o.succeeded(), () -> link + (o.succeeded() ? " followed to " + o.value()
                : " refused: " + o.message()));
        }
        if (o.succeeded()) {
            HttpUrl url = o.value();
            assertEquals(p.endpoint().scheme(), url.scheme(), link::toString);
            assertEquals(p.endpoint().host(), url.host(), link::toString);
            assertEquals(p.endpoint().port(), url.port(), link::toString);
            assertFalse(url.host().contains("evil"), link::toString);
            String query = link.text().contains("?") ? link.text().substring(link.text().indexOf('?') + 1).trim() : null;
            if (link.follow() == Boolean.TRUE && query != null) {
                // the query (api-version, skip tokens) is kept exactly as the service sent it
                assertEquals(query, url.encodedQuery(), link::toString);
            }
            assertTrue(url.encodedPath().startsWith("/"), link::toString);
        }
    }
}
