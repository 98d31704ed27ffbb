package io.github.acsnumbers.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.SecretGuard;
import io.github.acsnumbers.testing.Skip;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo jar, pointed at a standalone emulator started with {@code --faults 0.2}, completes every scenario (exit
 * code 0), with {@code --verbose}, without a stack trace and without printing a secret. The emulator runs with
 * {@code --log-requests}; its output is checked by SecretGuard when it is closed.
 *
 * <p>A stack-trace line is a {@code \tat frame(...)} line, a {@code Caused by:} line, {@code Exception in thread} or
 * a line that starts with an exception's class name. The SDK's INFO retry lines name the exception class of a
 * connection failure in passing ("connection failure (IOException)"); those are not stack traces.
 */
class DemoUnderFaultsTest {
    private static final Pattern STACK_TRACE = Pattern.compile(
        "(?m)^\\s*at [\\w.$/]+\\(.*\\)\\s*$|^Caused by: |Exception in thread|^[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error)\\b");
    /** Fault seeds, one demo run each; {@code -Ddemo.faultSeeds=1,2,3,4,5,6,7,8,9,10} for a longer check. */
    private static final List<String> SEEDS = List.of(System.getProperty("demo.faultSeeds", "1,6").split(","));

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void demoCompletesEveryScenarioAgainstAStandaloneEmulatorWithFaults() throws Exception {
        Optional<Path> demo = EmulatorProcess.projectFile("samples/target/acs-phonenumbers-demo.jar");
        if (demo.isEmpty()) {
            Skip.because("DemoUnderFaultsTest", "samples/target/acs-phonenumbers-demo.jar is not built "
                + "(mvn -pl tests -am verify builds it first)");
            return;
        }
        for (String seed : SEEDS) {
            runDemo(demo.get(), seed);
        }
    }

    private void runDemo(Path demo, String faultSeed) throws Exception {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String key = Base64.getEncoder().encodeToString(raw);
        SecretGuard.register(key);
        EmulatorProcess emulator;
        try {
            emulator = EmulatorProcess.start(List.of("--port", "0", "--access-key", key, "--faults", "0.2",
                "--fault-seed", faultSeed, "--log-requests"));
        } catch (EmulatorProcess.Unavailable e) {
            Skip.because("DemoUnderFaultsTest", "no process can be launched here: " + e.getMessage());
            return;
        }
        try (emulator) {
            Path log = dir.resolve("demo-" + faultSeed + ".log");
            List<String> command = new ArrayList<>(List.of(EmulatorProcess.java(), "-jar", demo.toString(),
                "--allow-changes", "--verbose", "--connection-string", emulator.connectionString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(4, TimeUnit.MINUTES);
            if (!ended) {
                p.destroyForcibly();
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            List<String> secrets = SecretGuard.findSecrets(out);
            List<String> traces = STACK_TRACE.matcher(out).results().map(m -> m.group().trim()).limit(5).toList();
            List<String> failed = out.lines().filter(l -> l.contains("FAIL")).toList();
            long retries = out.lines().filter(l -> l.contains("Retrying ")).count();
            long recovered = out.lines().filter(l -> l.contains("was lost") || l.contains("was not applied")).count();
            long reruns = out.lines().filter(l -> l.contains("running the scenario again")).count();
            long releasedBefore = out.lines().filter(l -> l.contains("found the number already released")).count();
            // the demo's own output can be printed: it has been checked for secrets first
            System.out.println("DEMO UNDER FAULTS (seed " + faultSeed + "): exit " + (ended ? p.exitValue()
                : "none (killed after 4 min)") + ", " + out.lines().count() + " lines, " + retries + " retries, "
                + recovered + " purchase start recoveries, " + reruns + " scenario re-runs, " + releasedBefore
                + " releases whose repeat found the number released, failed scenarios " + failed + ", stack-trace lines "
                + traces + ", secrets " + secrets);
            assertTrue(ended, "the demo ended within 4 minutes");
            assertEquals(List.of(), secrets, "secrets in the demo's output");
            assertEquals(List.of(), traces, "stack-trace lines in the demo's output");
            assertEquals(List.of(), failed, "failed scenarios");
            assertEquals(0, p.exitValue(), "the demo's exit code");
            assertTrue(out.contains("All scenarios completed."), "the demo says it completed");
            assertTrue(out.contains(" DEBUG "), "--verbose logs requests at DEBUG");
            // the emulator's own request log: SecretGuard reads it when the process is closed (EmulatorProcess)
            long requestLines = emulator.output().lines().filter(l -> l.matches("[A-Z]+ /\\S* -> \\d{3}.*"))
                .count();
            assertTrue(requestLines > 0, "the emulator printed its --log-requests lines");
        }
    }
}
