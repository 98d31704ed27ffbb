package io.github.acsnumbers.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * How {@link EmulatorProcess} classifies a failure to start, and what the suites that need the process make of it:
 * only "no process can be launched at all" (no java launcher) is {@link EmulatorProcess.Unavailable}, which the
 * suites report as a printed skip; a jar or emulator of ours that does not come up (empty jar, bad option, no or a
 * wrong listening line, silence) is an {@link IllegalStateException}, and the suites fail.
 */
class EmulatorProcessClassificationTest {
    private static final List<String> ARGS = List.of("--port", "0");

    @TempDir
    Path dir;

    private static List<String> mainClass(Class<?> main) {
        return List.of("-cp", System.getProperty("java.class.path"), main.getName());
    }

    @Test
    void noJavaLauncherIsTheOnlyUnavailable() {
        String missing = dir.resolve("no-such-jdk/bin/java").toString();
        EmulatorProcess.Unavailable e = assertThrows(EmulatorProcess.Unavailable.class,
            () -> EmulatorProcess.start(missing, EmulatorProcess.emulatorLaunch(), ARGS, Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("no executable java launcher"), e.getMessage());
    }

    @Test
    void anEmptyJarIsAFailure() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jar"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> EmulatorProcess.start(EmulatorProcess.java(), List.of("-jar", empty.toString()), ARGS,
                Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("ended before listening"), e.getMessage());
    }

    @Test
    void aBadOptionIsAFailure() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> EmulatorProcess.start(EmulatorProcess.java(),
                mainClass(io.github.acsnumbers.emulator.cli.EmulatorMain.class), List.of("--no-such-option"),
                Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("ended before listening") && e.getMessage().contains("--no-such-option"),
            e.getMessage());
    }

    @Test
    void aProcessThatEndsWithoutAListeningLineIsAFailure() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> EmulatorProcess.start(EmulatorProcess.java(), mainClass(PrintsAndEnds.class), ARGS,
                Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("ended before listening") && e.getMessage().contains("not an emulator"),
            e.getMessage());
    }

    @Test
    void aWrongListeningLineIsAFailure() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> EmulatorProcess.start(EmulatorProcess.java(), mainClass(WrongListeningLine.class), ARGS,
                Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("unexpected listening line"), e.getMessage());
    }

    @Test
    void aSilentProcessIsAFailureAfterTheWait() {
        // the wait is a bound, not a measurement: the process never prints, so any bound ends the same way
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> EmulatorProcess.start(EmulatorProcess.java(), mainClass(Silent.class), ARGS,
                Duration.ofSeconds(2)));
        assertTrue(e.getMessage().contains("did not print its listening line"), e.getMessage());
    }

    /** The suites themselves, run on an empty emulator jar: they fail, none of them is skipped. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theSuitesFailOnAnEmptyJarInsteadOfSkipping() throws Exception {
        Path empty = Files.createFile(dir.resolve("acs-phonenumbers-emulator.jar"));
        boolean demoBuilt = EmulatorProcess.projectFile("samples/target/acs-phonenumbers-demo.jar").isPresent();
        EmulatorProcess.launchOverride = List.of("-jar", empty.toString());
        Events crash;
        Events demo;
        try {
            crash = EngineTestKit.engine("junit-jupiter").selectors(selectClass(CrashRecoveryTest.class)).execute()
                .testEvents();
            demo = EngineTestKit.engine("junit-jupiter").selectors(selectClass(DemoUnderFaultsTest.class)).execute()
                .testEvents();
        } finally {
            EmulatorProcess.launchOverride = null;
        }
        assertEquals(1, crash.failed().count(), "CrashRecoveryTest must fail");
        assertEquals(0, crash.skipped().count() + crash.aborted().count(), "CrashRecoveryTest must not skip");
        assertTrue(crash.failed().stream().anyMatch(e -> e.getPayload(
                org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable())
            .map(t -> t instanceof IllegalStateException && t.getMessage().contains("failed to start"))
            .orElse(false)), "the failure is the emulator's start");
        if (demoBuilt) {
            // without the demo jar the suite skips before it starts any emulator (a build-order reason, printed)
            assertEquals(1, demo.failed().count(), "DemoUnderFaultsTest must fail");
            assertEquals(0, demo.skipped().count() + demo.aborted().count(), "DemoUnderFaultsTest must not skip");
        }
    }

    /** Prints something that is not a listening line and ends. */
    static final class PrintsAndEnds {
        public static void main(String[] args) {
            System.out.println("not an emulator");
        }
    }

    /** Prints a listening line without a connection string, then waits to be killed. */
    static final class WrongListeningLine {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ACS emulator listening: on a port somewhere");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** Prints nothing and waits to be killed. */
    static final class Silent {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(120_000);
        }
    }
}
