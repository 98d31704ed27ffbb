package io.github.acsnumbers.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.testing.SecretGuard;
import io.github.acsnumbers.testing.Skip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded command line jar ({@code cli/target/acs-numbers.jar}, built by {@code mvn -B -q -DskipTests package})
 * as a user runs it, against the standalone emulator as a separate process: {@code --help}, {@code sip export},
 * {@code sip plan -f FILE} in sync (exit 0) and after an edit (exit 2, the diff), {@code sip apply --yes}, and a
 * refusal to change anything without a terminal and without {@code --yes}. The connection string goes through the
 * environment, as in a pipeline, and is never printed.
 */
class CliJarTest {
    @TempDir
    Path dir;

    /** One finished process run. */
    private record Run(int code, String out, String err) {
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sipPlanFromTheShadedJarAgainstAStandaloneEmulator() throws Exception {
        Optional<Path> jar = EmulatorProcess.projectFile("cli/target/acs-numbers.jar");
        if (jar.isEmpty()) {
            Skip.because("CliJarTest", "cli/target/acs-numbers.jar is not built (mvn -pl tests -am verify builds it "
                + "first)");
            return;
        }
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String key = Base64.getEncoder().encodeToString(raw);
        SecretGuard.register(key);
        EmulatorProcess emulator;
        try {
            emulator = EmulatorProcess.start(List.of("--port", "0", "--access-key", key));
        } catch (EmulatorProcess.Unavailable e) {
            Skip.because("CliJarTest", "no process can be launched here: " + e.getMessage());
            return;
        }
        try (emulator) {
            SipRoutingClient sip = new SipRoutingClientBuilder().connectionString(emulator.connectionString())
                .buildClient();
            sip.setTrunks(List.of(new SipTrunk("sbc.one.contoso.com", 5061)));
            sip.setRoutes(List.of(new SipTrunkRoute("All", "^\\+\\d+$", List.of("sbc.one.contoso.com"))));

            Run help = run(jar.get(), emulator, "--help");
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().contains("Usage: acs-numbers") && help.out().contains("sip")
                && help.out().contains("numbers") && help.out().contains("operation"), help.out());

            Path file = dir.resolve("sip.yaml");
            Run export = run(jar.get(), emulator, "sip", "export", "-o", file.toString());
            assertEquals(0, export.code(), export.err());

            Run inSync = run(jar.get(), emulator, "sip", "plan", "-f", file.toString());
            assertEquals(0, inSync.code(), inSync.out() + inSync.err());
            assertTrue(inSync.out().contains("No changes"), inSync.out());

            Files.writeString(file, Files.readString(file).replace("5061", "5062"));
            Run pending = run(jar.get(), emulator, "sip", "plan", "-f", file.toString());
            assertEquals(2, pending.code(), pending.out() + pending.err());
            assertTrue(pending.out().contains("~ sbc.one.contoso.com: port 5061 -> 5062"), pending.out());

            Run refused = run(jar.get(), emulator, "sip", "apply", "-f", file.toString());
            assertEquals(1, refused.code(), refused.out() + refused.err());
            assertTrue(refused.err().startsWith("error [CONFIRMATION_NEEDED]: "), refused.err());
            assertEquals(5061, sip.getTrunk("sbc.one.contoso.com").orElseThrow().getSipSignalingPort());

            Run apply = run(jar.get(), emulator, "sip", "apply", "-f", file.toString(), "--yes");
            assertEquals(0, apply.code(), apply.out() + apply.err());
            assertEquals(5062, sip.getTrunk("sbc.one.contoso.com").orElseThrow().getSipSignalingPort());
            assertEquals(0, run(jar.get(), emulator, "sip", "plan", "-f", file.toString()).code());
        }
    }

    private Run run(Path jar, EmulatorProcess emulator, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(EmulatorProcess.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null").exists()
                ? new java.io.File("/dev/null") : out.toFile()));
        pb.environment().put("COMMUNICATION_SERVICES_CONNECTION_STRING", emulator.connectionString());
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("acs-numbers " + String.join(" ", args) + " did not end within 2 minutes");
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        System.out.println("$ acs-numbers " + String.join(" ", args) + "   -> exit " + r.code());
        System.out.print(r.out());
        System.out.print(r.err());
        assertTrue(SecretGuard.findSecrets(r.out() + r.err()).isEmpty(), "a secret was printed");
        assertFalse((r.out() + r.err()).contains("\tat "), "stack trace printed");
        return r;
    }
}
