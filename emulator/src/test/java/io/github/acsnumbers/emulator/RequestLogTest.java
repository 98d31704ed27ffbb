package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code requestLog} (the CLI's {@code --log-requests}): one line per request, never a secret. */
class RequestLogTest extends EmulatorTestBase {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.requestLog(lines::add);
    }

    @Test
    void oneLinePerRequestWithoutSecrets() throws Exception {
        client.get("/phoneNumbers?api-version=" + V);
        client.patch("/sip?api-version=2023-03-01", "{\"trunks\":{\"a.example.com\":{\"sipSignalingPort\":5061}}}");
        TestClient wrongKey = new TestClient(emulator.endpoint(), "d3Jvbmcta2V5", clock);
        wrongKey.get("/phoneNumbers?api-version=" + V);
        client.post("/identities?api-version=2025-06-30", "{\"createTokenWithScopes\":[\"chat\"]}");
        // the server logs after answering; wait (bounded) for the last line
        for (int i = 0; i < 200 && lines.size() < 4; i++) {
            Thread.sleep(10);
        }
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("GET /phoneNumbers\\?api-version=2025-06-01 -> 200 \\(\\d+ ms\\)"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("PATCH /sip?api-version=2023-03-01 -> 200"), lines.get(1));
        assertTrue(lines.get(2).contains("-> 401"), lines.get(2));
        assertTrue(lines.get(3).startsWith("POST /identities?api-version=2025-06-30 -> 201"), lines.get(3));
        String all = String.join("\n", lines);
        assertFalse(all.contains(emulator.accessKey()), "no access key");
        assertFalse(all.contains("Signature") || all.contains("HMAC") || all.contains("eyJ"), all);
    }
}
