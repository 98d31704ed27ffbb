package io.github.acsnumbers.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acsnumbers.testing.SecretGuard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fidelity proof of issue 4: Microsoft's JavaScript SDK ({@code @azure/communication-phone-numbers} 1.5.0 and
 * {@code @azure/communication-identity} 1.3.1) runs its README scenarios against an in-process emulator, and a
 * watching pipeline policy compares every exchange with the recorded service behaviour (see
 * {@code emulator/js-fidelity/} and {@code docs/js-fidelity.md}).
 *
 * <p>Skipped, with a printed notice, when {@code node} or {@code npm} is not on the PATH, {@code node} is older
 * than 20, or the npm registry cannot be reached. The packages are installed into a copy under {@code target/}, never into the source tree.
 */
class JsSdkFidelityTest {

    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SCENARIO_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SELFTEST_TIMEOUT = Duration.ofMinutes(1);
    private static final int MIN_NODE_MAJOR = 20;
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    /** What npm prints when it cannot reach the registry (as opposed to a broken package.json or lock file). */
    private static final Pattern REGISTRY_UNREACHABLE = Pattern.compile(
            "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ERR_SOCKET_TIMEOUT"
                    + "|network request|request to https?://\\S+ failed|getaddrinfo|proxy|self.signed certificate"
                    + "|unable to get local issuer certificate|E403|E5\\d\\d|ENOTCACHED");

    /** Where the scripts and their packages are ready to run, and the node binary. */
    private record Prepared(Path work, Path node) {
    }

    /** Checks node and npm, copies the scripts below target/, installs the packages and runs the audit self-test. */
    private static Prepared prepare() throws Exception {
        Path node = executable("node");
        Path npm = executable("npm");
        if (node == null || npm == null) {
            skip("node and npm are not both on the PATH");
        }
        Run version = run(Path.of("."), Map.of(), SELFTEST_TIMEOUT, "node", node.toString(), "--version");
        int major = nodeMajor(version.lines());
        if (major < MIN_NODE_MAJOR) {
            skip("node " + String.join("", version.lines()) + " is older than " + MIN_NODE_MAJOR
                    + " (the SDK packages and the scripts need it)");
        }
        Path moduleDir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path source = moduleDir.resolve("js-fidelity");
        assertTrue(Files.isRegularFile(source.resolve("package-lock.json")), "missing " + source);
        Path work = moduleDir.resolve("target").resolve("js-fidelity");
        // node_modules from an earlier run with the same lock file is reused (npm ci would wipe and reinstall it)
        boolean installed = Files.isRegularFile(work.resolve("node_modules").resolve(".package-lock.json"))
                && Files.isRegularFile(work.resolve("package-lock.json"))
                && Files.mismatch(source.resolve("package-lock.json"), work.resolve("package-lock.json")) == -1;
        copySources(source, work);

        Run install = installed ? new Run(0, false, List.of()) : run(work, Map.of(), NPM_TIMEOUT, "npm",
                npm.toString(), "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error");
        if (install.exitCode() != 0) {
            String output = String.join("\n", install.lines());
            if (install.timedOut() || REGISTRY_UNREACHABLE.matcher(output).find()) {
                skip("npm ci could not reach the registry" + (install.timedOut() ? " (timed out)" : ""));
            }
            fail("npm ci failed (exit " + install.exitCode() + "):\n" + output);
        }

        Run selfTest = run(work, Map.of(), SELFTEST_TIMEOUT, "js", node.toString(), "wire-audit-selftest.mjs");
        assertEquals(0, selfTest.exitCode(), "the wire audit's self-test failed:\n" + String.join("\n",
                selfTest.lines()));

        return new Prepared(work, node);
    }

