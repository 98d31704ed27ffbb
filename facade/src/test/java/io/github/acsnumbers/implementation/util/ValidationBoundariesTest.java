package io.github.acsnumbers.implementation.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The argument checks at their edges: the smallest and largest accepted values, and the first refused ones. */
class ValidationBoundariesTest {

    @Test
    void aRangeIncludesBothEndsAndNothingBeyond() {
        assertEquals(0, Validation.requireRange(0, 0, 20, "maxRetries"));
        assertEquals(20, Validation.requireRange(20, 0, 20, "maxRetries"));
        assertEquals(7, Validation.requireRange(7, 0, 20, "maxRetries"));
        IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
            () -> Validation.requireRange(-1, 0, 20, "maxRetries"));
        assertEquals("'maxRetries' must be between 0 and 20, but was -1.", below.getMessage());
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
            () -> Validation.requireRange(21, 0, 20, "maxRetries"));
        assertEquals("'maxRetries' must be between 0 and 20, but was 21.", above.getMessage());
    }

    @Test
    void aPositiveIntStartsAtOne() {
        assertEquals(1, Validation.requirePositive(1, "top"));
        assertEquals(250, Validation.requirePositive(250, "top"));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
            () -> Validation.requirePositive(0, "top"));
        assertEquals("'top' must be at least 1, but was 0.", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Validation.requirePositive(-5, "top"));
    }

    @Test
    void aPositiveDurationIsNeitherZeroNorNegativeNorNull() {
        Duration d = Duration.ofNanos(1);
        assertSame(d, Validation.requirePositive(d, "interval"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> Validation.requirePositive(Duration.ZERO, "interval")).getMessage().startsWith("'interval' must be"));
        assertThrows(IllegalArgumentException.class, () -> Validation.requirePositive(Duration.ofSeconds(-1), "i"));
        assertEquals("'interval' is required and must not be null.", assertThrows(IllegalArgumentException.class,
            () -> Validation.requirePositive((Duration) null, "interval")).getMessage());
    }

    @Test
    void aNonEmptyCollectionHasNoNullElement() {
        List<String> ok = List.of("+14255550100");
        assertSame(ok, Validation.requireNonEmpty(ok, "phoneNumbers"));
        assertEquals("'phoneNumbers' must contain at least one element.", assertThrows(IllegalArgumentException.class,
            () -> Validation.requireNonEmpty(List.of(), "phoneNumbers")).getMessage());
        assertEquals("'phoneNumbers' must not contain null elements.", assertThrows(IllegalArgumentException.class,
            () -> Validation.requireNonEmpty(Arrays.asList("+14255550100", null), "phoneNumbers")).getMessage());
        assertEquals("'phoneNumbers' is required and must not be null.", assertThrows(IllegalArgumentException.class,
            () -> Validation.requireNonEmpty((List<String>) null, "phoneNumbers")).getMessage());
    }

    @Test
    void sixtyFourCharactersAreEchoedWholeAndSixtyFiveAreShortened() {
        String sixtyFour = "a".repeat(64);
        assertEquals(sixtyFour, Validation.abbreviate(sixtyFour));
        String sixtyFive = "b".repeat(65);
        assertEquals("b".repeat(61) + "...", Validation.abbreviate(sixtyFive));
    }

    @Test
    void aLoneSurrogateIsEscapedWhereverItStands() {
        // a low surrogate first in the text has no partner before it
        assertEquals("\\uDC00x", Validation.abbreviate("\uDC00x"));
        // a high surrogate last in the text has no partner after it
        assertEquals("x\\uD83D", Validation.abbreviate("x\uD83D"));
        // a pair is one visible character and stays as it is
        assertEquals("x\uD83D\uDE00", Validation.abbreviate("x\uD83D\uDE00"));
    }
}
