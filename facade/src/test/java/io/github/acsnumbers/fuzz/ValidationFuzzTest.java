package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.implementation.util.Validation;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** E.164 phone numbers and ISO country codes against small reference models written without regular expressions. */
class ValidationFuzzTest {
    /** An input and the argument name it is checked under. */
    record Arg(String value, String name) {
        @Override
        public String toString() {
            return name + "=" + Fuzz.show(value);
        }
    }

    private static final Gen<String> NAMES = Gen.oneOf(Gen.of("phoneNumber", "to", "from", "number"),
        Gen.strings("abcdefghijklmnopqrstuvwxyzABCXYZ_", 1, 12));

    /** Reference model: after trim(), '+', a digit 1-9, then 6 to 14 more ASCII digits. */
    static boolean isE164(String raw) {
        String v = raw.trim();
        if (v.length() < 8 || v.length() > 16 || v.charAt(0) != '+' || v.charAt(1) < '1' || v.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static Stream<Arguments> phoneNumbers() {
        Gen<String> valid = r -> "+" + (1 + r.nextInt(9)) + Gen.digits(6, 14).next(r);
        Gen<String> nearMiss = Gen.oneOf(
            r -> Gen.mutate(valid.next(r)).next(r),
            r -> "+0" + Gen.digits(6, 14).next(r),
            r -> "+" + (1 + r.nextInt(9)) + Gen.digits(0, 5).next(r),
            r -> "+" + (1 + r.nextInt(9)) + Gen.digits(15, 20).next(r),
            r -> (1 + r.nextInt(9)) + Gen.digits(6, 14).next(r),
            r -> "00" + (1 + r.nextInt(9)) + Gen.digits(6, 12).next(r),
            Gen.of("+1 425 555 0123", "+1-425-555-0123", "+1(425)5550123", "\uff0b14255550123",
                "+1425555\u200b0123", "+\u0661\u0664\u0662\u0665\u0665\u0665\u0660\u0661\u0662\u0663",
                "+14255550123\n", "+14255550123\u0000", "tel:+14255550123", "+", "", "   ", "\u00a0+14255550123"),
            r -> Gen.repeat('9', 1000 + r.nextInt(100_000)),
            Gen.anyChars(20));
        Gen<Arg> gen = r -> new Arg(r.nextInt(30) == 0 ? null
            : Gen.whitespace().next(r) + (r.nextBoolean() ? valid : nearMiss).next(r) + Gen.whitespace().next(r),
            NAMES.next(r));
        return Fuzz.cases("validation.e164", 800, gen, Arg::toString);
    }

    @ParameterizedTest
    @MethodSource("phoneNumbers")
    void e164MatchesTheModel(Arg a) {
        Outcome<String> o = Outcome.expect(a.toString()).mayAccept().argumentCheck().printable().mentioning("'" + a.name() + "'")
            .run(() -> Validation.requireE164(a.value(), a.name()));
        boolean expected = a.value() != null && isE164(a.value());
        assertEquals(expected, o.succeeded(), () -> a + (o.succeeded() ? " accepted" : ": " + o.message()));
        if (expected) {
            assertEquals(a.value().trim(), o.value());
        }
    }

    static Stream<Arguments> countryCodes() {
        Gen<String> gen = Gen.oneOf(
            Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 2, 2),
            Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 0, 4),
            Gen.of("\u0131s", "\u00dfe", "\u00c9S", "U\u0308S", "U S", "U\u0000", "usa", "1A", "\uff35\uff33", "-u"),
            r -> Gen.mutate(Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, 2).next(r)).next(r),
            r -> Gen.repeat('Z', 10_000),
            Gen.anyChars(4));
        Gen<String> padded = r -> r.nextInt(30) == 0 ? null
            : Gen.whitespace().next(r) + gen.next(r) + Gen.whitespace().next(r);
        return Fuzz.strings("validation.country", 500, padded);
    }

    @ParameterizedTest
    @MethodSource("countryCodes")
    void countryCodeMatchesTheModel(String value) {
        Outcome<String> o = Outcome.expect(Fuzz.show(value)).mayAccept().argumentCheck().printable().mentioning("'countryCode'")
            .run(() -> Validation.requireCountryCode(value));
        String t = value == null ? "" : value.trim();
        boolean expected = t.length() == 2 && isAsciiLetter(t.charAt(0)) && isAsciiLetter(t.charAt(1));
        assertEquals(expected, o.succeeded(), () -> Fuzz.show(value) + (o.succeeded() ? " accepted" : ": "
            + o.message()));
        if (expected) {
            assertEquals(t.toUpperCase(Locale.ROOT), o.value());
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
