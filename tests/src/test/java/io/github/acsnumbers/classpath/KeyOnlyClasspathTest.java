package io.github.acsnumbers.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who authenticates with a key or a connection string must not need azure-core / azure-identity, neither to
 * compile nor to run: a user program written like the README's snippets is compiled with javac against this test's
 * class path minus every Azure SDK jar (and their own dependencies), then loaded and run from a class loader that has
 * no Azure jar either.
 */
class KeyOnlyClasspathTest {
    private static final String[] AZURE_ONLY = {"/com/azure/", "/com/microsoft/", "/io/projectreactor/", "/io/netty/",
        "/net/java/dev/jna/", "/com/nimbusds/", "/net/minidev/", "/org/reactivestreams/", "/com/fasterxml/"};

    /** The README's connection-string and endpoint + access-key snippets, on all three builders. */
    private static final String USER_PROGRAM = """
        package user;

        import io.github.acsnumbers.core.auth.KeyCredential;
        import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
        import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
        import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
        import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
        import java.util.function.BiFunction;

        public final class KeyOnlyUser implements BiFunction<String, String[], String> {
            @Override
            public String apply(String connectionString, String[] endpointAndKey) {
                new SipRoutingClientBuilder().connectionString(connectionString).buildClient();
                new CommunicationIdentityClientBuilder().connectionString(connectionString).buildClient();
                PhoneNumbersClient viaConnectionString = new PhoneNumbersClientBuilder()
                    .connectionString(connectionString)
                    .buildClient();

                new SipRoutingClientBuilder().endpoint(endpointAndKey[0])
                    .credential(new KeyCredential(endpointAndKey[1])).buildClient();
                new CommunicationIdentityClientBuilder().endpoint(endpointAndKey[0])
                    .credential(new KeyCredential(endpointAndKey[1])).buildAsyncClient();
                PhoneNumbersClient viaKey = new PhoneNumbersClientBuilder()
                    .endpoint(endpointAndKey[0])
                    .credential(new KeyCredential(endpointAndKey[1]))
                    .buildClient();
                return viaConnectionString.getPurchasedPhoneNumber("+14255550100").getPhoneNumber() + " "
                    + viaKey.getPurchasedPhoneNumber("+14255550100").getPhoneNumber();
            }
        }
        """;

    private static final String NUMBER_JSON = "{\"id\":\"14255550100\",\"phoneNumber\":\"+14255550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"geographic\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-06-17T16:40:22.5120904+00:00\","
        + "\"cost\":{\"amount\":1.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";

    @TempDir
    Path work;

    @Test
    void aKeyOnlyProgramCompilesAndRunsWithoutAzureJars() throws Exception {
        List<String> keyOnly = new ArrayList<>();
        int dropped = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (isAzure(entry)) {
                dropped++;
            } else if (new File(entry).exists()) {
                keyOnly.add(entry);
            }
        }
        assertTrue(dropped > 0, "the test class path should contain the Azure SDK jars that are being left out");

        Path classes = compileUserProgram(keyOnly);

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : keyOnly) {
            urls.add(new File(entry).toURI().toURL());
        }
        try (MockWebServer server = new MockWebServer();
             URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            server.start();
            assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.azure.core.credential.TokenCredential", false, loader));
            for (int i = 0; i < 2; i++) {
                server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(NUMBER_JSON).build());
            }
            String endpoint = "http://127.0.0.1:" + server.getPort() + "/";
            String key = Base64.getEncoder().encodeToString("key-only-user".getBytes(StandardCharsets.UTF_8));

            // the user's code is ordinary compiled code; only the test's entry into it is reflective
            @SuppressWarnings("unchecked")
            BiFunction<String, String[], String> program = (BiFunction<String, String[], String>)
                Class.forName("user.KeyOnlyUser", true, loader).getConstructor().newInstance();
            assertEquals(loader, program.getClass().getClassLoader(), "the program really runs from the isolated loader");
            assertEquals("+14255550100 +14255550100",
                program.apply("endpoint=" + endpoint + ";accesskey=" + key, new String[] {endpoint, key}));
            for (int i = 0; i < 2; i++) {
                RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
                assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 "), "signed with the key");
            }
        }
    }

    @Test
    void theCompileCheckWouldNoticeAMissingType() throws Exception {
        // the same compilation fails when the program needs a type of a left-out jar: the check can fail
        List<String> keyOnly = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!isAzure(entry) && new File(entry).exists()) {
                keyOnly.add(entry);
            }
        }
        Path src = work.resolve("src/user/NeedsAzure.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package user; public final class NeedsAzure { "
            + "Object c = new io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder()"
            + ".tokenCredential(null); }");
        StringWriter out = new StringWriter();
        assertTrue(compile(keyOnly, src, work.resolve("bad"), out) != 0, "compiling against the key-only class path "
            + "should fail when the program needs azure-core");
        assertTrue(out.toString().contains("TokenCredential"), out.toString());
    }

    private Path compileUserProgram(List<String> classPath) throws Exception {
        Path src = work.resolve("src/user/KeyOnlyUser.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, USER_PROGRAM);
        Path classes = work.resolve("classes");
        StringWriter out = new StringWriter();
        assertEquals(0, compile(classPath, src, classes, out), () -> "the key-only program does not compile without "
            + "Azure jars:\n" + out);
        return classes;
    }

    private static int compile(List<String> classPath, Path source, Path classes, StringWriter out) throws Exception {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-proc:none", "-Xlint:all", "-Werror", "--release", "17",
            "-classpath", String.join(File.pathSeparator, classPath), "-d", classes.toString(), source.toString());
        out.write(diagnostics.toString(StandardCharsets.UTF_8));
        return rc;
    }

    private static boolean isAzure(String entry) {
        String normalized = entry.replace(File.separatorChar, '/');
        for (String marker : AZURE_ONLY) {
            if (normalized.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
