package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.testing.SecretGuard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code requestLog} (the CLI's {@code --log-requests}): one line per request, never a secret. */
class RequestLogTest extends EmulatorTestBase {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch logged = new CountDownLatch(4);

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.requestLog(line -> {
            lines.add(line);
            logged.countDown();
        });
    }

    @Test
    void oneLinePerRequestWithoutSecrets() throws Exception {
        client.get("/phoneNumbers?api-version=" + V);
        client.patch("/sip?api-version=2023-03-01", "{\"trunks\":{\"a.example.com\":{\"sipSignalingPort\":5061}}}");
        TestClient wrongKey = new TestClient(emulator.endpoint(), io.github.acsnumbers.testing.EmulatorTestKeys.WRONG_KEY, clock);
        wrongKey.get("/phoneNumbers?api-version=" + V);
        client.post("/identities?api-version=2025-06-30", "{\"createTokenWithScopes\":[\"chat\"]}");
        // the server logs after answering: wait (bounded by an event count, not a measured time) for the 4th line
        assertTrue(logged.await(30, TimeUnit.SECONDS), lines::toString);
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
}
