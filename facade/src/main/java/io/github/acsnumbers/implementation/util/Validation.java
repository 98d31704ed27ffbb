package io.github.acsnumbers.implementation.util;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Argument checks shared by every client. Each failure is an {@link IllegalArgumentException} whose message names
 * the argument and what is wrong with it, thrown before any request is sent.
 */
public final class Validation {
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private Validation() {
    }

    /**
     * Rejects {@code null}.
     *
     * @param value the argument
     * @param name  its name, used in the message
     * @param <T>   its type
     * @return the value
     */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is required and must not be null.");
        }
        return value;
    }

    /**
     * Rejects {@code null}, empty and whitespace-only strings.
     *
     * @param value the argument
     * @param name  its name, used in the message
     * @return the value, trimmed
     */
    public static String requireNonBlank(String value, String name) {
        requireNonNull(value, name);
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank.");
        }
        return trimmed;
    }

    /**
     * Checks a phone number is in E.164 form: a {@code +}, then 7 to 15 digits, the first not 0.
     *
     * @param value the phone number
     * @param name  the argument name, used in the message
     * @return the number, trimmed
     */
    public static String requireE164(String value, String name) {
        String v = requireNonBlank(value, name);
        if (!isE164(v)) {
            throw new IllegalArgumentException("'" + name + "' must be a phone number in E.164 format ('+' then 7 to "
                + "15 digits, e.g. +14255550123), but was '" + abbreviate(v) + "'.");
        }
        return v;
    }

    /** {@code \+[1-9][0-9]{6,14}} without a Matcher: it runs on every call that names a number. */
    static boolean isE164(String v) {
        int n = v.length();
        if (n < 8 || n > 16 || v.charAt(0) != '+' || v.charAt(1) < '1' || v.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks an ISO 3166-1 alpha-2 country code (two letters) and returns it in upper case.
     *
     * @param value the country code
     * @return the code in upper case
     */
    public static String requireCountryCode(String value) {
        String v = requireNonBlank(value, "countryCode");
        if (!COUNTRY.matcher(v).matches()) {
            throw new IllegalArgumentException("'countryCode' must be a two-letter ISO 3166-1 code such as 'US', but was '"
                + abbreviate(v) + "'.");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    /**
     * Checks an int is at least 1.
     *
     * @param value the argument
     * @param name  its name
     * @return the value
     */
    public static int requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("'" + name + "' must be at least 1, but was " + value + ".");
        }
        return value;
    }

    /**
     * Checks an int lies in {@code [min, max]}.
     *
     * @param value the argument
     * @param min   smallest allowed
     * @param max   largest allowed
     * @param name  its name
     * @return the value
     */
    public static int requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("'" + name + "' must be between " + min + " and " + max + ", but was "
                + value + ".");
        }
        return value;
    }

    /**
     * Checks a duration is positive (not zero, not negative).
     *
     * @param value the argument
     * @param name  its name
     * @return the value
     */
    public static Duration requirePositive(Duration value, String name) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be a positive duration, but was " + value + ".");
        }
        return value;
    }

    /**
     * Rejects a null or empty collection, and null elements in it.
     *
     * @param value the collection
     * @param name  its name
     * @param <C>   its type
     * @return the collection
     */
    public static <C extends Collection<?>> C requireNonEmpty(C value, String name) {
        requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' must contain at least one element.");
        }
        for (Object element : value) {
            if (element == null) {
                throw new IllegalArgumentException("'" + name + "' must not contain null elements.");
            }
        }
        return value;
    }

    /**
     * Keeps echoed input short in messages (a pasted document must not become the message) and visible: control,
     * format and separator characters and lone surrogates are shown as {@code \\uXXXX}, so an echoed value can
     * neither forge log lines nor hide why it was refused (a zero-width space in a phone number, say).
     *
     * @param value the input to echo
     * @return at most 64 characters of it, with invisible characters escaped
     */
    public static String abbreviate(String value) {
        String s = value.length() <= 64 ? value : value.substring(0, 61) + "...";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (visible(s, i)) {
                if (sb != null) {
                    sb.append(c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean visible(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return false;
            default:
                return true;
        }
    }
}
