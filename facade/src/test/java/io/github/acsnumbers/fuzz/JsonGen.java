package io.github.acsnumbers.fuzz;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;

/** Generators of JSON: random values of any type, and documents that are almost, or not at all, JSON. */
public final class JsonGen {
    private JsonGen() {
    }

    /** @return a random scalar: null, a boolean, a number (including huge ones) or a short tricky string */
    public static Gen<JsonElement> scalar() {
        return r -> {
            switch (r.nextInt(6)) {
                case 0:
                    return JsonNull.INSTANCE;
                case 1:
                    return new JsonPrimitive(r.nextBoolean());
                case 2:
                    return new JsonPrimitive(r.nextInt(3) == 0 ? r.nextDouble() * 1e300 : r.nextInt());
                case 3:
                    return new JsonPrimitive(Gen.alnum(12).next(r));
                default:
                    return new JsonPrimitive(Gen.anyChars(16).next(r));
            }
        };
    }

    /**
     * @param depth the deepest nesting
     * @return any JSON value: scalars, arrays and objects of them
     */
    public static Gen<JsonElement> value(int depth) {
        return r -> {
            int kind = depth <= 0 ? 0 : r.nextInt(4);
            if (kind < 2) {
                return scalar().next(r);
            }
            if (kind == 2) {
                JsonArray a = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(value(depth - 1).next(r));
                }
                return a;
            }
            JsonObject o = new JsonObject();
            for (int i = r.nextInt(4); i > 0; i--) {
                o.add(Gen.of("code", "message", "target", "details", "innererror", "id", "kind", "x").next(r)
                    + (r.nextInt(4) == 0 ? Gen.alnum(3).next(r) : ""), value(depth - 1).next(r));
            }
            return o;
        };
    }

    /**
     * @param names the member names to fill
     * @param depth the deepest nesting of each member's value
     * @return an object with those members, each a random value (often of the wrong type)
     */
    public static Gen<JsonObject> objectWith(List<String> names, int depth) {
        return r -> {
            JsonObject o = new JsonObject();
            for (String name : names) {
                if (r.nextInt(5) > 0) {
                    o.add(name, r.nextBoolean() ? new JsonPrimitive(Gen.alnum(20).next(r)) : value(depth).next(r));
                }
            }
            return o;
        };
    }

    /**
     * @param n nesting depth
     * @param r a random source choosing arrays or objects
     * @return a document nested n levels deep
     */
    public static String deeplyNested(int n, java.util.Random r) {
        boolean arrays = r.nextBoolean();
        StringBuilder sb = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) {
            sb.append(arrays ? "[" : "{\"error\":");
        }
        sb.append("1");
        for (int i = 0; i < n; i++) {
            sb.append(arrays ? "]" : "}");
        }
        return sb.toString();
    }

    /**
     * @param json a JSON document
     * @return a generator of it cut short, or with one character changed
     */
    public static Gen<String> broken(String json) {
        return Gen.oneOf(r -> json.substring(0, r.nextInt(Math.max(1, json.length()))), Gen.mutate(json));
    }
}
