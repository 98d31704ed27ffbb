package io.github.acsnumbers.emulator.phonenumbers;

import java.util.Random;

/**
 * A lazily generated block of numbers sharing a prefix (dial code plus area code): index {@code i} maps to a
 * distinct subscriber number through a seeded affine permutation, so millions of numbers cost no memory.
 */
public final class NumberPool {

    private final String country;
    private final String type;
    private final String areaCode;
    private final String locality;
    private final String division;
    private final String prefix;
    private final int subscriberDigits;
    private final long start;
    private final long capacity;
    private final long offset;
    private final long stride;

    NumberPool(String country, String type, String areaCode, String locality, String division, String prefix,
               int subscriberDigits, Random random) {
        this.country = country;
        this.type = type;
        this.areaCode = areaCode;
        this.locality = locality;
        this.division = division;
        this.prefix = prefix;
        this.subscriberDigits = subscriberDigits;
        long pow = 1;
        for (int i = 1; i < subscriberDigits; i++) {
            pow *= 10;
        }
        // subscriber numbers start with 2..9, as real ones do
        this.start = 2 * pow;
        this.capacity = 8 * pow;
        this.offset = Math.floorMod(random.nextLong(), capacity);
        long s = 1 + 2 * Math.floorMod(random.nextLong(), Math.max(1, capacity / 2 - 1));
        while (s % 5 == 0 || s % 2 == 0) {
            s += 2;
        }
        // capacity = 2^a * 5^b, so any stride prime to 10 is a generator of the permutation
        this.stride = s % capacity == 0 ? 1 : s % capacity;
    }

    /**
     * ISO country code.
     *
     * @return the ISO country code
     */
    public String country() {
        return country;
    }

    /**
     * Number type: geographic, tollFree or mobile.
     *
     * @return the number type
     */
    public String type() {
        return type;
    }

    /**
     * Area code.
     *
     * @return the area code
     */
    public String areaCode() {
        return areaCode;
    }

    /**
     * Locality name, or {@code null} for toll-free pools.
     *
     * @return the locality name, or {@code null}
     */
    public String locality() {
        return locality;
    }

    /**
     * The locality's administrative division (abbreviation), or {@code null}.
     *
     * @return the division, or {@code null}
     */
    public String division() {
        return division;
    }

    /**
     * Whether a number of this pool is one the emulator hands out: valid for its country and of the pool's type
     * by libphonenumber's rules (a pool's digit range also holds numbers no operator would assign).
     *
     * @param e164 a number of this pool
     * @return whether it may be offered
     */
    public boolean mintable(String e164) {
        return NumberRules.valid(e164, country, type);
    }

    /**
     * How many numbers the pool holds.
     *
     * @return the capacity
     */
    public long capacity() {
        return capacity;
    }

    /**
     * The E.164 number at an index in {@code [0, capacity)}.
     *
     * @param index index in {@code [0, capacity)}
     * @return the E.164 number
     */
    public String numberAt(long index) {
        long sub = start + Math.floorMod(offset + Math.floorMod(index, capacity) * stride, capacity);
        String digits = Long.toString(sub);
        return "+" + prefix + digits;
    }

    /** Whether the digits (no {@code +}) belong to this pool. */
    boolean contains(String digits) {
        if (digits.length() != prefix.length() + subscriberDigits || !digits.startsWith(prefix)) {
            return false;
        }
        char first = digits.charAt(prefix.length());
        for (int i = prefix.length(); i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return false;
            }
        }
        return first >= '2';
    }

    /** Digits of the number including dial code, without {@code +}. */
    String prefix() {
        return prefix;
    }

    /**
     * An available number found by browsing, with the pool it comes from.
     *
     * @param phoneNumber E.164 number
     * @param pool        its pool
     */
    public record Candidate(String phoneNumber, NumberPool pool) {
    }
}
