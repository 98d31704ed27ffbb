package io.github.acsnumbers.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A user who authenticates with a key or connection string must not need azure-core / azure-identity at run time:
 * the clients are loaded and used from a class loader that has every jar of this test's class path except the
 * Azure SDK ones (and their own dependencies). (Reflection over all public builder methods, e.g.
 * {@code Class.getMethods()}, does need azure-core, because of the {@code credential(TokenCredential)} overload.)
 */
class KeyOnlyClasspathTest {
    private static final String[] AZURE_ONLY = {"/com/azure/", "/com/microsoft/", "/io/projectreactor/", "/io/netty/",
        "/net/java/dev/jna/", "/com/nimbusds/", "/net/minidev/", "/org/reactivestreams/", "/com/fasterxml/"};

    @Test
    void aKeyOnlyClientWorksWithoutAzureCore() throws Exception {
        List<URL> urls = new ArrayList<>();
        int dropped = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalized = entry.replace(File.separatorChar, '/');
            boolean azure = false;
            for (String marker : AZURE_ONLY) {
                azure |= normalized.contains(marker);
            }
            if (azure) {
                dropped++;
            } else {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertTrue(dropped > 0, "the test class path should contain the Azure SDK jars that are being left out");
        try (MockWebServer server = new MockWebServer();
             URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            server.start();
            assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.azure.core.credential.TokenCredential", false, loader));
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"id\":\"14255550100\",\"phoneNumber\":\"+14255550100\",\"countryCode\":\"US\","
                    + "\"phoneNumberType\":\"geographic\",\"capabilities\":{\"calling\":\"inbound\",\"sms\":\"none\"},"
                    + "\"assignmentType\":\"application\",\"purchaseDate\":\"2025-06-17T16:40:22.5120904+00:00\","
                    + "\"cost\":{\"amount\":1.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}").build());
            String connectionString = "endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey="
                + java.util.Base64.getEncoder().encodeToString("key-only-user".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            // the user's code is ordinary compiled code; only the test's entry into it is reflective
            @SuppressWarnings("unchecked")
            Function<String, String> program = (Function<String, String>) Class.forName(
                KeyOnlyUserProgram.class.getName(), true, loader).getConstructor().newInstance();
            assertFalse(program.getClass().getClassLoader() == getClass().getClassLoader(),
                "the program really runs from the isolated loader");
            assertEquals("+14255550100", program.apply(connectionString));
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 "), "signed with the key");
        }
    }
}
