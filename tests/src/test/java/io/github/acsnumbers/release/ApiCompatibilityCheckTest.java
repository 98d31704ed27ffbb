package io.github.acsnumbers.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.Skip;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API-compatibility check of {@code -Prelease} (japicmp, configured in the parent POM) fails the build on a
 * breaking change against the baseline given by {@code -Dapi.baseline}: a tiny fixture project, whose parent is this
 * repository's parent POM and which opts in like the facade does, is built offline by Maven against a baseline jar
 * once with a removed method (the build must fail) and once with an added one (it must pass).
 */
class ApiCompatibilityCheckTest {
    private static final String V1 = """
        package fixture;
        /** Fixture API. */
        public final class Greeter {
            /** Creates one. */
            public Greeter() {
            }
            /** @param name a name @return a greeting */
            public String greet(String name) {
                return "hello " + name;
            }
            /** @return a count */
            public int count() {
                return 1;
            }
        }
        """;

    @TempDir
    Path work;

    @Test
    void aRemovedPublicMethodFailsTheReleaseBuildAndAnAddedOneDoesNot() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !(Files.exists(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("bom")))) {
            root = root.getParent();
        }
        if (root == null) {
            Skip.because("ApiCompatibilityCheckTest", "the repository's parent POM was not found above " + Path.of(""));
            return;
        }
        String mvn = findMaven();
        if (mvn == null) {
            Skip.because("ApiCompatibilityCheckTest", "no mvn on PATH or under MAVEN_HOME");
            return;
        }
        Path baseline = baselineJar();

        Path broken = fixture("broken", root,
            V1.replaceAll("(?s)\\s*/\\*\\* @return a count \\*/.*?return 1;\\s*}", ""));
        assertTrue(!Files.readString(broken.resolve("src/main/java/fixture/Greeter.java")).contains("count()"),
            "the broken fixture really lacks count()");
        Result failing = runMaven(mvn, broken, baseline);
        assertNotEquals(0, failing.exitCode, "removing a public method must fail -Prelease:\n" + failing.output);
        assertTrue(failing.output.contains("japicmp") && failing.output.contains("count"),
            "the failure should be japicmp's, naming the removed method:\n" + failing.output);

        Path compatible = fixture("compatible", root, V1.replace("    /** @return a count */",
            "    /** @return a size */\n    public int size() {\n        return 2;\n    }\n    /** @return a count */"));
        Result passing = runMaven(mvn, compatible, baseline);
        assertEquals(0, passing.exitCode, "adding a method must pass -Prelease:\n" + passing.output);
    }

    private Path baselineJar() throws IOException {
        Path src = work.resolve("v1/src/fixture/Greeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, V1);
        Path classes = work.resolve("v1/classes");
        Files.createDirectories(classes);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "--release", "17", "-d",
            classes.toString(), src.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        Path jar = work.resolve("v1/api-fixture-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fixture/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("fixture/Greeter.class"));
            out.write(Files.readAllBytes(classes.resolve("fixture/Greeter.class")));
            out.closeEntry();
        }
        return jar;
    }

    private Path fixture(String name, Path root, String source) throws IOException {
        Path dir = work.resolve(name);
        Path src = dir.resolve("src/main/java/fixture/Greeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Files.writeString(dir.resolve("pom.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>io.github.acsnumbers</groupId>
                <artifactId>acs-phonenumbers-parent</artifactId>
                <version>0.1.0-SNAPSHOT</version>
                <relativePath>%s</relativePath>
              </parent>
              <artifactId>api-fixture</artifactId>
              <properties>
                <japicmp.skip>${api.check.skip}</japicmp.skip>
              </properties>
            </project>
            """.formatted(dir.toAbsolutePath().relativize(root.resolve("pom.xml")))); // Maven 3.8: relative only
        return dir;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runMaven(String mvn, Path project, Path baseline) throws Exception {
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-o", "-Prelease", "package",
            "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true", "-Dapi.baseline=" + baseline));
        Path log = project.resolve("maven.log");
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("Maven did not finish within 5 minutes:\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    private static String findMaven() {
        List<Path> candidates = new ArrayList<>();
        String home = System.getenv("MAVEN_HOME");
        if (home != null) {
            candidates.add(Path.of(home, "bin", "mvn"));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, "mvn")).forEach(candidates::add);
        }
        return candidates.stream().filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
    }
}
