package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.EmulatorTestKeys;
import io.github.acsnumbers.testing.SecretGuard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code requestLog} (the CLI's {@code --log-requests}): one line per request, never a secret. */
class RequestLogTest extends EmulatorTestBase {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    /** One permit per logged line: the server logs after answering, so a test waits for each line in turn. */
    private final Semaphore logged = new Semaphore(0);

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.requestLog(line -> {
            lines.add(line);
            logged.release();
        });
    }

    @Test
    void oneLinePerRequestWithoutSecrets() throws Exception {
        // after each request, wait for its line (an event, bounded only against a hang): the lines keep request order
        client.get("/phoneNumbers?api-version=" + V);
        awaitLine();
        client.patch("/sip?api-version=2023-03-01", "{\"trunks\":{\"a.example.com\":{\"sipSignalingPort\":5061}}}");
        awaitLine();
        TestClient wrongKey = new TestClient(emulator.endpoint(), EmulatorTestKeys.WRONG_KEY, clock);
        wrongKey.get("/phoneNumbers?api-version=" + V);
        awaitLine();
        client.post("/identities?api-version=2025-06-30", "{\"createTokenWithScopes\":[\"chat\"]}");
        awaitLine();
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("GET /phoneNumbers\\?api-version=2025-06-01 -> 200 \\(\\d+ ms\\)"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("PATCH /sip?api-version=2023-03-01 -> 200"), lines.get(1));
        assertTrue(lines.get(2).contains("-> 401"), lines.get(2));
        assertTrue(lines.get(3).startsWith("POST /identities?api-version=2025-06-30 -> 201"), lines.get(3));
        String all = String.join("\n", lines);
        // the emulator's key and the wrong key are registered (TestClient, EmulatorTestKeys): any form of them fails
        SecretGuard.check("the emulator's request log", all);
        assertFalse(all.contains("Signature") || all.contains("HMAC") || all.contains("eyJ"), all);
    }

    private void awaitLine() throws InterruptedException {
        assertTrue(logged.tryAcquire(30, TimeUnit.SECONDS), () -> "no log line for the request; so far " + lines);
    }
}
