package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.SecretGuard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The facade's suite runs with the SDK logging at DEBUG through the real path (SLF4J, slf4j-simple, configured by
 * {@code simplelogger.properties} and the POM) into {@code target/sdk-debug.log}, and SecretGuard reads that file
 * after every test. This proves both halves: a request really produces its DEBUG lines in that file, and a
 * registered secret in such a line makes the guard fail.
 */
class SdkDebugLogGuardTest extends PhoneNumbersTestBase {

    private static Path debugLog() {
        List<Path> watched = SecretGuard.watchedLogFiles();
        assertEquals(1, watched.size(), "the facade's surefire configuration names one watched log file");
        return watched.get(0);
    }

    @Test
    void requestsAreLoggedAtDebugIntoTheFileTheGuardReads() throws Exception {
        Path log = debugLog();
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        assertEquals(log.toAbsolutePath(), Path.of(logFile).toAbsolutePath(), "slf4j-simple writes the watched file");
        long before = Files.exists(log) ? Files.size(log) : 0;
        long inspectedBefore = SecretGuard.logLinesInspected();
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        assertFalse(client.listPurchasedPhoneNumbers().iterator().hasNext());
        byte[] all = Files.readAllBytes(log);
        String added = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        List<String> debug = added.lines().filter(l -> l.contains("DEBUG io.github.acsnumbers.http")).toList();
        assertEquals(2, debug.size(), "one line for the request and one for the answer: " + added);
        assertTrue(debug.get(0).contains("--> GET /phoneNumbers?"), debug.get(0));
        assertTrue(debug.get(1).contains("<-- 200 GET /phoneNumbers?"), debug.get(1));
        SecretGuard.checkLogFiles();
        assertTrue(SecretGuard.logLinesInspected() >= inspectedBefore + 2, "the guard read the new lines");
    }

    @Test
    void aRegisteredSecretInADebugRequestLineIsCaught() {
        // a probe value registered as a secret, sent where the request line shows it (the path)
        String probe = "1425" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        SecretGuard.register(probe);
        server.enqueue(json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no\"}}"));
        assertThrows(RuntimeException.class, () -> client.getPurchasedPhoneNumber("+" + probe));
        AssertionError caught = assertThrows(AssertionError.class, SecretGuard::checkLogFiles);
        assertTrue(caught.getMessage().contains("sdk-debug.log"), caught.getMessage());
        // the lines are read once, so the guard's own check after this test finds nothing new
    }
}
