package io.github.acsnumbers.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;

/** Lookups cost the same whatever was parsed before, and unknown values are not kept for ever. */
class ExpandableStringEnumTest {
    /** A subclass of its own, so that no other test shares its registry. */
    static final class Colour extends ExpandableStringEnum<Colour> {
        static final Colour RED = fromString("red");
        static final Colour DARK_BLUE = fromString("darkBlue");

        @SuppressWarnings("unused")
        private Colour() {
        }

        static Colour fromString(String value) {
            return fromString(value, Colour.class);
        }

        static Collection<Colour> values() {
            return values(Colour.class);
        }
    }

    @Test
    void thirtyTwoThousandUnknownValuesStayCheapAndAreNotAllKept() {
        int n = 32_000;
        for (int i = 0; i < n; i++) {
            String v = "unknownType" + i;
            Colour c = Colour.fromString(v);
            assertEquals(v, c.toString());
            assertEquals(c, Colour.fromString(v), "equal by value, kept or not");
        }
        // the registry is bounded: a page of 32,000 distinct values leaves at most MAX_REMEMBERED behind
        assertTrue(Colour.values().size() <= ExpandableStringEnum.MAX_REMEMBERED, () -> "kept " + Colour.values().size());
        // known values are found by exact and case-insensitive lookup, both O(1) hash lookups, after all that
        assertSame(Colour.RED, Colour.fromString("red"));
        assertSame(Colour.DARK_BLUE, Colour.fromString("DARKBLUE"));
        assertSame(Colour.DARK_BLUE, Colour.fromString("darkblue"));
        // a value past the bound is a fresh instance each time, equal to the others
        Colour late1 = Colour.fromString("unknownType" + (n - 1));
        Colour late2 = Colour.fromString("unknownType" + (n - 1));
        assertNotSame(late1, late2);
        assertEquals(late1, late2);
        assertEquals(late1.hashCode(), late2.hashCode());
        // an early unknown value (within the bound) is interned like a constant
        assertSame(Colour.fromString("unknownType0"), Colour.fromString("UNKNOWNTYPE0"));
    }
}
