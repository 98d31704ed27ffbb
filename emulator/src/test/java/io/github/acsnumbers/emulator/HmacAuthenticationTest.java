package io.github.acsnumbers.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HMAC verification against the JS SDK vectors (hmac-vectors.md) sent byte for byte, and rejections. */
class HmacAuthenticationTest extends EmulatorTestBase {

    private static final String KEY = "dGVzdC1rZXk=";
    private static final String DATE = "Tue, 02 Jan 2024 03:04:05 GMT";
    private static final String EMPTY = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    private static final String HOST = "contoso.communication.azure.com";

    @Override
    Instant startTime() {
        return Instant.parse("2024-01-02T03:04:05Z");
    }

    @Override
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder.accessKey(KEY).acceptBearerToken("good-token");
    }

    private RawHttp.Answer send(String method, String target, String host, String hash, String signature,
                                byte[] body) throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", host);
        h.put("x-ms-date", DATE);
        h.put("x-ms-content-sha256", hash);
        h.put("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                + signature);
        if (body.length > 0) {
            h.put("Content-Type", "application/json");
        }
        return RawHttp.send(emulator.port(), method, target, h, body);
    }

    /** Vector V1 as signed: GET of the purchased numbers with a query, empty body. */
    private RawHttp.Answer sendV1() throws Exception {
        return send("GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=100", HOST, EMPTY,
                "mTiyotCb3mSQn9jpkPDrTfVxlyCn6S60LwOfbsTA86Y=", new byte[0]);
    }

    @Test
    void v1ListWithQueryIsAccepted() throws Exception {
        RawHttp.Answer a = sendV1();
        assertEquals(200, a.status(), a.text());
        assertEquals("{\"phoneNumbers\":[]}", a.body());
        assertEquals(0, emulator.rejectedAuthCount());
    }

    @Test
    void v4EncodedPlusInPathIsAccepted() throws Exception {
        RawHttp.Answer a = send("GET", "/phoneNumbers/%2B14155550100?api-version=2025-06-01", HOST, EMPTY,
                "d1ydf29NopBKkwescSSmdVkdermdW/W5r/KMIXAxE+U=", new byte[0]);
        assertEquals(404, a.status(), a.text());
        assertEquals("{\"error\":{\"code\":\"NotFound\",\"message\":\"Input phoneNumber +14155550100 cannot be "
                + "found.\",\"target\":\"phonenumber\"}}", a.body());
    }

    @Test
    void v5JsReEncodedQueryAndRawQueryBothVerify() throws Exception {
        String target = "/availablePhoneNumbers/countries/US/localities?skip=0&maxPageSize=100"
                + "&administrativeDivision=New%20York&x=a~b:c&api-version=2025-06-01";
        RawHttp.Answer js = send("GET", target, HOST, EMPTY, "/Y7DJvW+msPb6Tb9kw1Inz3L51wS99wVZRCI8gj/f7s=",
                new byte[0]);
        assertEquals(200, js.status(), js.text());
        assertTrue(js.body().contains("\"administrativeDivision\":{\"localizedName\":\"NY\""), js.body());
        RawHttp.Answer raw = send("GET", target, HOST, EMPTY, "djLJsSZ6dFr5JecXk8SZ6iIPzsD6ALeoeVUCebGHpKQ=",
                new byte[0]);
        assertEquals(200, raw.status(), raw.text());
        assertEquals(0, emulator.rejectedAuthCount());
    }

    @Test
    void v2PostSearchIsAccepted() throws Exception {
        byte[] body = ("{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                + "{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":1}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer a = send("POST", "/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01", HOST,
                "um69rwCQDfoJlf7RIyaR7E83TxRZJQn/i+rWwWXvDMo=", "QNiJ3diZDNOzZDlQy2BcsQS/kbDp2JEvYF91/1aQ+Sw=", body);
        assertEquals(202, a.status(), a.text());
        assertTrue(a.text().contains("search-id: ") || a.text().toLowerCase().contains("search-id: "), a.text());
    }

    @Test
    void v7NonAsciiBodyIsHashedAsUtf8() throws Exception {
        byte[] body = "{\"phoneNumbers\":[\"+14155550100\"],\"note\":\"café\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer a = send("POST", "/operatorInformation/:search?api-version=2025-06-01", HOST,
                "WxJaY1Kq6yfOLfh7cr+Ye6oGr8v1apkZDb+4n77RG+0=", "gsSLO+eRwS2Rv92s2uUW+7yWx3+StmpFeYDN2XojwGk=", body);
        assertEquals(200, a.status(), a.text());
        assertTrue(a.body().contains("\"nationalFormat\":\"(415) 555-0100\""), a.body());
    }

    @Test
    void v3AndV8PortInHostVerify() throws Exception {
        byte[] body = "{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5061}}}"
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer v3 = send("PATCH", "/sip?api-version=2023-03-01", "127.0.0.1:8443",
                "DXLUYHiw68h7Dgh3d+L9T5WoTLcC0Ei8vffzLIKPjDM=", "QPyWHkkr1dr9Ep3Q8TV43ISlVp4t7EraNEQH5xxEn6Q=", body);
        assertEquals(200, v3.status(), v3.text()); // the SIP routes answer: authenticated
        RawHttp.Answer v8 = send("GET", "/sip?api-version=2023-03-01", HOST + ":8443", EMPTY,
                "tZNahlc/9Qr45SyqlWaw++Z9gucxMyFMz3wwWy1P/ww=", new byte[0]);
        assertEquals(200, v8.status(), v8.text());
        assertTrue(v8.body().contains("\"sbc1.contoso.com\""), v8.body());
        assertEquals(0, emulator.rejectedAuthCount());
    }

    @Test
    void badSignatureIsDeniedWithTheServiceEnvelope() throws Exception {
        RawHttp.Answer a = send("GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=100", HOST, EMPTY,
                "nTiyotCb3mSQn9jpkPDrTfVxlyCn6S60LwOfbsTA86Y=", new byte[0]);
        assertEquals(401, a.status());
        assertEquals("{\"error\":{\"code\":\"Denied\",\"message\":\"Denied by the resource provider.\"}}", a.body());
        String lower = a.text().toLowerCase();
        assertTrue(lower.contains("content-type: application/json\r\n"), a.text());
        assertFalse(lower.contains("api-supported-versions"), a.text());
        assertEquals(1, emulator.rejectedAuthCount());
    }

    @Test
    void signatureOverAnotherTargetIsDenied() throws Exception {
        // V1's signature does not cover a different query
        RawHttp.Answer a = send("GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=99", HOST, EMPTY,
                "mTiyotCb3mSQn9jpkPDrTfVxlyCn6S60LwOfbsTA86Y=", new byte[0]);
        assertEquals(401, a.status());
    }

    @Test
    void dateOutsideTheSkewWindowIsDenied() throws Exception {
        clock.advance(Duration.ofMinutes(14));
        assertEquals(200, sendV1().status());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(401, sendV1().status());
        clock.set(Instant.parse("2024-01-02T02:48:00Z"));
        assertEquals(401, sendV1().status());
        assertEquals(2, emulator.rejectedAuthCount());
    }

    @Test
    void bodyNotMatchingItsHashIsDenied() throws Exception {
        byte[] body = ("{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                + "{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":2}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer a = send("POST", "/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01", HOST,
                "um69rwCQDfoJlf7RIyaR7E83TxRZJQn/i+rWwWXvDMo=", "QNiJ3diZDNOzZDlQy2BcsQS/kbDp2JEvYF91/1aQ+Sw=", body);
        assertEquals(401, a.status());
        assertEquals(0, emulator.state().holds().size(), "a denied request must not be applied");
    }

    @Test
    void literalPlusAndEncodedPlusBothVerifyWithTheirOwnSignature() throws Exception {
        assertEquals(404, client.get("/phoneNumbers/+14155550100?api-version=2025-06-01").status());
        assertEquals(404, client.get("/phoneNumbers/%2B14155550100?api-version=2025-06-01").status());
        assertEquals(0, emulator.rejectedAuthCount());
    }

    @Test
    void missingCredentialsAndBearerTokens() throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", HOST);
        assertEquals(401, RawHttp.send(emulator.port(), "GET", "/phoneNumbers?api-version=2025-06-01", h,
                new byte[0]).status());
        h.put("Authorization", "Bearer good-token");
        assertEquals(200, RawHttp.send(emulator.port(), "GET", "/phoneNumbers?api-version=2025-06-01", h,
                new byte[0]).status());
        h.put("Authorization", "Bearer other-token");
        assertEquals(401, RawHttp.send(emulator.port(), "GET", "/phoneNumbers?api-version=2025-06-01", h,
                new byte[0]).status());
        assertEquals(2, emulator.rejectedAuthCount());
    }

    @Test
    void aSeparateAuthClockJudgesTheDate() throws Exception {
        ManualClock stateClock = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
        try (PhoneNumbersEmulator e = PhoneNumbersEmulator.builder().accessKey(KEY).clock(stateClock)
                .authClock(clock).start()) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Host", HOST);
            h.put("x-ms-date", DATE);
            h.put("x-ms-content-sha256", EMPTY);
            h.put("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                    + "mTiyotCb3mSQn9jpkPDrTfVxlyCn6S60LwOfbsTA86Y=");
            assertEquals(200, RawHttp.send(e.port(), "GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=100", h,
                    new byte[0]).status());
        }
    }
}
