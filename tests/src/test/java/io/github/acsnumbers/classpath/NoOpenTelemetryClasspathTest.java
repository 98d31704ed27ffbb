package io.github.acsnumbers.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tracing is optional: an application without {@code opentelemetry-api} compiles against the SDK and runs its
 * calls (sync, async, with response metadata and per-call options) from a class loader that has no OpenTelemetry
 * jar, and the SDK never even loads its OpenTelemetry half. The program is compiled with javac against this test's
 * class path minus every OpenTelemetry (and Azure) jar, like {@link KeyOnlyClasspathTest}.
 */
class NoOpenTelemetryClasspathTest {
    private static final String[] LEFT_OUT = {"/io/opentelemetry/", "/com/azure/", "/com/microsoft/",
        "/io/projectreactor/", "/io/netty/", "/net/java/dev/jna/", "/com/nimbusds/", "/net/minidev/",
        "/org/reactivestreams/", "/com/fasterxml/"};

    private static final String USER_PROGRAM = """
        package user;

        import io.github.acsnumbers.core.http.RequestOptions;
        import io.github.acsnumbers.core.http.Response;
        import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
        import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
        import java.time.Duration;
        import java.util.function.Function;

        public final class UntracedUser implements Function<String, String> {
            @Override
            public String apply(String connectionString) {
                PhoneNumbersClientBuilder builder = new PhoneNumbersClientBuilder().connectionString(connectionString);
                Response<PurchasedPhoneNumber> response = builder.buildClient().getPurchasedPhoneNumberWithResponse(
                    "+14255550100", new RequestOptions().withHeader("x-correlation-id", "no-otel")
                        .withTimeout(Duration.ofSeconds(30)));
                String async = builder.buildAsyncClient().getPurchasedPhoneNumber("+14255550100").join()
                    .getPhoneNumber();
                return response.getStatusCode() + " " + response.getValue().getPhoneNumber() + " " + async;
            }
        }
        """;

    private static final String NUMBER_JSON = "{\"id\":\"14255550100\",\"phoneNumber\":\"+14255550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"geographic\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-06-17T16:40:22.5120904+00:00\","
        + "\"cost\":{\"amount\":1.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";

    @TempDir
    Path work;

    /** Loads everything itself (only the JDK comes from the parent) and says what it has loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }
    }

    private static List<String> withoutOpenTelemetry() {
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalized = entry.replace(File.separatorChar, '/');
            boolean leftOut = false;
            for (String marker : LEFT_OUT) {
                leftOut |= normalized.contains(marker);
            }
            if (normalized.contains("/io/opentelemetry/")) {
                dropped++;
            }
            if (!leftOut && new File(entry).exists()) {
                kept.add(entry);
            }
        }
        assertTrue(dropped > 0, "the test class path should contain the OpenTelemetry jars that are being left out");
        return kept;
    }

    @Test
    void aProgramWithoutOpenTelemetryCompilesAndRunsUntraced() throws Exception {
        List<String> classPath = withoutOpenTelemetry();
        Path src = work.resolve("src/user/UntracedUser.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, USER_PROGRAM);
        Path classes = work.resolve("classes");
        String diagnostics = compile(classPath, src, classes);
        assertEquals("", diagnostics, "the program does not compile cleanly without OpenTelemetry");

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : classPath) {
            urls.add(new File(entry).toURI().toURL());
        }
        try (MockWebServer server = new MockWebServer(); Isolated loader = new Isolated(urls.toArray(URL[]::new))) {
            server.start();
            assertThrows(ClassNotFoundException.class,
                () -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, loader));
            for (int i = 0; i < 2; i++) {
                server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(NUMBER_JSON).build());
            }
            String key = Base64.getEncoder().encodeToString("untraced-user".getBytes(StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            Function<String, String> program = (Function<String, String>)
                Class.forName("user.UntracedUser", true, loader).getConstructor().newInstance();
            assertEquals("200 +14255550100 +14255550100",
                program.apply("endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey=" + key));

            RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("no-otel", first.getHeaders().get("x-correlation-id"));
            assertNull(first.getHeaders().get("traceparent"), "nothing to propagate without OpenTelemetry");
            assertNotNull(server.takeRequest(5, TimeUnit.SECONDS));
            assertNotNull(loader.loaded("io.github.acsnumbers.implementation.tracing.Telemetry"),
                "the SDK's telemetry ran (as its no-op half)");
            assertNull(loader.loaded("io.github.acsnumbers.implementation.tracing.OpenTelemetrySupport"),
                "the OpenTelemetry half was never loaded");
        }
    }

    @Test
    void theCompileCheckWouldNoticeAProgramThatNeedsOpenTelemetry() throws Exception {
        Path src = work.resolve("src/user/NeedsOtel.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package user; public final class NeedsOtel { Object b = new "
            + "io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder().openTelemetry(null); }");
        String diagnostics = compile(withoutOpenTelemetry(), src, work.resolve("bad"));
        assertTrue(diagnostics.contains("OpenTelemetry"), "compiling a call of openTelemetry(...) without the API "
            + "should fail:\n" + diagnostics);
    }

    /** @return javac's diagnostics, empty when it compiled without a warning */
    private static String compile(List<String> classPath, Path source, Path classes) throws Exception {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = javac.run(null, out, out, "-proc:none", "-Xlint:all", "-Werror", "--release", "17",
            "-classpath", String.join(File.pathSeparator, classPath), "-d", classes.toString(), source.toString());
        String diagnostics = out.toString(StandardCharsets.UTF_8);
        return rc == 0 ? diagnostics : "exit " + rc + ": " + diagnostics;
    }
}
