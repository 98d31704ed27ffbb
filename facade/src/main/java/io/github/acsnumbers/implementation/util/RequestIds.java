package io.github.acsnumbers.implementation.util;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Client request ids ({@code x-ms-client-request-id}): random (version 4) UUIDs in their usual text form, drawn from
 * {@link ThreadLocalRandom} instead of {@link UUID#randomUUID()}'s {@code SecureRandom}. A request id only ties the
 * attempts of a call and the service's logs together; it is not a secret and nothing is derived from it, so it
 * needs to be unique, not unpredictable, and a per-thread generator makes one without a lock, a system call or a
 * copy of the random bytes.
 */
public final class RequestIds {
    private static final long VERSION_MASK = 0xFFFF_FFFF_FFFF_0FFFL;
    private static final long VERSION_4 = 0x0000_0000_0000_4000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private RequestIds() {
    }

    /** @return a new random request id, e.g. {@code 3f2b8c1e-9d4a-4e57-a1c0-6b7d8e9f0a12} */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return of(random.nextLong(), random.nextLong());
    }

    /**
     * @param high 64 random bits
     * @param low  64 more
     * @return the version 4, IETF variant UUID text made from those bits (122 of them are kept)
     */
    static String of(long high, long low) {
        return new UUID((high & VERSION_MASK) | VERSION_4, (low & VARIANT_MASK) | VARIANT_IETF).toString();
    }
}
