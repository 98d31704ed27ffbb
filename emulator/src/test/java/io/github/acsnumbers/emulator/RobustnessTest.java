package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bad input always gets an error envelope and the server keeps serving. */
class RobustnessTest extends EmulatorTestBase {

    private void assertEnvelope(TestClient.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(code, r.json().getAsJsonObject("error").get("code").getAsString(), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void malformedJsonWrongTypesAndWrongContentType() throws Exception {
        String search = "/availablePhoneNumbers/countries/US/:search?api-version=" + V;
        assertEnvelope(client.post(search, "{\"phoneNumberType\":"), 400, "InvalidRequestBody");
        assertEnvelope(client.post(search, "[1,2]"), 400, "InvalidRequestBody");
        assertEnvelope(client.post(search, "{\"phoneNumberType\":5}"), 400, "InvalidInput");
        assertEnvelope(client.post(search, "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\","
                + "\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":\"many\"}"), 400,
                "InvalidInput");
        assertEnvelope(client.send("POST", search, "phoneNumberType=tollFree", "text/plain"), 415,
                "UnsupportedMediaType");
        assertEnvelope(client.get("/phoneNumbers?top=abc&api-version=" + V), 400, "InvalidInput");
        assertEnvelope(client.patch("/availablePhoneNumbers/reservations/not-a-guid?api-version=" + V, "{}"), 400,
                "InvalidInput");
        assertEquals(200, client.get("/phoneNumbers?api-version=" + V).status());
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String big = "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}";
        try {
            TestClient.Response r = client.post("/operatorInformation/:search?api-version=" + V, big);
            assertEnvelope(r, 413, "RequestEntityTooLarge");
        } catch (java.io.IOException e) {
            // the server may close before the client finished sending (a refusal too), but must not hang: a read
            // timeout here would mean it neither answered nor closed; and it must still serve afterwards (below)
            assertFalse(e instanceof java.net.SocketTimeoutException, "the server hung on an oversized body: " + e);
        }
        assertEquals(200, client.get("/phoneNumbers?api-version=" + V).status());
    }

    @Test
    void apiVersionsAndUnknownRoutes() throws Exception {
        TestClient.Response unknownVersion = client.get("/phoneNumbers?api-version=2019-01-01");
        assertEnvelope(unknownVersion, 400, "UnsupportedApiVersion");
        assertTrue(unknownVersion.header("api-supported-versions").contains("2025-06-01"));
        assertEnvelope(client.get("/phoneNumbers"), 400, "MissingApiVersionParameter");
        assertEnvelope(client.get("/nothing-here?api-version=" + V), 404, "NotFound");
        assertEnvelope(client.send("PUT", "/phoneNumbers?api-version=" + V, null, null), 405, "MethodNotAllowed");
    }

    @Test
    void signedRequestsAreAnsweredWhile64ConnectionsStallMidRequest() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), emulator.port());
                String partial = i % 2 == 0
                        // half the headers, never the blank line
                        ? "GET /phoneNumbers?api-version=" + V + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-ms-da"
                        // complete headers, then a body that stops after one byte of the announced ten
                        : "POST /availablePhoneNumbers/countries/US/:search?api-version=" + V + " HTTP/1.1\r\n"
                                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{";
                s.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            // the stalled requests are being read by now; a signed request must still get through
            ExecutorService caller = Executors.newSingleThreadExecutor();
            try {
                Future<TestClient.Response> answer = caller.submit(
                        () -> client.get("/phoneNumbers?api-version=" + V));
                TestClient.Response r = answer.get(10, TimeUnit.SECONDS);
                assertEquals(200, r.status(), r.body());
                assertEquals(200, caller.submit(() -> client.get("/availablePhoneNumbers/countries?api-version=" + V))
                        .get(10, TimeUnit.SECONDS).status());
            } finally {
                caller.shutdownNow();
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void builderRejectsBadValuesClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumbersEmulator.builder().accessKey("not base64!!"));
        assertEquals("access key is not valid base64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbersEmulator.builder().port(70000));
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbersEmulator.builder().purchased(-1));
        String cs = emulator.connectionString();
        assertTrue(cs.matches("endpoint=http://127\\.0\\.0\\.1:\\d+/;accesskey=[A-Za-z0-9+/=]{44}"), cs);
        assertFalse(emulator.toString().contains(emulator.accessKey()));
    }
}
