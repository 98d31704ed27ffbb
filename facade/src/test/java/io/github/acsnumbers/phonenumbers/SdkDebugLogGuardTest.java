package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.SecretGuard;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The facade's suite runs with the SDK logging at DEBUG through the real path (SLF4J and slf4j-simple, configured
 * by {@code src/test/resources/simplelogger.properties}), and SecretGuard checks that output after every test. This
 * proves both halves: a request really produces its DEBUG lines where the guard reads, and a registered secret in
 * such a line is caught.
 */
class SdkDebugLogGuardTest extends PhoneNumbersTestBase {

    @Test
    void requestsAreLoggedAtDebugWhereTheGuardReads() {
        SecretGuard.checkNow(); // start from here
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        assertFalse(client.listPurchasedPhoneNumbers().iterator().hasNext());
        String checked = SecretGuard.checkNow();
        List<String> debug = checked.lines().filter(l -> l.contains("DEBUG io.github.acsnumbers.http")).toList();
        assertEquals(2, debug.size(), "one line for the request and one for the answer: " + checked);
        assertTrue(debug.get(0).contains("--> GET /phoneNumbers?"), debug.get(0));
        assertTrue(debug.get(1).contains("<-- 200 GET /phoneNumbers?"), debug.get(1));
    }

    @Test
    void aRegisteredSecretInADebugRequestLineIsCaught() {
        // a probe value registered as a secret, sent where only the DEBUG request line shows it (the path)
        String probe = "1425" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        SecretGuard.register(probe);
        server.enqueue(json(200, "{\"phoneNumbers\":[]}"));
        client.listPurchasedPhoneNumbers().iterator().hasNext();
        SecretGuard.checkNow(); // clean so far
        server.enqueue(json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no\"}}"));
        assertThrows(RuntimeException.class, () -> client.getPurchasedPhoneNumber("+" + probe));
        AssertionError caught = assertThrows(AssertionError.class, SecretGuard::checkNow);
        assertTrue(caught.getMessage().contains("a registered secret"), caught.getMessage());
        // the text is checked once, so the guard's own check after this test finds nothing new
    }
}
