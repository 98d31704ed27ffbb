package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.Skip;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Microsoft's published Swagger in, working SDK out": builds a copy of the project with Microsoft's four published
 * files as the spec properties ({@code -Dphonenumbers.spec}, {@code -Dsiprouting.spec},
 * {@code -Dsiprouting.preview.spec}, {@code -Didentity.spec}), so the stubs come from them through spec-tools'
 * normalizer, the facade compiles on those stubs, and a subset of the suite (the facade's client tests and the
 * cross-module end-to-end tests against the emulator, plus the coverage check) passes on them.
 *
 * <p>The files are reference data beside the project ({@code ../shared/reference/specs}), never part of it: without
 * them the test is skipped with the reason printed. It runs the same Maven as the outer build, offline (the outer
 * build has already fetched every artifact), in a temporary copy, so it touches no {@code target/} of the project.
 */
class MicrosoftSpecBuildTest {
    /** The four published documents, relative to the reference folder, by Maven property. */
    static final String[][] UPSTREAM = {
        {"phonenumbers.spec", "PhoneNumbers/stable/2025-06-01/phonenumbers.json"},
        {"siprouting.spec", "SipRouting/stable/2023-03-01/communicationservicessiprouting.json"},
        {"siprouting.preview.spec", "SipRouting/preview/2024-11-15-preview/communicationservicessiprouting.json"},
        {"identity.spec", "Identity/stable/2026-09-23/CommunicationIdentity.json"},
    };
    /** What the nested build runs: the client tests of the facade, the end-to-end suite, the coverage check. */
    static final String SUBSET = "**/phonenumbers/*Test,**/siprouting/SipRouting*ClientTest,"
        + "**/identity/CommunicationIdentity*ClientTest,**/e2e/*E2eTest,OperationCoverageTest";
    private static final long TIMEOUT_MINUTES = 12;
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea", "node_modules");

    @Test
    void theSdkBuildsAndPassesOnMicrosoftsPublishedFiles(@TempDir Path tmp) throws Exception {
        Path root = RegenerationTest.findRootForTests();
        Path specs = root.resolve("..").resolve("shared").resolve("reference").resolve("specs").normalize();
        if (!Files.isDirectory(specs)) {
            Skip.because("theSdkBuildsAndPassesOnMicrosoftsPublishedFiles", specs
                + " is absent (Microsoft's Swagger files are reference data, not shipped with the project)");
        }
        String given = System.getProperty("phonenumbers.spec", "");
        if (!given.isBlank() && !given.replace('\\', '/').endsWith("api-spec/phonenumbers.yaml")) {
            Skip.because("theSdkBuildsAndPassesOnMicrosoftsPublishedFiles", "this build already runs on other spec "
                + "files (" + given + "); the nested build would repeat it");
        }
        Path copy = tmp.resolve("project");
        copyProject(root, copy);

        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-o", "verify", "-pl", "tests", "-am",
            "-Dtest=" + SUBSET, "-Dsurefire.failIfNoSpecifiedTests=false"));
        for (String[] u : UPSTREAM) {
            Path file = specs.resolve(u[1]);
            assertTrue(Files.isRegularFile(file), "missing reference file " + file);
            command.add("-D" + u[0] + "=" + file);
        }
        Path log = tmp.resolve("build.log");
        Process p = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("the build on Microsoft's files took more than " + TIMEOUT_MINUTES
                + " minutes; last lines:\n" + tail(log, 40));
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), "the build on Microsoft's files failed:\n" + tail(log, 80));
        assertTrue(out.contains("[spec-tools] normalized " + specs.resolve(UPSTREAM[0][1])),
            "the stubs came from Microsoft's file through the normalizer");
        int ran = testsRun(out);
        System.out.println("[MicrosoftSpecBuildTest] facade compiled on the stubs of Microsoft's four files; "
            + ran + " tests of the subset passed on them");
        assertTrue(ran >= 200, "expected the facade client tests and the end-to-end suite to run, but only "
            + ran + " tests ran:\n" + tail(log, 60));
        long e2eClasses = out.lines().filter(l -> l.contains("-- in io.github.acsnumbers.e2e.")).count();
        assertTrue(e2eClasses >= 5, "the end-to-end classes against the emulator ran (" + e2eClasses + ")");
    }

    /** Sum of the per-module "Tests run: N, ..." summary lines (the ones without "Time elapsed"). */
    static int testsRun(String out) {
        Matcher m = Pattern.compile("(?m)^\\[[A-Z]+\\] Tests run: (\\d+), Failures: \\d+, Errors: \\d+, Skipped: \\d+$")
            .matcher(out);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static String maven() {
        String home = System.getProperty("maven.home");
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
        String exe = windows ? "mvn.cmd" : "mvn";
        if (home != null && !home.isBlank() && Files.isRegularFile(Path.of(home, "bin", exe))) {
            return Path.of(home, "bin", exe).toString();
        }
        return exe;
    }

    private static void copyProject(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && NOT_COPIED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
