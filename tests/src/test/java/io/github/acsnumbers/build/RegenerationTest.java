package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * "A new api-version is a spec edit plus a rebuild": runs the same generator, with the same options files from
 * {@code generator-config/}, on other documents and compiles the result — Microsoft's upstream Swagger 2.0 files for
 * the same versions (when the reference folder is present), and our own spec with an operation added, which the
 * coverage check must then report.
 */
class RegenerationTest {
    private static final Path ROOT = findRoot();
    private static final Path SHARED_SPECS = ROOT.resolve("..").resolve("shared").resolve("reference").resolve("specs")
        .normalize();

    @Test
    void upstreamSwaggerFilesGenerateAndCompile(@TempDir Path tmp) throws Exception {
        Map<String, String[]> upstream = Map.of(
            "phonenumbers", new String[] {"PhoneNumbers/stable/2025-06-01/phonenumbers.json", "PhoneNumbers"},
            "siprouting", new String[] {"SipRouting/stable/2023-03-01/communicationservicessiprouting.json", "SipRouting"},
            "siprouting-preview", new String[] {"SipRouting/preview/2024-11-15-preview/communicationservicessiprouting.json",
                "SipRouting"},
            "identity", new String[] {"Identity/stable/2026-09-23/CommunicationIdentity.json", "Identity"});
        if (!Files.isDirectory(SHARED_SPECS)) {
            io.github.acsnumbers.testing.Skip.because("upstreamSwaggerFilesGenerateAndCompile", SHARED_SPECS
                + " is absent (Microsoft's Swagger files are reference data, not shipped with the project)");
        }
        for (Map.Entry<String, String[]> e : upstream.entrySet()) {
            Path out = tmp.resolve(e.getKey());
            int files = generate(SHARED_SPECS.resolve(e.getValue()[0]), e.getKey(), e.getValue()[1], out);
            assertTrue(files > 5, e.getKey() + ": only " + files + " files generated");
            compile(out, tmp.resolve(e.getKey() + "-classes"));
        }
    }

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

    /** Runs the generator as generated/pom.xml does, reading the same options file. */
    static int generate(Path spec, String configName, String tag, Path out) throws IOException {
        GlobalSettings.setProperty("apiTests", "false");
        GlobalSettings.setProperty("modelTests", "false");
        GlobalSettings.setProperty("apiDocs", "false");
        GlobalSettings.setProperty("modelDocs", "false");
        CodegenConfigurator c = new CodegenConfigurator()
            .setGeneratorName("java")
            .setLibrary("okhttp-gson")
            .setInputSpec(spec.toString())
            .setOutputDir(out.toString())
            .setRemoveOperationIdPrefix(true)
            .addOpenapiNormalizer("SET_TAGS_FOR_ALL_OPERATIONS", tag)
            .addOpenapiNormalizer("SECURITY_SCHEMES_FILTER", "type:apiKey");
        for (String line : Files.readAllLines(ROOT.resolve("generator-config").resolve(configName + ".yaml"))) {
            String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            int colon = l.indexOf(':');
            if (l.isBlank() || l.startsWith(" ") || colon < 0 || l.substring(colon + 1).isBlank()) {
                continue; // comments, list items and the ignore list
            }
            String key = l.substring(0, colon).trim();
            String value = l.substring(colon + 1).trim();
            switch (key) {
                case "invokerPackage": c.setInvokerPackage(value); break;
                case "apiPackage": c.setApiPackage(value); break;
                case "modelPackage": c.setModelPackage(value); break;
                default: c.addAdditionalProperty(key, value.equals("true") || value.equals("false")
                    ? Boolean.valueOf(value) : value);
            }
        }
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

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("api-spec"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }
}
