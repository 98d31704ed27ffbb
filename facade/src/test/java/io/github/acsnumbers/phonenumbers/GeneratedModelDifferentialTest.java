package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the generated model adapters (generator-config/templates/libraries/okhttp-gson/pojo.mustache,
 * FieldAdapter) against what the models did before: the generator's adapter over Gson's reflective one, rebuilt
 * here ({@link GeneratorStyleFactory}: JSON tree on write with additional properties flattened into it; reflective
 * read followed by the required-field check). For every model of every generated package: random instances are
 * written (Gson's own writer, a writer that keeps nulls as a merge-patch would, and a JSON tree) and the texts must be
 * equal; then those texts and mutations of them (unknown members, members removed, set to null or to a value of
 * another JSON type, at any depth) are read by both, and the results must be equal: the same model, or the same
 * exception with the same message.
 */
class GeneratedModelDifferentialTest {
    private static final long SEED = Long.getLong("differential.seed", 20261203L);
    private static final int INSTANCES = 120;
    private static final Gson KEEP_NULLS = new GsonBuilder().serializeNulls().create();

    @Test
    void everyModelOfEveryPackageReadsAndWritesAsTheReflectiveAdapterDid() throws Exception {
        int models = 0;
        for (String pkg : GeneratedModelClasses.PACKAGES) {
            String base = "io.github.acsnumbers.generated." + pkg;
            Class<?> json = Class.forName(base + ".JSON");
            Gson generated = (Gson) json.getMethod("getGson").invoke(null);
            Gson reference = reference(json, new GeneratorStyleFactory(base + ".model."));
            int inPackage = 0;
            for (String name : GeneratedModelClasses.of(pkg)) {
                Class<?> model = Class.forName(name);
                if (!GeneratorStyleFactory.isModel(model, base + ".model.")) {
                    continue;
                }
                inPackage++;
                compare(model, generated, reference, new Random(SEED ^ name.hashCode()));
            }
            assertTrue(inPackage >= 5, pkg + ": only " + inPackage + " models found on the class path");
            models += inPackage;
        }
        System.out.println("[GeneratedModelDifferentialTest] " + models + " models, " + INSTANCES
            + " random instances each, seed " + SEED);
    }

    private static void compare(Class<?> model, Gson generated, Gson reference, Random rnd) throws Exception {
        String what = model.getName() + " (seed " + SEED + ")";
        int readOk = 0;
        int writeOk = 0;
        for (String odd : List.of("null", "{}", "[]", "\"text\"", "1", "{\"a\":")) {
            assertEquals(read(reference, odd, model), read(generated, odd, model), what + " reading " + odd);
        }
        for (int i = 0; i < INSTANCES; i++) {
            Object value = new Values(rnd, model.getPackageName() + ".").model(model, 0);
            String plain = write(() -> reference.toJson(value));
            assertEquals(plain, write(() -> generated.toJson(value)), what + " toJson of " + value);
            String withNulls = write(() -> writeKeepingNulls(reference, model, value));
            assertEquals(withNulls, write(() -> writeKeepingNulls(generated, model, value)),
                what + " written with nulls kept: " + value);
            assertEquals(write(() -> String.valueOf(reference.toJsonTree(value))),
                write(() -> String.valueOf(generated.toJsonTree(value))), what + " toJsonTree of " + value);
            if (plain.startsWith("!")) {
                continue; // both refused to write it (same exception): nothing to read back
            }
            writeOk++;
            List<String> texts = new ArrayList<>(List.of(plain, withNulls));
            for (int m = 0; m < 6; m++) {
                texts.add(KEEP_NULLS.toJson(mutate(JsonParser.parseString(withNulls), rnd)));
            }
            for (String text : texts) {
                String expected = read(reference, text, model);
                assertEquals(expected, read(generated, text, model), what + " reading " + text);
                if (!expected.startsWith("!")) {
                    readOk++;
                    assertEquals(reference.fromJson(text, model), generated.fromJson(text, model), what + " " + text);
                }
            }
        }
        assertTrue(writeOk > 0 && readOk > 0, what + ": nothing was written and read back successfully ("
            + writeOk + " writes, " + readOk + " reads)");
    }

    /** The outcome of a read: the model as the reference writes it, or "!" and the exception with its message. */
    private static String read(Gson gson, String text, Class<?> model) {
        try {
            Object o = gson.fromJson(text, model);
            return o == null ? "null" : KEEP_NULLS.toJson(JsonParser.parseString(gson.toJson(o))) + " " + o;
        } catch (RuntimeException e) {
            return "!" + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String write(Callable<String> write) throws Exception {
        try {
            return write.call();
        } catch (RuntimeException e) {
            return "!" + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** Through the model's adapter on a writer that keeps nulls (Gson's toJson would impose its own setting). */
    @SuppressWarnings("unchecked")
    private static String writeKeepingNulls(Gson gson, Class<?> model, Object value) throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter out = new JsonWriter(text);
        out.setSerializeNulls(true);
        ((TypeAdapter<Object>) gson.getAdapter(model)).write(out, value);
        return text.toString();
    }

    /** One change somewhere in the tree: a member removed, set to null or to a value of some JSON type, or added. */
    private static JsonElement mutate(JsonElement root, Random rnd) {
        List<JsonObject> objects = new ArrayList<>();
        collect(root, objects);
        if (objects.isEmpty()) {
            return root;
        }
        JsonObject target = objects.get(rnd.nextInt(objects.size()));
        List<String> keys = new ArrayList<>(target.keySet());
        int kind = rnd.nextInt(6);
        if (keys.isEmpty() || kind == 0) {
            JsonObject unknown = new JsonObject();
            unknown.add("zzUnknown", JsonParser.parseString("{\"a\":[1,{\"b\":null}],\"c\":\"d\"}"));
            target.keySet().forEach(k -> unknown.add(k, target.get(k)));
            unknown.add("additionalProperties", JsonParser.parseString(rnd.nextBoolean()
                ? "{\"k\":1,\"n\":null,\"s\":\"x\"}" : "[1]"));
            new ArrayList<>(target.keySet()).forEach(target::remove);
            unknown.keySet().forEach(k -> target.add(k, unknown.get(k)));
            return root;
        }
        String key = keys.get(rnd.nextInt(keys.size()));
        switch (kind) {
            case 1 -> target.remove(key);
            case 2 -> target.add(key, JsonNull.INSTANCE);
            default -> target.add(key, randomElement(rnd));
        }
        return root;
    }

    private static void collect(JsonElement e, List<JsonObject> into) {
        if (e.isJsonObject()) {
            into.add(e.getAsJsonObject());
            e.getAsJsonObject().entrySet().forEach(m -> collect(m.getValue(), into));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, into));
        }
    }

    private static JsonElement randomElement(Random rnd) {
        return switch (rnd.nextInt(9)) {
            case 0 -> new JsonPrimitive("text");
            case 1 -> new JsonPrimitive(12);
            case 2 -> new JsonPrimitive(1.5);
            case 3 -> new JsonPrimitive(true);
            case 4 -> new JsonPrimitive("2025-06-01T10:20:30Z");
            case 5 -> new JsonPrimitive("12");
            case 6 -> JsonParser.parseString("{\"x\":1}");
            case 7 -> JsonParser.parseString("[\"a\",1]");
            default -> new JsonArray();
        };
    }

    /**
     * The generator's Gson set-up: gson-fire's builder (what the generator's createGson returned for documents
     * without discriminators, as all of these are), the same date and byte adapters as JSON, and the
     * generator-style factory.
     */
    private static Gson reference(Class<?> json, GeneratorStyleFactory factory) throws Exception {
        GsonBuilder b = new io.gsonfire.GsonFireBuilder().createGsonBuilder();
        Map<Class<?>, String> adapters = new LinkedHashMap<>();
        adapters.put(Date.class, "DateTypeAdapter");
        adapters.put(java.sql.Date.class, "SqlDateTypeAdapter");
        adapters.put(OffsetDateTime.class, "OffsetDateTimeTypeAdapter");
        adapters.put(LocalDate.class, "LocalDateTypeAdapter");
        adapters.put(LocalDateTime.class, "LocalDateTimeTypeAdapter");
        adapters.put(byte[].class, "ByteArrayAdapter");
        for (Map.Entry<Class<?>, String> a : adapters.entrySet()) {
            b.registerTypeAdapter(a.getKey(),
                Class.forName(json.getName() + "$" + a.getValue()).getConstructor().newInstance());
        }
        b.registerTypeAdapterFactory(factory);
        return b.create();
    }

    /**
     * What each model's factory did before the field-by-field adapters: Gson's reflective adapter as delegate; on
     * write a JSON tree, "additionalProperties" removed and each additional property added; on read, the delegate
     * then the required-field check (the required fields of these documents are all non-nullable).
     */
    static final class GeneratorStyleFactory implements TypeAdapterFactory {
        private final String prefix;

        GeneratorStyleFactory(String prefix) {
            this.prefix = prefix;
        }

        static boolean isModel(Class<?> c, String prefix) {
            if (!c.getName().startsWith(prefix) || c.getName().indexOf('$') >= 0
                || Modifier.isAbstract(c.getModifiers()) || c.isEnum()) {
                return false;
            }
            for (Class<?> nested : c.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("CustomTypeAdapterFactory")) {
                    return true;
                }
            }
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<?> model = null;
            for (Class<?> c = type.getRawType(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (isModel(c, prefix)) {
                    model = c;
                    break;
                }
            }
            if (model == null) {
                return null;
            }
            Class<?> m = model;
            TypeAdapter<JsonElement> element = gson.getAdapter(JsonElement.class);
            TypeAdapter<Object> delegate = (TypeAdapter<Object>) gson.getDelegateAdapter(this, TypeToken.get(m));
            return (TypeAdapter<T>) new TypeAdapter<Object>() {
                @Override
                public void write(JsonWriter out, Object value) throws IOException {
                    JsonObject obj = delegate.toJsonTree(value).getAsJsonObject();
                    obj.remove("additionalProperties");
                    Map<String, Object> extra = (Map<String, Object>) invoke(m, "getAdditionalProperties", value);
                    if (extra != null) {
                        for (Map.Entry<String, Object> e : extra.entrySet()) {
                            Object v = e.getValue();
                            if (v instanceof String s) {
                                obj.addProperty(e.getKey(), s);
                            } else if (v instanceof Number n) {
                                obj.addProperty(e.getKey(), n);
                            } else if (v instanceof Boolean bool) {
                                obj.addProperty(e.getKey(), bool);
                            } else if (v instanceof Character ch) {
                                obj.addProperty(e.getKey(), ch);
                            } else {
                                JsonElement tree = gson.toJsonTree(v);
                                if (tree.isJsonNull()) {
                                    obj.add(e.getKey(), JsonNull.INSTANCE);
                                } else if (tree.isJsonArray()) {
                                    obj.add(e.getKey(), tree.getAsJsonArray());
                                } else {
                                    obj.add(e.getKey(), tree.getAsJsonObject());
                                }
                            }
                        }
                    }
                    element.write(out, obj);
                }

                @Override
                public Object read(JsonReader in) throws IOException {
                    Object instance = delegate.read(in);
                    Set<String> required;
                    try {
                        required = (Set<String>) m.getField("openapiRequiredFields").get(null);
                        for (Field f : m.getDeclaredFields()) {
                            SerializedName name = f.getAnnotation(SerializedName.class);
                            if (name != null && required.contains(name.value())) {
                                f.setAccessible(true);
                                if (f.get(instance) == null) {
                                    throw new IllegalArgumentException("The required field `" + name.value()
                                        + "` is not found in the JSON string (" + m.getSimpleName() + ")");
                                }
                            }
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                    return instance;
                }
            }.nullSafe();
        }

        private static Object invoke(Class<?> c, String method, Object target) {
            try {
                return c.getMethod(method).invoke(target);
            } catch (InvocationTargetException e) {
                throw (RuntimeException) e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Random field values, by the field's declared type. */
    private static final class Values {
        private final Random rnd;
        private final String modelPackage;

        Values(Random rnd, String modelPackage) {
            this.rnd = rnd;
            this.modelPackage = modelPackage;
        }

        Object model(Class<?> c, int depth) throws Exception {
            Object o = c.getConstructor().newInstance();
            List<String> jsonNames = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                SerializedName name = f.getAnnotation(SerializedName.class);
                if (name != null) {
                    jsonNames.add(name.value());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                if (f.getName().equals("additionalProperties")) {
                    f.set(o, rnd.nextInt(6) == 0 ? additional(jsonNames) : null);
                } else {
                    f.set(o, rnd.nextInt(5) == 0 ? null : value(f.getGenericType(), depth));
                }
            }
            return o;
        }

        private Map<String, Object> additional(List<String> jsonNames) {
            Map<String, Object> m = rnd.nextBoolean() ? new LinkedHashMap<>() : new TreeMap<>();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                String key = switch (rnd.nextInt(4)) {
                    case 0 -> jsonNames.isEmpty() ? "x" : jsonNames.get(rnd.nextInt(jsonNames.size()));
                    case 1 -> "additionalProperties";
                    default -> "extra" + rnd.nextInt(3);
                };
                Map<String, Object> nested = new LinkedHashMap<>();
                nested.put("k", "v");
                nested.put("n", null);
                Object v = switch (rnd.nextInt(9)) {
                    case 0 -> string();
                    case 1 -> rnd.nextInt();
                    case 2 -> rnd.nextDouble() * 100;
                    case 3 -> rnd.nextBoolean();
                    case 4 -> 'c';
                    case 5 -> null;
                    case 6 -> List.of(1, "a");
                    case 7 -> nested;
                    default -> Thread.State.NEW; // an enum: the generator's code refuses it (getAsJsonObject)
                };
                m.put(key, v);
            }
            return m;
        }

        Object value(Type t, int depth) throws Exception {
            if (t == String.class) {
                return string();
            } else if (t == Boolean.class) {
                return rnd.nextBoolean();
            } else if (t == Integer.class) {
                return List.of(0, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, rnd.nextInt()).get(rnd.nextInt(6));
            } else if (t == Long.class) {
                return List.of(0L, -1L, Long.MAX_VALUE, rnd.nextLong()).get(rnd.nextInt(4));
            } else if (t == Double.class) {
                return List.of(0.0, -0.0, 1.5, 1e300, 4.9e-324, rnd.nextDouble() * 1e6).get(rnd.nextInt(6));
            } else if (t == Float.class) {
                return List.of(0f, 1.25f, -3.4e38f, rnd.nextFloat()).get(rnd.nextInt(4));
            } else if (t == BigDecimal.class) {
                return BigDecimal.valueOf(rnd.nextLong(), rnd.nextInt(12) - 3);
            } else if (t == OffsetDateTime.class) {
                return OffsetDateTime.ofInstant(Instant.ofEpochSecond(rnd.nextInt(Integer.MAX_VALUE),
                    rnd.nextBoolean() ? 0 : rnd.nextInt(1_000_000_000)),
                    ZoneOffset.ofTotalSeconds((rnd.nextInt(36 * 4) - 18 * 4) * 15 * 60));
            } else if (t == Object.class) {
                return List.of("s", 1.0, true, Map.of("a", 1.0), List.of("x")).get(rnd.nextInt(5));
            } else if (t instanceof Class<?> c && c.isEnum()) {
                Object[] constants = c.getEnumConstants();
                return constants[rnd.nextInt(constants.length)];
            } else if (t instanceof Class<?> c && c.getName().startsWith(modelPackage)) {
                return depth >= 3 ? null : model(c, depth + 1);
            } else if (t instanceof ParameterizedType p) {
                Type raw = p.getRawType();
                Type[] args = p.getActualTypeArguments();
                int n = rnd.nextInt(4);
                if (raw == List.class || raw == Set.class) {
                    java.util.Collection<Object> items = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        items.add(rnd.nextInt(8) == 0 ? null : value(args[0], depth));
                    }
                    return items;
                } else if (raw == Map.class) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(string(), rnd.nextInt(8) == 0 ? null : value(args[1], depth));
                    }
                    return map;
                }
            }
            fail("a field type this test does not generate: " + t);
            return null;
        }

        private String string() {
            return List.of("", "+14255550100", "US", "é ü", "<a href='x'>&amp;</a>", "quote\" back\\slash",
                "line\nbreak\u2028", "\uD83D\uDCDE", "x".repeat(rnd.nextInt(40))).get(rnd.nextInt(9));
        }
    }

    @Test
    void theReferenceIsTheReflectiveAdapterAndTheGeneratedOneIsNot() throws Exception {
        // guards the comparison above: it must compare the generated adapters with Gson's reflective one, not with
        // themselves
        GeneratorStyleFactory factory = new GeneratorStyleFactory("io.github.acsnumbers.generated.phonenumbers.model.");
        Gson reference = reference(io.github.acsnumbers.generated.phonenumbers.JSON.class, factory);
        TypeAdapter<?> delegate = reference.getDelegateAdapter(factory,
            TypeToken.get(io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber.class));
        assertTrue(delegate.getClass().getName().startsWith("com.google.gson.internal.bind.ReflectiveTypeAdapterFactory"),
            delegate.getClass().getName());
        TypeAdapter<?> generated = io.github.acsnumbers.generated.phonenumbers.JSON.getGson()
            .getAdapter(io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber.class);
        assertEquals("io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber$FieldAdapter",
            generated.getClass().getName());
    }
}
