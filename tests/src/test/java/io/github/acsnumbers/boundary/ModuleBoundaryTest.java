package io.github.acsnumbers.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.testing.UserProgram;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade jar is the named module {@code io.github.acsnumbers.phonenumbers}: it exports the user API only, no
 * public signature of an exported package names a type of a non-exported package of ours, a module user can use the
 * SDK (compile and run on the module path) but cannot reach the plumbing or the generated stubs packed into the jar,
 * and the published dependencies carry no separate stubs jar.
 */
class ModuleBoundaryTest {
    static final String MODULE = "io.github.acsnumbers.phonenumbers";

    /** The facade's published runtime dependencies (README, "Using the SDK"), as they sit in a Maven repository. */
    private static final String[] PUBLISHED = {"/com/squareup/okhttp3/okhttp-jvm/", "/com/squareup/okhttp3/logging-interceptor/",
        "/com/squareup/okio/okio-jvm/", "/org/jetbrains/kotlin/kotlin-stdlib/", "/org/jetbrains/annotations/",
        "/com/google/code/gson/gson/", "/com/google/errorprone/error_prone_annotations/", "/io/gsonfire/gson-fire/",
        "/org/slf4j/slf4j-api/"};

    @TempDir
    Path work;

    @Test
    void theJarIsANamedModuleThatExportsTheApiOnly() throws Exception {
        FacadeArtifact facade = FacadeArtifact.locate("ModuleBoundaryTest.theJarIsANamedModuleThatExportsTheApiOnly");
        ModuleDescriptor d = facade.descriptor;
        assertEquals(MODULE, d.name());
        Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertTrue(exports.containsAll(Set.of("io.github.acsnumbers.core.auth", "io.github.acsnumbers.core.error",
            "io.github.acsnumbers.core.lro", "io.github.acsnumbers.core.paging", "io.github.acsnumbers.phonenumbers",
            "io.github.acsnumbers.phonenumbers.models", "io.github.acsnumbers.siprouting",
            "io.github.acsnumbers.identity")), exports.toString());
        for (ModuleDescriptor.Exports e : d.exports()) {
            assertFalse(e.isQualified(), e + " is exported to chosen modules only");
            assertFalse(e.source().contains(".implementation") || e.source().contains(".generated"), e + " is plumbing");
        }
        // the plumbing and the stubs are in the module (as the module system finds it in the jar), just not exported
        Set<String> packages = ModuleFinder.of(facade.jar).find(MODULE).orElseThrow().descriptor().packages();
        assertTrue(packages.contains("io.github.acsnumbers.implementation.http"), packages.toString());
        assertTrue(packages.contains("io.github.acsnumbers.generated.phonenumbers.model"), packages.toString());
        for (ModuleDescriptor.Opens o : d.opens()) {
            assertEquals(Set.of("com.google.gson"), o.targets(), o + " is opened wider than Gson's reflection needs");
            assertTrue(o.source().startsWith("io.github.acsnumbers.generated."), o.toString());
        }
        ModuleDescriptor.Requires azure = requires(d, "com.azure.core");
        assertTrue(azure.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC), "azure-core must stay optional");
        assertTrue(requires(d, "okhttp3").modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
            "OkHttpClient and Interceptor are in the builders' API");
    }

    private static ModuleDescriptor.Requires requires(ModuleDescriptor d, String module) {
        return d.requires().stream().filter(r -> r.name().equals(module)).findFirst()
            .orElseThrow(() -> new AssertionError(d.name() + " does not require " + module));
    }

    @Test
    void noPublicSignatureOfAnExportedPackageNamesANonExportedType() throws Exception {
        FacadeArtifact facade = FacadeArtifact.locate("ModuleBoundaryTest.noPublicSignatureOfAnExportedPackageNames...");
        Set<String> exports = facade.descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
        SignatureScan scan = new SignatureScan(exports::contains);
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        for (String name : facade.classesIn(exports::contains)) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (isApi(type)) {
                scanned++;
                violations.addAll(scan.violations(type));
            }
        }
        assertTrue(scanned > 100, "only " + scanned + " API types found in " + facade.codeSource);
        assertEquals(List.of(), violations, violations.size() + " public signatures name non-exported types");
    }

    /** Public, or a public/protected member type all the way out. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            int m = c.getModifiers();
            boolean visible = java.lang.reflect.Modifier.isPublic(m)
                || c.getEnclosingClass() != null && java.lang.reflect.Modifier.isProtected(m);
            if (!visible || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    // ---- the scan can fail: these fixtures leak plumbing types in each kind of signature it checks

    /** Fixture: a plumbing type as a return type. */
    public static final class LeaksInAReturnType {
        public HttpPipeline pipeline() {
            return null;
        }
    }

    /** Fixture: a plumbing type in a type argument of a parameter, and in a protected constructor. */
    public static class LeaksInAParameter {
        protected LeaksInAParameter(List<? extends ServiceRequest<String>> requests) {
        }

        public void take(Function<String, ServiceRequest<String>> fetcher) {
        }
    }

    /** Fixture: a plumbing type as a type-parameter bound, in a supertype and in a field. */
    public static final class LeaksInBoundsAndSupertypes<T extends HttpPipeline> implements Supplier<ServiceRequest<T>> {
        public HttpPipeline[] pipelines;

        @Override
        public ServiceRequest<T> get() {
            return null;
        }
    }

    /** Fixture: package-private and private members are not API. */
    public static final class Clean {
        HttpPipeline hidden;

        private HttpPipeline alsoHidden() {
            return hidden;
        }

        public String visible() {
            return String.valueOf(alsoHidden());
        }
    }

    @Test
    void theScanFindsEachKindOfLeak() {
        Predicate<String> exported = p -> !p.startsWith("io.github.acsnumbers.implementation");
        SignatureScan scan = new SignatureScan(exported);
        List<String> found = new ArrayList<>();
        found.addAll(scan.violations(LeaksInAReturnType.class));
        found.addAll(scan.violations(LeaksInAParameter.class));
        found.addAll(scan.violations(LeaksInBoundsAndSupertypes.class));
        String all = String.join("\n", found);
        for (String expected : new String[] {"LeaksInAReturnType#pipeline return mentions " + HttpPipeline.class.getName(),
            "LeaksInAParameter#<init> parameter mentions " + ServiceRequest.class.getName(),
            "LeaksInAParameter#take parameter mentions " + ServiceRequest.class.getName(),
            "LeaksInBoundsAndSupertypes type parameter mentions " + HttpPipeline.class.getName(),
            "LeaksInBoundsAndSupertypes interface mentions " + ServiceRequest.class.getName(),
            "LeaksInBoundsAndSupertypes.pipelines mentions " + HttpPipeline.class.getName(),
            "LeaksInBoundsAndSupertypes#get return mentions " + ServiceRequest.class.getName()}) {
            assertTrue(all.contains(expected), "missing '" + expected + "' in:\n" + all);
        }
        assertEquals(List.of(), scan.violations(Clean.class));
        // the fixtures' own package is not one of ours that the predicate excludes, so only plumbing is reported
        assertTrue(found.stream().allMatch(v -> v.contains(".implementation.")), all);
    }

    // ---- a user of the module, and a user of the class path, with the published dependencies only

    private static List<String> publishedClassPath(FacadeArtifact facade) {
        List<String> out = new ArrayList<>();
        out.add(facade.jar.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalized = entry.replace(File.separatorChar, '/');
            for (String marker : PUBLISHED) {
                if (normalized.contains(marker) && normalized.endsWith(".jar")) {
                    out.add(entry);
                }
            }
        }
        return out;
    }

    private static final String MODULE_USER = """
        package user;

        import io.github.acsnumbers.core.auth.KeyCredential;
        import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
        import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
        import java.util.function.BiFunction;

        public final class ModuleUser implements BiFunction<String, String, String> {
            @Override
            public String apply(String endpoint, String key) {
                PurchasedPhoneNumber n = new PhoneNumbersClientBuilder().endpoint(endpoint)
                    .credential(new KeyCredential(key)).buildClient().getPurchasedPhoneNumber("+14255550100");
                return n.getPhoneNumber() + " " + n.getCapabilities().getCalling();
            }
        }
        """;

    @Test
    void aModuleUserCompilesAndRunsButCannotReachPlumbingOrStubs() throws Exception {
        FacadeArtifact facade = FacadeArtifact.locate("ModuleBoundaryTest.aModuleUserCompilesAndRuns...");
        String modulePath = String.join(File.pathSeparator, publishedClassPath(facade));
        Path src = work.resolve("src");
        Files.createDirectories(src.resolve("user"));
        Files.writeString(src.resolve("module-info.java"), "module user { requires " + MODULE + "; exports user; }");
        Files.writeString(src.resolve("user/ModuleUser.java"), MODULE_USER);
        Path classes = work.resolve("classes");
        String out = javac(0, modulePath, classes, src.resolve("module-info.java"), src.resolve("user/ModuleUser.java"));

        // the same module cannot name a stub class nor a plumbing class, although both are in the jar
        for (String hidden : new String[] {"io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber",
            "io.github.acsnumbers.implementation.http.HttpPipeline"}) {
            Path bad = work.resolve("bad-" + hidden.hashCode());
            Files.createDirectories(bad.resolve("user"));
            Files.writeString(bad.resolve("module-info.java"), "module user { requires " + MODULE + "; }");
            Files.writeString(bad.resolve("user/Reach.java"), "package user; public final class Reach { "
                + hidden + " x; }");
            String err = javac(1, modulePath, work.resolve("bad-classes"), bad.resolve("module-info.java"),
                bad.resolve("user/Reach.java"));
            assertTrue(err.contains("is not visible") || err.contains("does not export"), err);
        }

        // run it on the module path (a module layer of the published jars only) against a mock service
        ModuleFinder finder = ModuleFinder.of(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(classes), publishedClassPath(facade).stream().map(Path::of)).toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("user"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        try (MockWebServer server = new MockWebServer()) {
            UserProgram.answerWithNumber(server, 1);
            server.start();
            Class<?> type = layer.findLoader("user").loadClass("user.ModuleUser");
            assertTrue(type.getModule().isNamed(), "the program runs as a named module");
            assertEquals(MODULE, layer.findModule(MODULE).orElseThrow().getName());
            assertNotEquals(getClass().getClassLoader(), type.getClassLoader());
            @SuppressWarnings("unchecked")
            BiFunction<String, String, String> program = (BiFunction<String, String, String>) type
                .getConstructor().newInstance();
            String key = Base64.getEncoder().encodeToString("module-user".getBytes(StandardCharsets.UTF_8));
            assertEquals("+14255550100 inbound", program.apply("http://127.0.0.1:" + server.getPort() + "/", key),
                "compiler said:\n" + out);
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 "));
        }
    }

    @Test
    void theStubsAreNoSeparateDependency() throws Exception {
        FacadeArtifact facade = FacadeArtifact.locate("ModuleBoundaryTest.theStubsAreNoSeparateDependency");
        Path pom = facade.jar.resolveSibling("dependency-reduced-pom.xml");
        if (Files.exists(pom)) {
            String published = Files.readString(pom);
            assertFalse(published.contains("<artifactId>acs-phonenumbers-generated</artifactId>"),
                "the published POM still lists the stubs jar");
            assertTrue(published.contains("<artifactId>gson-fire</artifactId>"), "the stubs' own dependency is kept");
        }
        // a class-path user with the published jars only (no stubs jar) compiles and runs the README's snippet
        List<String> cp = publishedClassPath(facade);
        assertTrue(cp.stream().noneMatch(e -> e.contains("acs-phonenumbers-generated") || e.contains("generated/target")),
            cp.toString());
        Path classes = work.resolve("cp-classes");
        UserProgram.Compilation compiled = UserProgram.compile(cp,
            UserProgram.source(work.resolve("cp"), "user.ModuleUser", MODULE_USER), classes);
        assertEquals(0, compiled.exitCode(), compiled.diagnostics());
        try (MockWebServer server = new MockWebServer(); UserProgram.Loader loader = new UserProgram.Loader(classes, cp)) {
            UserProgram.answerWithNumber(server, 1);
            server.start();
            @SuppressWarnings("unchecked")
            BiFunction<String, String, String> program = loader.program("user.ModuleUser", BiFunction.class);
            String key = Base64.getEncoder().encodeToString("class-path-user".getBytes(StandardCharsets.UTF_8));
            assertEquals("+14255550100 inbound", program.apply("http://127.0.0.1:" + server.getPort() + "/", key));
        }
    }

    private static String javac(int expectedRc, String modulePath, Path classes, Path... sources) throws Exception {
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-proc:none", "--release", "17", "--module-path", modulePath,
            "-d", classes.toString()));
        for (Path s : sources) {
            args.add(s.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        String out = diagnostics.toString(StandardCharsets.UTF_8);
        if (expectedRc == 0) {
            assertEquals(0, rc, out);
        } else {
            assertNotEquals(0, rc, "compiled although it should not:\n" + out);
        }
        return out;
    }
}
