package io.github.acsnumbers.emulator.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's one typed reader of request JSON members: absent or {@code null} gives {@code null} (or the
 * service's "required" error), a value of the wrong JSON type gives the service's own error (each service answers
 * bad input in its own words: phone numbers 400 {@code InvalidInput}, SIP 400 {@code BadRequest}, identity 400
 * {@code InvalidValue}), never a 500.
 */
public final class JsonFields {

    /** What a member must be, as the reader reports it. */
    public enum Expected {
        /** A JSON string. */
        STRING,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A number that is a 32-bit integer. */
        INTEGER,
        /** A JSON object. */
        OBJECT,
        /** An array of JSON strings. */
        STRINGS,
        /** The member is missing but required. */
        PRESENT
    }

    /** How a service answers a member it cannot read. */
    @FunctionalInterface
    public interface Errors {
        /**
         * The exception to throw.
         *
         * @param member   the member's name
         * @param expected what it had to be
         * @return the exception (unchecked) carrying the service's error
         */
        RuntimeException invalid(String member, Expected expected);
    }

    private final Errors errors;

    /**
     * A reader that reports bad members through {@code errors}.
     *
     * @param errors the service's errors
     */
    public JsonFields(Errors errors) {
        if (errors == null) {
            throw new IllegalArgumentException("errors must not be null");
        }
        this.errors = errors;
    }

    /**
     * A string member.
     *
     * @param o        the object ({@code null} reads as empty)
     * @param member   the member
     * @param required whether absence is an error
     * @return the value, or {@code null} when absent and optional
     */
    public String string(JsonObject o, String member, boolean required) {
        JsonPrimitive p = primitive(o, member, required, Expected.STRING);
        if (p != null && !p.isString()) {
            throw errors.invalid(member, Expected.STRING);
        }
        return p == null ? null : p.getAsString();
    }

    /**
     * A boolean member, {@code null} when absent.
     *
     * @param o      the object
     * @param member the member
     * @return the value or {@code null}
     */
    public Boolean bool(JsonObject o, String member) {
        JsonPrimitive p = primitive(o, member, false, Expected.BOOLEAN);
        if (p != null && !p.isBoolean()) {
            throw errors.invalid(member, Expected.BOOLEAN);
        }
        return p == null ? null : p.getAsBoolean();
    }

    /**
     * A 32-bit integer member ({@code 5} and {@code 5.0} are 5; {@code 5.5} or {@code 99999999999} are errors),
     * {@code null} when absent.
     *
     * @param o      the object
     * @param member the member
     * @return the value or {@code null}
     */
    public Integer int32(JsonObject o, String member) {
        JsonPrimitive p = primitive(o, member, false, Expected.INTEGER);
        if (p == null) {
            return null;
        }
        try {
            if (p.isNumber()) {
                return p.getAsBigDecimal().intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // not a 32-bit integer
        }
        throw errors.invalid(member, Expected.INTEGER);
    }

    /**
     * An object member.
     *
     * @param o        the object
     * @param member   the member
     * @param required whether absence is an error
     * @return the value, or {@code null} when absent and optional
     */
    public JsonObject object(JsonObject o, String member, boolean required) {
        JsonElement e = present(o, member, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw errors.invalid(member, Expected.OBJECT);
        }
        return e.getAsJsonObject();
    }

    /**
     * An array-of-strings member.
     *
     * @param o        the object
     * @param member   the member
     * @param required whether absence is an error
     * @return a new list, or {@code null} when absent and optional
     */
    public List<String> strings(JsonObject o, String member, boolean required) {
        JsonElement e = present(o, member, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            throw errors.invalid(member, Expected.STRINGS);
        }
        List<String> out = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw errors.invalid(member, Expected.STRINGS);
            }
            out.add(item.getAsString());
        }
        return out;
    }

    private JsonPrimitive primitive(JsonObject o, String member, boolean required, Expected expected) {
        JsonElement e = present(o, member, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw errors.invalid(member, expected);
        }
        return e.getAsJsonPrimitive();
    }

    private JsonElement present(JsonObject o, String member, boolean required) {
        JsonElement e = o == null ? null : o.get(member);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw errors.invalid(member, Expected.PRESENT);
            }
            return null;
        }
        return e;
    }
}
