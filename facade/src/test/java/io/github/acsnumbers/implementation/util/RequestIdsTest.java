package io.github.acsnumbers.implementation.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Request ids stay random version 4 UUIDs in the usual text form after leaving {@code UUID.randomUUID()}. */
class RequestIdsTest {
    private static final Pattern V4 =
        Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @Test
    void everyIdIsAVersion4UuidInLowerCaseText() {
        for (int i = 0; i < 20_000; i++) {
            String id = RequestIds.next();
            assertTrue(V4.matcher(id).matches(), id);
            UUID u = UUID.fromString(id);
            assertEquals(4, u.version(), id);
            assertEquals(2, u.variant(), id);
            assertEquals(id, u.toString());
        }
    }

    @Test
    void theVersionAndVariantBitsAreSetWhateverTheRandomBits() {
        for (long bits : List.of(0L, -1L, 0x0123_4567_89AB_CDEFL, Long.MIN_VALUE, Long.MAX_VALUE)) {
            String id = RequestIds.of(bits, ~bits);
            assertTrue(V4.matcher(id).matches(), id);
        }
        assertEquals("00000000-0000-4000-8000-000000000000", RequestIds.of(0L, 0L));
        assertEquals("ffffffff-ffff-4fff-bfff-ffffffffffff", RequestIds.of(-1L, -1L));
        // the other 122 bits are the random bits as they were
        assertEquals("01234567-89ab-4def-8123-456789abcdef", RequestIds.of(0x0123_4567_89AB_CDEFL, 0x0123_4567_89AB_CDEFL));
    }

    @Test
    void idsAreUniqueAcrossCallsAndThreads() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    seen.add(RequestIds.next());
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(200_000, seen.size());
    }

    /** Every random hex digit takes all 16 values over a few thousand ids: no position is stuck. */
    @Test
    void everyRandomDigitVaries() {
        List<Set<Character>> digits = new java.util.ArrayList<>();
        for (int i = 0; i < 36; i++) {
            digits.add(new HashSet<>());
        }
        for (int i = 0; i < 5_000; i++) {
            String id = RequestIds.next();
            for (int p = 0; p < 36; p++) {
                digits.get(p).add(id.charAt(p));
            }
        }
        for (int p = 0; p < 36; p++) {
            int expected = p == 8 || p == 13 || p == 18 || p == 23 || p == 14 ? 1 : p == 19 ? 4 : 16;
            assertEquals(expected, digits.get(p).size(), "position " + p + ": " + digits.get(p));
        }
    }
}
