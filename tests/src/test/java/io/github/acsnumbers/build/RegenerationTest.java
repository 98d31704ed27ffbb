package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.spectools.SpecNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * "A new api-version is a spec edit plus a rebuild": runs the same normalizer and generator, with the same options
 * files from {@code generator-config/}, on our spec with an operation added, compiles the result, and checks that
 * the coverage check reports the operation. (Microsoft's published files go through the whole build, facade and
 * suite included, in {@link MicrosoftSpecBuildTest}.)
 */
class RegenerationTest {
    private static final Path ROOT = findRoot();

    @Test
    void anAddedOperationRegeneratesAndIsReportedWithoutAFacadeMethod(@TempDir Path tmp) throws Exception {
        String spec = Files.readString(ROOT.resolve("api-spec/phonenumbers.yaml"));
        String added = "paths:\n"
            + "  /phoneNumbers/{phoneNumber}/:verifyOwnership:\n"
            + "    post:\n"
            + "      operationId: verifyOwnership\n"
            + "      parameters:\n"
            + "        - name: phoneNumber\n"
            + "          in: path\n"
            + "          required: true\n"
            + "          schema:\n"
            + "            type: string\n"
            + "      responses:\n"
            + "        '204':\n"
            + "          description: owned\n";
        assertTrue(spec.contains("\npaths:\n"), "the spec has a top-level paths section");
        Path edited = tmp.resolve("phonenumbers.yaml");
        Files.writeString(edited, spec.replaceFirst("\npaths:\n", "\n" + added));
        Path out = tmp.resolve("gen");
        generate(edited, "phonenumbers", "PhoneNumbers", out);
        Path api = out.resolve("src/main/java/io/github/acsnumbers/generated/phonenumbers/api/PhoneNumbersApi.java");
        assertTrue(Files.readString(api).contains("verifyOwnership"), "the new operation reached the stubs");
        compile(out, tmp.resolve("classes"));

        List<String> missing = OperationCoverageTest.missingOperations(List.of(edited));
        assertEquals(List.of("verifyOwnership (phonenumbers.yaml)"), missing,
            "the coverage check names exactly the operation without a facade method");
    }

    /**
     * Runs the generator as generated/pom.xml does: spec-tools' normalizer first, then openapi-generator with the
     * same options file (read by the generator's own configuration reader, as the Maven plugin does).
     */
    static int generate(Path spec, String configName, String tag, Path out) throws IOException {
        Path normalized = out.resolveSibling(out.getFileName() + "-normalized.json");
        new SpecNormalizer(Map.of()).normalizeFile(spec, normalized);
        GlobalSettings.setProperty("apiTests", "false");
        GlobalSettings.setProperty("modelTests", "false");
        GlobalSettings.setProperty("apiDocs", "false");
        GlobalSettings.setProperty("modelDocs", "false");
        CodegenConfigurator c = CodegenConfigurator.fromFile(
                ROOT.resolve("generator-config").resolve(configName + ".yaml").toString())
            .setGeneratorName("java")
            .setLibrary("okhttp-gson")
            .setInputSpec(normalized.toString())
            .setOutputDir(out.toString())
            .setRemoveOperationIdPrefix(true)
            .addOpenapiNormalizer("SET_TAGS_FOR_ALL_OPERATIONS", tag)
            .addOpenapiNormalizer("SECURITY_SCHEMES_FILTER", "type:apiKey");
        List<java.io.File> files = new DefaultGenerator().opts(c.toClientOptInput()).generate();
        return files.size();
    }

    static void compile(Path generated, Path classes) throws IOException {
        List<String> sources;
        try (Stream<Path> s = Files.walk(generated.resolve("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
            "-cp", System.getProperty("java.class.path")));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        assertEquals(0, rc, "generated code does not compile:\n" + err.toString(StandardCharsets.UTF_8));
    }

    /** @return the project folder (the one with {@code api-spec/}) */
    static Path findRootForTests() {
        return ROOT;
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("api-spec"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }
}
