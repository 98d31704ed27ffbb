package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.IsolatedClassLoader;
import java.net.InetAddress;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * One call loads the generated models it reads and no others, and reads them without Gson's reflection
 * (templates JSON.mustache and pojo.mustache in generator-config). The generator's JSON registered one Gson factory
 * per model, and each factory's answer to Gson named its model class, so the first lookup of any type loaded every
 * model class of the package (and each model was then read by Gson's reflective adapter).
 */
class GeneratedModelClassLoadingTest {
    private static final String KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";
    private static final String NUMBER_JSON = "{\"id\":\"14155550100\",\"phoneNumber\":\"+14155550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"tollFree\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-02-07T16:24:00Z\","
        + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";
    private static final String MODEL = "io.github.acsnumbers.generated.phonenumbers.model.";

    @Test
    void oneCallLoadsOnlyTheModelsItReadsAndNoReflectiveAdapter() throws Exception {
        TreeSet<String> all = GeneratedModelClasses.of("phonenumbers");
        assertTrue(all.size() >= 20 && all.contains(MODEL + "PurchasedPhoneNumber"),
            "the generated phone-number models are on the class path: " + all);
        try (MockWebServer server = new MockWebServer();
             IsolatedClassLoader loader = IsolatedClassLoader.ofTestClassPath()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(NUMBER_JSON).build());
            String cs = "endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey=" + KEY;
            Object client = loader.phoneNumbersClient(cs);
            assertEquals("+14155550100", IsolatedClassLoader.purchasedPhoneNumber(client, "+14155550100"));

            Class<?> json = loader.loaded("io.github.acsnumbers.generated.phonenumbers.JSON");
            assertNotNull(json, "the call went through the generated JSON");
            assertEquals(loader, json.getClassLoader(), "loaded by the isolated loader, not shared with other tests");

            Set<String> loaded = new TreeSet<>();
            for (String name : all) {
                if (loader.loaded(name) != null) {
                    loaded.add(name);
                }
            }
            assertEquals(Set.of(MODEL + "PhoneNumberCapabilities", MODEL + "PhoneNumberCost",
                MODEL + "PurchasedPhoneNumber"), loaded, "model classes loaded by one getPurchasedPhoneNumber (of "
                + all.size() + ")");
            // Gson builds this holder of a class's reflected fields for each reflective adapter it creates, and
            // only then (the adapter classes themselves are loaded with Gson); checked to exist in this Gson, so that
            // a renamed class fails here instead of passing unnoticed
            String fieldsData = "com.google.gson.internal.bind.ReflectiveTypeAdapterFactory$FieldsData";
            assertNotNull(loader.getResource(fieldsData.replace('.', '/') + ".class"), fieldsData + " exists");
            assertNull(loader.loaded(fieldsData), "the call read its models without Gson's reflective adapter");
            assertNull(loader.loaded("io.gsonfire.GsonFireBuilder"), "gson-fire is not needed without discriminators");
        }
    }

}
