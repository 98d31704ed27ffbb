package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.ResumeToken;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Resume tokens: what this SDK wrote comes back unchanged; anything else is a clear IllegalArgumentException. */
class ResumeTokenFuzzTest {
    private static final Gen<String> KINDS = Gen.of("search", "purchase", "releasePhoneNumber",
        "updatePhoneNumberCapabilities", "reservationPurchase");

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A kind and a state to encode. */
    record Resumable(String kind, OperationState state) {
        @Override
        public String toString() {
            return kind + " " + Fuzz.show(state.operationId());
        }
    }

    static Stream<Arguments> roundTrips() {
        Gen<Resumable> gen = r -> new Resumable(KINDS.next(r), new OperationState(
            r.nextBoolean() ? Gen.alnum(40).next(r) : Gen.text(40).next(r),
            "/phoneNumbers/operations/" + Gen.text(30).next(r) + "?api-version=2025-06-01",
            r.nextBoolean() ? null : Gen.text(50).next(r), OperationStatus.RUNNING, null, null, null));
        return Fuzz.cases("resumeToken.roundTrip", 300, gen, Resumable::toString);
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void decodesWhatItEncoded(Resumable c) {
        String kind = c.kind();
        OperationState state = c.state();
        String token = ResumeToken.encode(kind, state);
        OperationState back = ResumeToken.decode(token, kind);
        assertEquals(state.operationId(), back.operationId());
        assertEquals(state.operationLocation(), back.operationLocation());
        assertEquals(state.resourceLocation(), back.resourceLocation());
        assertEquals(OperationStatus.NOT_STARTED, back.status());
        String other = kind.equals("search") ? "purchase" : "search";
        Outcome<OperationState> o = Outcome.expect(token).mustRefuse().argumentCheck().printable().mentioning("'resumeToken'")
            .run(() -> ResumeToken.decode(token, other));
        assertEquals(false, o.succeeded(), "a " + kind + " token resumed a " + other + " operation");
    }

    static Stream<Arguments> garbage() {
        List<String> members = List.of("v", "kind", "id", "operationLocation", "resourceLocation");
        Gen<String> gen = Gen.oneOf(
            Gen.anyChars(40),
            Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/", 0, 60),
            r -> b64(JsonGen.value(3).next(r).toString()),
            r -> b64(JsonGen.objectWith(members, 2).next(r).toString()),
            r -> {
                JsonObject o = JsonGen.objectWith(members, 2).next(r);
                o.addProperty("kind", "search");
                return b64(o.toString());
            },
            r -> b64(JsonGen.broken("{\"v\":1,\"kind\":\"search\",\"id\":\"s\",\"operationLocation\":\"/o\"}").next(r)),
            r -> Base64.getEncoder().encodeToString(Gen.bytes(r, r.nextInt(64))),
            r -> Gen.whitespace().next(r) + Gen.repeat('A', 10_000 + r.nextInt(40_000)),
            r -> b64(JsonGen.deeplyNested(1 + r.nextInt(5000), r)));
        return Fuzz.strings("resumeToken.garbage", 400, gen);
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageIsRefusedClearly(String token) {
        Outcome.expect(Fuzz.show(token)).mustRefuse().argumentCheck().printable().mentioning("'resumeToken'")
            .run(() -> ResumeToken.decode(token, "search"));
    }
}
