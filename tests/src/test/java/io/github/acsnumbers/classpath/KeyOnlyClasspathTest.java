package io.github.acsnumbers.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.UserProgram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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

    @TempDir
    Path work;

    @Test
    void aKeyOnlyProgramCompilesAndRunsWithoutAzureJars() throws Exception {
        List<String> keyOnly = UserProgram.testClassPathWithout(KeyOnlyClasspathTest::isAzure);
        assertTrue(UserProgram.testClassPathWithout(e -> false).stream().map(UserProgram::normalized)
            .anyMatch(KeyOnlyClasspathTest::isAzure), "the test class path should contain the Azure SDK jars that are "
            + "being left out");

        Path classes = work.resolve("classes");
        UserProgram.Compilation compiled = UserProgram.compile(keyOnly,
            UserProgram.source(work, "user.KeyOnlyUser", USER_PROGRAM), classes);
        assertEquals(0, compiled.exitCode(), () -> "the key-only program does not compile without Azure jars:\n"
            + compiled.diagnostics());

        try (MockWebServer server = new MockWebServer(); UserProgram.Loader loader = new UserProgram.Loader(classes,
            keyOnly)) {
            server.start();
            assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.azure.core.credential.TokenCredential", false, loader));
            UserProgram.answerWithNumber(server, 2);
            String endpoint = "http://127.0.0.1:" + server.getPort() + "/";
            String key = Base64.getEncoder().encodeToString("key-only-user".getBytes(StandardCharsets.UTF_8));

            @SuppressWarnings("unchecked")
            BiFunction<String, String[], String> program = loader.program("user.KeyOnlyUser", BiFunction.class);
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
        List<String> keyOnly = UserProgram.testClassPathWithout(KeyOnlyClasspathTest::isAzure);
        Path src = UserProgram.source(work, "user.NeedsAzure", "package user; public final class NeedsAzure { "
            + "Object c = new io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder()"
            + ".tokenCredential(null); }");
        UserProgram.Compilation compiled = UserProgram.compile(keyOnly, src, work.resolve("bad"));
        assertTrue(compiled.exitCode() != 0, "compiling against the key-only class path should fail when the program "
            + "needs azure-core");
        assertTrue(compiled.diagnostics().contains("TokenCredential"), compiled.diagnostics());
    }

    private static boolean isAzure(String normalizedEntry) {
        for (String marker : AZURE_ONLY) {
            if (normalizedEntry.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
