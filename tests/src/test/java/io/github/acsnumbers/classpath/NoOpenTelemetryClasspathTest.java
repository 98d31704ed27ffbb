package io.github.acsnumbers.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.UserProgram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

    @TempDir
    Path work;

    private static List<String> withoutOpenTelemetry() {
        assertTrue(UserProgram.testClassPathWithout(e -> false).stream().map(UserProgram::normalized)
            .anyMatch(e -> e.contains("/io/opentelemetry/")), "the test class path should contain the OpenTelemetry "
            + "jars that are being left out");
        return UserProgram.testClassPathWithout(NoOpenTelemetryClasspathTest::isLeftOut);
    }

    private static boolean isLeftOut(String normalizedEntry) {
        for (String marker : LEFT_OUT) {
            if (normalizedEntry.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aProgramWithoutOpenTelemetryCompilesAndRunsUntraced() throws Exception {
        List<String> classPath = withoutOpenTelemetry();
        Path classes = work.resolve("classes");
        UserProgram.Compilation compiled = UserProgram.compile(classPath,
            UserProgram.source(work, "user.UntracedUser", USER_PROGRAM), classes);
        assertEquals(0, compiled.exitCode(), compiled.diagnostics());
        assertEquals("", compiled.diagnostics(), "the program does not compile cleanly without OpenTelemetry");

        try (MockWebServer server = new MockWebServer();
             UserProgram.Loader loader = new UserProgram.Loader(classes, classPath)) {
            server.start();
            assertThrows(ClassNotFoundException.class,
                () -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, loader));
            UserProgram.answerWithNumber(server, 2);
            String key = Base64.getEncoder().encodeToString("untraced-user".getBytes(StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            Function<String, String> program = loader.program("user.UntracedUser", Function.class);
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
        Path src = UserProgram.source(work, "user.NeedsOtel", "package user; public final class NeedsOtel { "
            + "Object b = new io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder().openTelemetry(null); }");
        UserProgram.Compilation compiled = UserProgram.compile(withoutOpenTelemetry(), src, work.resolve("bad"));
        assertTrue(compiled.exitCode() != 0 && compiled.diagnostics().contains("OpenTelemetry"), "compiling a call of "
            + "openTelemetry(...) without the API should fail:\n" + compiled.diagnostics());
    }
}
