package io.github.acsnumbers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that SecretGuard, installed the way every module installs it (JUnit extension auto-detection through
 * META-INF/services, switched on by a configuration parameter), turns a test that prints a secret into a failed
 * test, names the leak in the failure without quoting the secret, and leaves a clean test passing. The probes are
 * run in a nested JUnit Jupiter engine via EngineTestKit; they are {@code @Disabled} so that surefire's own run
 * skips them, and the nested run deactivates that condition. The failure messages asserted on are SecretGuard's
 * own, so the failures cannot come from the probes themselves. (A control run of the leaking probe without the
 * guard is not possible here: this class itself runs under the guard, which would then catch the probe's output.)
 */
class SecretGuardFailsLeakingTestsTest {
    /** A fake secret, used only by the probes. */
    static final String FAKE_SECRET = "fake-probe-secret-9c1e4b7a";

    private static final String AUTODETECT = "junit.jupiter.extensions.autodetection.enabled";

    @Test
    void aTestThatPrintsARegisteredSecretFails() {
        Events tests = run(LeakingProbe.class, true);
        assertEquals(1, tests.started().count(), "the probe ran");
        assertEquals(1, tests.failed().count(), "the leaking probe must be reported as failed");
        String failure = failureText(tests);
        assertTrue(failure.contains("Secret printed or logged during"), failure);
        assertTrue(failure.contains("a registered secret (" + FAKE_SECRET.length() + " chars)"), failure);
        assertFalse(failure.contains(FAKE_SECRET), "the failure must not quote the secret");
    }

    @Test
    void aTestThatThrowsASecretInItsMessageFails() {
        Events tests = run(ThrowingProbe.class, true);
        assertEquals(1, tests.failed().count(), "the probe must be reported as failed");
        String failure = failureText(tests);
        assertTrue(failure.contains("Secret in an exception message"), failure);
        assertFalse(failure.contains(FAKE_SECRET), "the failure must not quote the secret");
    }

    @Test
    void aTestThatLogsASecretToAWatchedLogFileFails(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        LogLeakingProbe.log = dir.resolve("probe.log");
        SecretGuard.watchLogFile(LogLeakingProbe.log);
        Events tests = run(LogLeakingProbe.class, true);
        assertEquals(1, tests.failed().count(), "the probe that logged a secret must be reported as failed");
        String failure = failureText(tests);
        assertTrue(failure.contains("Secret printed or logged during"), failure);
        assertFalse(failure.contains(FAKE_SECRET), "the failure must not quote the secret");
    }

    @Test
    void aCleanTestPasses() {
        Events tests = run(CleanProbe.class, true);
        assertEquals(1, tests.started().count(), "the probe ran");
        assertEquals(1, tests.succeeded().count(), "a test printing no secret must pass under the guard");
        assertEquals(0, tests.failed().count());
    }

    private static Events run(Class<?> probe, boolean autodetect) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
            .configurationParameter(AUTODETECT, Boolean.toString(autodetect))
            .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
            .selectors(selectClass(probe))
            .execute();
        // the class-level container must finish cleanly: the leak is reported on the test, not later
        assertEquals(0, results.containerEvents().failed().count(), "no container failure");
        return results.testEvents();
    }

    private static String failureText(Events tests) {
        List<Event> failed = tests.failed().list();
        Throwable t = failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
            .orElseThrow(() -> new AssertionError("failed without a throwable"));
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w)); // includes suppressed exceptions and causes
        assertTrue(failed.get(0).getType() == EventType.FINISHED);
        return w.toString();
    }

    /** Prints a registered secret. */
    @Disabled("probe: run only through EngineTestKit by SecretGuardFailsLeakingTestsTest")
    static class LeakingProbe {
        @Test
        void printsASecret() {
            SecretGuard.register(FAKE_SECRET);
            System.out.println("connecting with key " + FAKE_SECRET);
        }
    }

    /** Throws an exception whose message holds a registered secret. */
    @Disabled("probe: run only through EngineTestKit by SecretGuardFailsLeakingTestsTest")
    static class ThrowingProbe {
        @Test
        void throwsASecret() {
            SecretGuard.register(FAKE_SECRET);
            throw new IllegalStateException("bad key " + FAKE_SECRET);
        }
    }

    /** Writes a secret into a log file the guard watches (as a logging framework would), printing nothing. */
    @Disabled("probe: run only through EngineTestKit by SecretGuardFailsLeakingTestsTest")
    static class LogLeakingProbe {
        static java.nio.file.Path log;

        @Test
        void logsASecret() throws java.io.IOException {
            SecretGuard.register(FAKE_SECRET);
            java.nio.file.Files.writeString(log, "DEBUG --> GET /x?key=" + FAKE_SECRET + "\n");
        }
    }

    /** Prints nothing secret. */
    @Disabled("probe: run only through EngineTestKit by SecretGuardFailsLeakingTestsTest")
    static class CleanProbe {
        @Test
        void printsNothingSecret() {
            SecretGuard.register(FAKE_SECRET);
            System.out.println("connecting with a key of " + FAKE_SECRET.length() + " chars");
        }
    }
}