    @Test
    void javaScriptSdkReadmeScenariosPassAgainstTheEmulator() throws Exception {
        Prepared prepared = prepare();
        Path work = prepared.work();
        Path node = prepared.node();
        // short operation delays keep the pollers (100 ms interval) quick
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder()
                .operationDelay(Duration.ofMillis(200)).purchased(3).seed(11).start()) {
            SecretGuard.register(emulator.accessKey());
            Map<String, String> env = Map.of("ACS_CONNECTION_STRING", emulator.connectionString(),
                    "JS_FIDELITY_POLL_MS", "100");
            long started = System.nanoTime();
            Run scenarios = run(work, env, SCENARIO_TIMEOUT, "js", node.toString(), "scenarios.mjs");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            String output = String.join("\n", scenarios.lines());
            SecretGuard.check("the JavaScript SDK's output", output);
            if (scenarios.timedOut()) {
                fail("the JavaScript scenarios did not finish within " + SCENARIO_TIMEOUT + ":\n" + output);
            }
            assertEquals(0, scenarios.exitCode(), "a JavaScript SDK scenario failed:\n" + failures(scenarios));
            assertTrue(output.contains("JavaScript SDK scenarios passed"), "no success line in:\n" + output);
            assertEquals(0, emulator.rejectedAuthCount(), "the emulator refused a request the JS SDK signed");
            System.out.println("JS SDK fidelity: scenarios took " + millis + " ms");
        }
    }

    /**
     * Issue 16's proof: the JS SDK's catalog scenarios ({@code JS_FIDELITY_ONLY=catalog}) against the standalone
     * emulator process started with default options (only the class path differs from {@code java -jar}).
     */
    @Test
    void catalogScenariosPassAgainstTheStandaloneEmulatorWithDefaultOptions() throws Exception {
        Prepared prepared = prepare();
        Process emulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.acsnumbers.emulator.cli.EmulatorMain")
                .redirectErrorStream(true).start();
        try {
            String connectionString = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = Pattern.compile("(endpoint=http://127\\.0\\.0\\.1:\\d+/;accesskey=\\S+)").matcher(line);
                if (m.find()) {
                    connectionString = m.group(1);
                    break;
                }
            }
            assertTrue(connectionString != null, "the standalone emulator printed no connection string");
            SecretGuard.register(connectionString.substring(connectionString.indexOf("accesskey=") + 10));
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe from filling up
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "standalone-emulator-output");
            drain.setDaemon(true);
            drain.start();
            Run scenarios = run(prepared.work(), Map.of("ACS_CONNECTION_STRING", connectionString,
                    "JS_FIDELITY_ONLY", "catalog"), SCENARIO_TIMEOUT, "js-catalog", prepared.node().toString(),
                    "scenarios.mjs");
            String output = String.join("\n", scenarios.lines());
            SecretGuard.check("the JavaScript SDK's output", output);
            assertEquals(0, scenarios.exitCode(), "a JavaScript SDK catalog scenario failed:\n" + failures(scenarios));
            assertTrue(output.contains("all 4 JavaScript SDK scenarios passed"), "no success line in:\n" + output);
        } finally {
            emulator.destroy();
            if (!emulator.waitFor(10, TimeUnit.SECONDS)) {
                emulator.destroyForcibly();
            }
        }
    }

    /** The major version from {@code node --version} output such as {@code v20.20.2}, or 0. */
    private static int nodeMajor(List<String> lines) {
        for (String line : lines) {
            Matcher m = Pattern.compile("^v(\\d+)\\.").matcher(line.trim());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static void skip(String why) {
        io.github.acsnumbers.testing.Skip.because("JsSdkFidelityTest",
            why + "; the JavaScript SDK fidelity check did not run.");
    }

    /** The FAIL and wire lines, or everything when there are none. */
    private static String failures(Run r) {
        List<String> bad = r.lines().stream().filter(l -> l.startsWith("FAIL") || l.startsWith("     wire:")).toList();
        return String.join("\n", bad.isEmpty() ? r.lines() : bad);
    }

    /** Copies the committed files (not node_modules) so npm writes only below target/. */
    private static void copySources(Path source, Path work) throws IOException {
        Files.createDirectories(work);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".mjs") || name.endsWith(".json"))) {
                    Files.copy(f, work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The executable's path when it is on the PATH, else {@code null}. */
    private static Path executable(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        List<String> names = WINDOWS ? List.of(name + ".cmd", name + ".exe") : List.of(name);
        for (String dir : path.split(Pattern.quote(java.io.File.pathSeparator))) {
            if (dir.isBlank()) {
                continue;
            }
            for (String n : names) {
                Path p = Path.of(dir, n);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private record Run(int exitCode, boolean timedOut, List<String> lines) {
    }

    /** Runs a command, echoing its output line by line with a prefix, and stops it at the timeout. */
    private static Run run(Path dir, Map<String, String> env, Duration timeout, String prefix, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("npm_config_update_notifier", "false");
        Process p = pb.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    System.out.println("[" + prefix + "] " + line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "js-fidelity-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        synchronized (lines) {
            return new Run(finished ? p.exitValue() : -1, !finished, List.copyOf(lines));
        }
    }
}
