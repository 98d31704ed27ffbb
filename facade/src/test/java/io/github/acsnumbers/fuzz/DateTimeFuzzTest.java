package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.generated.phonenumbers.JSON;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberOperation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date-times as the service sends them (7-digit fractions, {@code +00:00}, .NET's {@code 0001-01-01T00:00:00+00:00}),
 * read by the generated Gson into a generated model; and malformed ones, which must end as a
 * CommunicationException when read by the pipeline, never as a DateTimeParseException.
 */
class DateTimeFuzzTest {
    /** A date-time text and the value it denotes. */
    record Stamp(String text, OffsetDateTime value) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Arguments> serviceForms() {
        Gen<Stamp> gen = r -> {
            int year = r.nextInt(10) == 0 ? 1 : 1 + r.nextInt(9999);
            int month = 1 + r.nextInt(12);
            int day = 1 + r.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
            int h = r.nextInt(24);
            int m = r.nextInt(60);
            int s = r.nextInt(60);
            int digits = Gen.of(0, 3, 7, 7, 7, 1, 6, 9).next(r);
            String fraction = Gen.digits(digits, digits).next(r);
            int nanos = digits == 0 ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            int offsetMinutes = Gen.of(0, 0, 0, r.nextInt(14 * 60 * 2 + 1) - 14 * 60).next(r);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
            String offsetText = offsetMinutes == 0 ? Gen.of("Z", "+00:00", "+0000", "-00:00").next(r)
                : offset.getId();
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", year, month, day, h, m, s,
                digits == 0 ? "" : "." + fraction, offsetText);
            return new Stamp(text, OffsetDateTime.of(year, month, day, h, m, s, nanos, offset));
        };
        return Fuzz.cases("dateTime.serviceForms", 600, gen, Stamp::toString);
    }

    private static String operation(String created) {
        JsonObject o = new JsonObject();
        o.addProperty("operationType", "search");
        o.addProperty("status", "notStarted");
        o.addProperty("resourceLocation", "/availablePhoneNumbers/searchResults/x?api-version=2025-06-01");
        o.addProperty("createdDateTime", created);
        o.addProperty("id", "search_x");
        o.addProperty("lastActionDateTime", "0001-01-01T00:00:00+00:00");
        return o.toString();
    }

    @ParameterizedTest
    @MethodSource("serviceForms")
    void theGeneratedGsonReadsEveryServiceForm(Stamp stamp) {
        PhoneNumberOperation op = JSON.getGson().fromJson(operation(stamp.text()), PhoneNumberOperation.class);
        assertEquals(stamp.value().toInstant(), op.getCreatedDateTime().toInstant(), stamp::toString);
        assertEquals(stamp.value().getOffset(), op.getCreatedDateTime().getOffset(), stamp::toString);
        assertEquals(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), op.getLastActionDateTime());
    }

    /** Answers each request with the body carried in its String tag. */
    private static final HttpPipeline PIPELINE = Pipelines.offline(Pipelines.ENDPOINT,
        req -> Pipelines.response(req, 200, "application/json", Gen.utf8(req.tag(String.class))));

    /**
     * Date-times no reader may accept: wrong calendar values, a missing offset, other separators. (The generated
     * reader's ISO parser also takes "16:40:22.+00:00" and an offset with seconds, "+00:00:00": those are in
     * oddBodies, where reading them is allowed.)
     */
    private static final Gen<String> BAD_DATE = Gen.of("2025-06-17T16:40:22.5120904", "2025-06-17 16:40:22Z",
        "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-06-17T24:00:00Z", "2025-06-17T16:40:60Z",
        "10000-01-01T00:00:00Z", "2025-06-17T16:40:22.1234567890Z", "2025-06-17T16:40:22+25:00",
        "2025-06-17T16:40:22+00:00[UTC]", "2025-06-17",
        "16:40:22Z", "", " ", "\u0000", "\uff12\uff10\uff12\uff15-06-17T16:40:22Z", "1750178422");

    private static final Gen<String> MALFORMED = r -> {
        JsonObject o = com.google.gson.JsonParser.parseString(operation("2025-06-17T16:40:22.5120904+00:00"))
            .getAsJsonObject();
        o.addProperty(r.nextBoolean() ? "createdDateTime" : "lastActionDateTime", BAD_DATE.next(r));
        return o.toString();
    };

    static Stream<Arguments> malformed() {
        return Fuzz.strings("dateTime.malformed", 300, MALFORMED);
    }

    private static Outcome<PhoneNumberOperation> read(Outcome.Expectation expectation, String body) {
        return expectation.serviceInput().mentioning("could not read")
            .run(() -> PIPELINE.send(ServiceRequest.of(
                () -> PIPELINE.newCall(new Request.Builder().url(PIPELINE.resolve("/phoneNumbers/operations/x"))
                    .tag(String.class, body).build()),
                r -> r.json(PhoneNumberOperation.class, JSON.getGson()))));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedBodiesEndAsCommunicationException(String body) {
        read(Outcome.expect(Fuzz.show(body)).mustRefuse(), body);
    }

    /**
     * Bodies with a member removed, replaced by random JSON or a mutated date, or the JSON broken by random edits:
     * some are still readable (an unknown
     * status, a missing id, a date mutated into another valid one), the rest must end as a CommunicationException.
     */
    static Stream<Arguments> oddBodies() {
        Gen<String> date = Gen.oneOf(Gen.mutate("2025-06-17T16:40:22.5120904+00:00"), Gen.anyChars(30),
            Gen.of("2025-06-17T16:40:22.+00:00", "2025-06-17T16:40:22+00:00:00"));
        Gen<String> body = r -> {
            JsonObject o = com.google.gson.JsonParser.parseString(operation("x")).getAsJsonObject();
            switch (r.nextInt(4)) {
                case 0:
                    o.add("createdDateTime", JsonGen.value(2).next(r));
                    break;
                case 1:
                    o.remove(Gen.of("createdDateTime", "id", "status", "operationType").next(r));
                    break;
                case 2:
                    o.add(Gen.of("status", "id", "operationType", "resourceLocation").next(r),
                        JsonGen.value(2).next(r));
                    break;
                default:
                    o.addProperty(r.nextBoolean() ? "createdDateTime" : "lastActionDateTime", date.next(r));
            }
            return o.toString();
        };
        // JSON "broken" by random edits is sometimes still valid (a comma inside a string): so it is here too
        return Fuzz.strings("dateTime.oddBodies", 300, Gen.weighted(9, body, 1,
            r -> JsonGen.broken(operation("2025-06-17T16:40:22.5120904+00:00")).next(r)));
    }

    @ParameterizedTest
    @MethodSource("oddBodies")
    void oddBodiesAreReadOrEndAsCommunicationException(String body) {
        Outcome<PhoneNumberOperation> o = read(Outcome.expect(Fuzz.show(body)).mayAccept(), body);
        if (o.succeeded()) {
            assertNotNull(o.value(), body);
        }
    }
}
