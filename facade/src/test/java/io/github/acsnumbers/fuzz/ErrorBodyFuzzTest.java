package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.implementation.http.ErrorMapper;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.http.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error bodies: the envelope, and everything a gateway, proxy or broken service might send instead. Each one ends
 * as a CommunicationException with the status, a readable message, and the service's code when there is one.
 */
class ErrorBodyFuzzTest {
    /** A failed response and the error code a correct reader finds in it (null: none expected). */
    record Failure(int status, String dateHeader, byte[] body, String code, String label) {
        @Override
        public String toString() {
            return status + " " + label + " (" + body.length + " bytes) "
                + Fuzz.show(new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
        }
    }

    private static final String ENVELOPE = "{\"error\":{\"code\":\"NotFound\",\"message\":\"The phone number was not "
        + "found.\",\"target\":\"phonenumber\",\"details\":[],\"innererror\":{\"code\":\"PhoneNumberNotFound\"}}}";

    static Stream<Arguments> failures() {
        Gen<Integer> status = Gen.weighted(9, Gen.of(400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504), 1,
            Gen.ints(300, 999));
        Gen<String> date = Gen.weighted(3, Gen.constant(null), 1, Gen.of("Tue, 01 Dec 2026 10:00:00 GMT",
            "Mon, 01 Jan 2001 00:00:00 GMT", "garbage", "", "Tue, 01 Dec 2026 99:00:00 GMT", "\u0000"));
        Gen<Failure> gen = r -> {
            int s = status.next(r);
            String d = date.next(r);
            switch (r.nextInt(12)) {
                case 0: {
                    String code = r.nextBoolean() ? Gen.alnum(20).next(r) : Gen.text(30).next(r);
                    JsonObject error = JsonGen.objectWith(List.of("message", "target", "details", "innererror"), 3)
                        .next(r);
                    error.addProperty("code", code);
                    JsonObject root = new JsonObject();
                    root.add("error", error);
                    return new Failure(s, d, Gen.utf8(root.toString()), code, "envelope");
                }
                case 1:
                    return new Failure(s, d, Gen.utf8(JsonGen.value(4).next(r).toString()), null, "any JSON");
                case 2:
                    return new Failure(s, d, Gen.utf8(Gen.of("<html><body><h1>502 Bad Gateway</h1></body></html>",
                        "<!DOCTYPE html>\n<html>\n<head><title>Service Unavailable</title></head></html>",
                        "<?xml version=\"1.0\"?><Error><Code>AuthenticationFailed</Code></Error>",
                        "Bad Request", "upstream connect error or disconnect/reset before headers").next(r)),
                        null, "HTML/text");
                case 3:
                    return new Failure(s, d, Gen.utf8(JsonGen.broken(ENVELOPE).next(r)), null, "truncated");
                case 4:
                    return new Failure(s, d, new byte[0], null, "empty");
                case 5:
                    return new Failure(s, d, Gen.utf8(JsonGen.deeplyNested(100 + r.nextInt(20_000), r)), null,
                        "deeply nested");
                case 6:
                    return new Failure(s, d, Gen.bytes(r, r.nextInt(300)), null, "random bytes");
                case 7: {
                    byte[] latin1 = ("{\"error\":{\"code\":\"Bad\",\"message\":\"Num\u00e9ro \u00e9chou\u00e9\"}}")
                        .getBytes(StandardCharsets.ISO_8859_1);
                    return new Failure(s, d, latin1, "Bad", "ISO-8859-1");
                }
                case 8:
                    return new Failure(s, d, Gen.utf8(Gen.of("{\"error\":\"NotFound\"}", "{\"error\":[]}",
                        "{\"error\":null}", "{\"error\":{\"code\":{}}}", "{\"error\":{\"code\":[1,2]}}",
                        "{\"error\":{\"details\":\"x\",\"innererror\":[]}}", "{\"code\":123,\"message\":true}",
                        "null", "42", "\"error\"", "[]", "{}", "\ufeff" + ENVELOPE, ENVELOPE + "garbage",
                        "{\"error\":{\"code\":\"A\",\"code\":\"B\"}}").next(r)), null, "wrong types");
                case 9:
                    // rare: a 5 MB body (a proxy's page or a runaway service)
                    if (r.nextInt(20) == 0) {
                        return new Failure(s, d, Gen.utf8("<html>" + Gen.repeat('x', 5 * 1024 * 1024) + "</html>"),
                            null, "5 MB");
                    }
                    return new Failure(s, d, Gen.utf8("{\"error\":{\"code\":\"Big\",\"message\":\""
                        + Gen.repeat('m', 100_000) + "\"}}"), "Big", "huge message");
                case 10: {
                    StringBuilder sb = new StringBuilder("{\"error\":");
                    int n = 1 + r.nextInt(200);
                    for (int i = 0; i < n; i++) {
                        sb.append("{\"code\":\"L").append(i).append("\",\"details\":[");
                    }
                    sb.append("{}");
                    for (int i = 0; i < n; i++) {
                        sb.append("],\"innererror\":{\"code\":\"I\"}}");
                    }
                    sb.append('}');
                    // past Gson's nesting limit (255) the body is no longer read as the envelope
                    return new Failure(s, d, Gen.utf8(sb.toString()), n <= 100 ? "L0" : null, n + " nested details");
                }
                default:
                    return new Failure(s, d, Gen.utf8(Gen.anyChars(200).next(r)), null, "noise");
            }
        };
        return Fuzz.cases("errorBodies", 500, gen, Failure::toString);
    }

