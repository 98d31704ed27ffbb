package io.github.acsnumbers.emulator.phonenumbers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.acsnumbers.emulator.http.ApiException;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of request JSON that answer 400 (never a 500) when a field has the wrong type. */
final class Json {

    private Json() {
    }

    static String string(JsonObject o, String name, boolean required) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw invalid(name, "The field '" + name + "' is required.");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw invalid(name, "The field '" + name + "' must be a string.");
        }
        return e.getAsString();
    }

    static Boolean bool(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw invalid(name, "The field '" + name + "' must be a boolean.");
        }
        return e.getAsBoolean();
    }

    static Integer integer(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw invalid(name, "The field '" + name + "' must be an integer.");
        }
        double d = e.getAsDouble();
        if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            throw invalid(name, "The field '" + name + "' must be an integer.");
        }
        return (int) d;
    }

    static JsonObject object(JsonObject o, String name, boolean required) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw invalid(name, "The field '" + name + "' is required.");
            }
            return null;
        }
        if (!e.isJsonObject()) {
            throw invalid(name, "The field '" + name + "' must be an object.");
        }
        return e.getAsJsonObject();
    }

    static List<String> strings(JsonObject o, String name, boolean required) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw invalid(name, "The field '" + name + "' is required.");
            }
            return null;
        }
        if (!e.isJsonArray()) {
            throw invalid(name, "The field '" + name + "' must be an array of strings.");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                throw invalid(name, "The field '" + name + "' must be an array of strings.");
            }
            out.add(x.getAsString());
        }
        return out;
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
