package io.github.acsnumbers.emulator.phonenumbers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.acsnumbers.emulator.http.ApiException;
import io.github.acsnumbers.emulator.http.JsonFields;
import java.util.List;

/** Typed reads of request JSON that answer 400 (never a 500) when a field has the wrong type. */
final class Json {

    private Json() {
    }

    /** Phone numbers' words for a member it cannot read: 400 {@code InvalidInput}, the member as target. */
    private static final JsonFields FIELDS = new JsonFields((member, expected) -> invalid(member,
            "The field '" + member + "' " + switch (expected) {
                case PRESENT -> "is required.";
                case STRING -> "must be a string.";
                case BOOLEAN -> "must be a boolean.";
                case INTEGER -> "must be an integer.";
                case OBJECT -> "must be an object.";
                case STRINGS -> "must be an array of strings.";
            }));

    static String string(JsonObject o, String name, boolean required) {
        return FIELDS.string(o, name, required);
    }

    static Boolean bool(JsonObject o, String name) {
        return FIELDS.bool(o, name);
    }

    static Integer integer(JsonObject o, String name) {
        return FIELDS.int32(o, name);
    }

    static JsonObject object(JsonObject o, String name, boolean required) {
        return FIELDS.object(o, name, required);
    }

    static List<String> strings(JsonObject o, String name, boolean required) {
        return FIELDS.strings(o, name, required);
    }

    static ApiException invalid(String target, String message) {
        return ApiException.of(400, "InvalidInput", message, target.toLowerCase(java.util.Locale.ROOT));
    }

    static JsonObject capabilities(String calling, String sms) {
        JsonObject c = new JsonObject();
        c.addProperty("calling", calling);
        c.addProperty("sms", sms);
        return c;
    }

    static JsonObject cost(double amount, String currency) {
        JsonObject c = new JsonObject();
        c.add("amount", new JsonPrimitive(amount));
        c.addProperty("currencyCode", currency);
        c.addProperty("billingFrequency", "monthly");
        return c;
    }

    static JsonArray array(List<? extends JsonElement> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