    private static ServiceResponse response(Failure f) {
        Headers.Builder h = new Headers.Builder();
        if (f.dateHeader() != null) {
            h.addUnsafeNonAscii("Date", f.dateHeader());
        }
        return new ServiceResponse(f.status(), h.build(), f.body(), "GET", "/phoneNumbers/+14255550123", "req-1");
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyBodyMapsToAReadableException(Failure f) {
        Outcome<CommunicationException> o = Outcome.expect(f.toString()).mayAccept().mentioning("failed")
            .run(() -> ErrorMapper.toException(response(f), Pipelines.CLOCK));
        CommunicationException e = o.value();
        assertNotNull(e, f::toString);
        assertEquals(f.status(), e.getStatusCode(), f::toString);
        assertNotNull(e.getKind(), f::toString);
        // the returned exception's own message obeys the same rule as a thrown one
        Outcome.expect(f.toString()).mustRefuse().mentioning("failed").run(() -> {
            throw e;
        });
        assertTrue(e.getMessage().contains("req-1"), "the request id is missing: " + f);
        if (f.code() != null) {
            String expected = f.code().length() > 2000 ? f.code().substring(0, 2000) + "..." : f.code();
            assertEquals(expected, e.getErrorCode(), f::toString);
        }
    }

    /** The same bodies through the pipeline's send: a non-2xx answer is a CommunicationException, nothing else. */
    @ParameterizedTest
    @MethodSource("failures")
    void theSendPathThrowsOnlyCommunicationException(Failure f) {
        HttpPipeline p = Pipelines.offline(Pipelines.ENDPOINT,
            req -> Pipelines.response(req, f.status(), null, f.body()).newBuilder()
                .headers(response(f).headers()).build());
        Outcome<String> o = Outcome.expect(f.toString()).mayAccept().serviceInput().mentioning("failed", "could not read")
            .run(() -> p.send(ServiceRequest.of(() -> p.newCall(new Request.Builder().url(p.resolve("/x")).build()),
                ServiceResponse::bodyString)));
        if (f.status() < 200 || f.status() > 299) {
            assertEquals(f.status(), ((CommunicationException) o.error()).getStatusCode(), f::toString);
        }
    }
}
