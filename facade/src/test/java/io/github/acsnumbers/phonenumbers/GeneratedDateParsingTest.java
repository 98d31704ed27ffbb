package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.github.acsnumbers.generated.phonenumbers.JSON;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The JSON template override's date-time reader: {@code parseIsoOffsetDateTime} answers exactly what
 * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} answers for every text it accepts, and returns null (so the
 * formatter decides, as before) for every text it does not. Differential, over fixed edge cases and random texts.
 */
class GeneratedDateParsingTest {
    private static final List<Function<String, OffsetDateTime>> FAST = List.of(
        JSON::parseIsoOffsetDateTime,
        io.github.acsnumbers.generated.siprouting.JSON::parseIsoOffsetDateTime,
        io.github.acsnumbers.generated.siproutingpreview.JSON::parseIsoOffsetDateTime,
        io.github.acsnumbers.generated.identity.JSON::parseIsoOffsetDateTime);

    private static OffsetDateTime formatter(String s) {
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void check(String s) {
        OffsetDateTime expected = formatter(s);
        for (Function<String, OffsetDateTime> fast : FAST) {
            OffsetDateTime got = fast.apply(s);
            if (got != null) {
                assertEquals(expected, got, s);
            }
        }
    }

    @Test
    void theServicesFormsAreReadByTheFastPathWithTheFormattersValue() {
        List<String> forms = List.of("2025-06-01T10:20:30.1234567+00:00", "0001-01-01T00:00:00+00:00",
            "2025-06-01T10:20:30Z", "2025-06-01T10:20Z", "2024-02-29T23:59:59.999999999-05:30",
            "2025-12-31T00:00:00.1+14:00", "2025-01-01T00:00:00-18:00");
        for (String s : forms) {
            for (Function<String, OffsetDateTime> fast : FAST) {
                OffsetDateTime got = fast.apply(s);
                assertEquals(formatter(s), got, s);
                assertTrue(got != null, s);
            }
        }
    }

    @Test
    void textsOutsideTheFormAreLeftToTheFormatter() {
        List<String> others = List.of("2025-06-01t10:20:30Z", "2025-06-01T10:20:30z", "2025-02-30T00:00:00Z",
            "2025-06-01T24:00:00Z", "2025-06-01T10:20:30.Z", "2025-06-01T10:20:30.1234567890Z",
            "2025-06-01T10:20:30+19:00", "2025-06-01T10:20:30+05:30:15", "2025-06-01T10:20:30+0000",
            "+12025-06-01T10:20:30Z", "2025-06-01T10:20:60Z", "2025-06-01 10:20:30Z", "", "2025-06-01",
            "2025-06-01T10:20:30", "2025-06-01T10:20:30+05", "2025-6-01T10:20:30Z", "2025-06-01T10:20:30Z ");
        for (String s : others) {
            for (Function<String, OffsetDateTime> fast : FAST) {
                assertNull(fast.apply(s), s);
            }
        }
        // through Gson: the +0000 form still parses (the generator's rewrite), an invalid date still fails
        Gson gson = JSON.getGson();
        assertEquals(OffsetDateTime.parse("2025-06-01T10:20:30Z"),
            gson.fromJson("\"2025-06-01T10:20:30+0000\"", OffsetDateTime.class));
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
            () -> gson.fromJson("\"2025-02-30T00:00:00Z\"", OffsetDateTime.class));
    }

    @Test
    void randomTextsNearTheFormAgreeWithTheFormatter() {
        Random random = new Random(20261203L);
        String alphabet = "0123456789-:T.Z+zt ";
        List<String> seeds = List.of("2025-06-01T10:20:30.1234567+00:00", "1999-12-31T23:59:59Z",
            "2024-02-29T00:00-03:30");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> b.insert(at, c);
                    case 1 -> { if (at < b.length()) { b.setCharAt(at, c); } }
                    default -> { if (at < b.length()) { b.deleteCharAt(at); } }
                }
            }
            texts.add(b.toString());
        }
        int accepted = 0;
        for (String s : texts) {
            check(s);
            if (JSON.parseIsoOffsetDateTime(s) != null) {
                accepted++;
            }
        }
        assertTrue(accepted > 1000, "the fast path took only " + accepted + " texts");
    }
}
