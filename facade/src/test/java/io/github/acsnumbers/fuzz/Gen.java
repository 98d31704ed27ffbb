package io.github.acsnumbers.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of random test inputs: a function of a seeded {@link Random}, so every case can be reproduced from
 * its seed. The static methods are the building blocks the properties combine; add new ones here rather than in a
 * property class, so other input families (SIP, identity, phone numbers) can reuse them.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {
    /** Characters that look harmless but break naive parsers. */
    String TRICKY = " \t\r\n\u0000\u0007\u001b\u007f\u00a0\u2028\u200b\ufeff\\/;=:@#?%&+\"'<>{}[]|`~^$*,!";

    /**
     * @param random the case's random source
     * @return one value
     */
    T next(Random random);

    /**
     * @param f   a function of the generated value
     * @param <R> its type
     * @return a generator of mapped values
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /** @param value the one value @param <T> its type @return a generator that always gives it */
    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /** @param values the choices @param <T> their type @return one of them, uniformly */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> copy = new ArrayList<>();
        for (T v : values) {
            copy.add(v);
        }
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /** @param gens the generators @param <T> their type @return the value of one of them, chosen uniformly */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = new ArrayList<>();
        for (Gen<? extends T> g : gens) {
            copy.add(g);
        }
        return r -> copy.get(r.nextInt(copy.size())).next(r);
    }

    /**
     * @param weight1 relative weight of {@code gen1}
     * @param gen1    first generator
     * @param weight2 relative weight of {@code gen2}
     * @param gen2    second generator
     * @param <T>     their type
     * @return the value of one of them, chosen by weight
     */
    static <T> Gen<T> weighted(int weight1, Gen<? extends T> gen1, int weight2, Gen<? extends T> gen2) {
        return r -> r.nextInt(weight1 + weight2) < weight1 ? gen1.next(r) : gen2.next(r);
    }

    /** @param min smallest @param max largest (inclusive) @return an int in [min, max] */
    static Gen<Integer> ints(int min, int max) {
        return r -> min + r.nextInt(max - min + 1);
    }

    /**
     * @param alphabet the characters to draw from
     * @param min      shortest length
     * @param max      longest length (inclusive)
     * @return strings of those characters
     */
    static Gen<String> strings(String alphabet, int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        };
    }

    /** @param min shortest length @param max longest length @return ASCII digits */
    static Gen<String> digits(int min, int max) {
        return strings("0123456789", min, max);
    }

    /** @param max longest length @return lower-case ASCII letters and digits, at least one character */
    static Gen<String> alnum(int max) {
        return strings("abcdefghijklmnopqrstuvwxyz0123456789", 1, max);
    }

    /** @param max longest length @return any UTF-16 code units, including lone surrogates and control characters */
    static Gen<String> anyChars(int max) {
        return r -> {
            int n = r.nextInt(max + 1);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(4);
                sb.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? (char) (0x20 + r.nextInt(0x5f))
                    : kind == 2 ? TRICKY.charAt(r.nextInt(TRICKY.length())) : (char) r.nextInt(0x10000));
            }
            return sb.toString();
        };
    }

    /**
     * Like {@link #anyChars} but always valid Unicode (no lone surrogates), so it survives UTF-8 unchanged; an
     * emoji now and then.
     *
     * @param max longest length in UTF-16 units (roughly)
     * @return text
     */
    static Gen<String> text(int max) {
        return r -> {
            String s = anyChars(max).next(r);
            StringBuilder sb = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                if (Character.isSurrogate(c)) {
                    sb.append(r.nextBoolean() ? "\ud83d\ude00" : "x");
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        };
    }

    /** @return a short run of whitespace (possibly empty), including non-ASCII spaces Java's trim() keeps */
    static Gen<String> whitespace() {
        return r -> r.nextInt(3) == 0 ? strings(" \t\r\n\u00a0\u2003", 1, 3).next(r) : "";
    }

    /** @param n the length @param c the character @return a string of n copies of c (a huge input) */
    static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    /** @param s a string @param r random source @return s with each letter's case flipped at random */
    static String randomCase(String s, Random r) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** @return a valid base64 key of 1 to 64 random bytes, as the portal shows one */
    static Gen<String> base64Key() {
        return r -> {
            byte[] bytes = new byte[1 + r.nextInt(64)];
            r.nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        };
    }

    /**
     * Mutates a string: drops, duplicates, replaces or inserts one character (often a tricky one), or truncates.
     *
     * @param base the string to mutate
     * @return a generator of near-misses of {@code base}
     */
    static Gen<String> mutate(String base) {
        return r -> {
            if (base.isEmpty()) {
                return String.valueOf(TRICKY.charAt(r.nextInt(TRICKY.length())));
            }
            int i = r.nextInt(base.length());
            char c = r.nextBoolean() ? TRICKY.charAt(r.nextInt(TRICKY.length())) : (char) (0x20 + r.nextInt(0x5f));
            switch (r.nextInt(5)) {
                case 0:
                    return base.substring(0, i) + base.substring(i + 1);
                case 1:
                    return base.substring(0, i) + base.charAt(i) + base.substring(i);
                case 2:
                    return base.substring(0, i) + c + base.substring(i + 1);
                case 3:
                    return base.substring(0, i) + c + base.substring(i);
                default:
                    return base.substring(0, i);
            }
        };
    }

    /**
     * @param element the element generator
     * @param min     fewest elements
     * @param max     most elements (inclusive)
     * @param <T>     element type
     * @return lists of elements
     */
    static <T> Gen<List<T>> lists(Gen<? extends T> element, int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(element.next(r));
            }
            return list;
        };
    }

    /**
     * @param r random source
     * @param n length in bytes
     * @return random bytes that are mostly not valid UTF-8
     */
    static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** @param s text @return its UTF-8 bytes */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** @param s text @return the text in lower case (ROOT locale) */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
