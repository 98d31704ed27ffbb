package io.github.acsnumbers.implementation.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written x-ms-date text is the formatter's, second for second, in every year and at the edges. */
class HttpDateTest {
    private static final DateTimeFormatter REFERENCE =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static void same(long second) {
        assertEquals(REFERENCE.format(Instant.ofEpochSecond(second)), HmacSigner.httpDate(second), "second " + second);
    }

    @Test
    void aKnownDate() {
        assertEquals("Thu, 03 Dec 2026 17:05:09 GMT", HmacSigner.httpDate(Instant.parse("2026-12-03T17:05:09Z")
            .getEpochSecond()));
    }

    @Test
    void randomSecondsOverTenThousandYears() {
        SplittableRandom random = new SplittableRandom(20261203);
        long min = Instant.parse("-0500-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            same(random.nextLong(min, max));
        }
        // and densely around now: every day-of-week, month and digit position
        long now = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            same(now + random.nextLong(0, 40L * 366 * 86_400));
        }
    }

    @Test
    void edges() {
        for (String s : new String[] {"1970-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "1000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2024-02-29T12:00:00Z", "2026-12-31T23:59:59Z",
            "2027-01-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
            same(Instant.parse(s).getEpochSecond());
        }
    }
}
