package io.github.acsnumbers.implementation.auth;

import io.github.acsnumbers.core.auth.KeyCredential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing must match, byte for byte, the signatures Microsoft's own implementation produced for the same inputs
 * (key "dGVzdC1rZXk=", clock 2024-01-02T03:04:05Z).
 */
class HmacSignerTest {
    private static final KeyCredential KEY = new KeyCredential("dGVzdC1rZXk=");
    private static final Instant CLOCK = Instant.parse("2024-01-02T03:04:05Z");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "GET|/phoneNumbers?skip=0&api-version=2025-06-01&top=100|contoso.communication.azure.com||mTiyotCb3mSQn9jpkPDrTfVxlyCn6S60LwOfbsTA86Y=",
        "POST|/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01|contoso.communication.azure.com|{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":{\"calling\":\"outbound\",\"sms\":\"none\"},\"quantity\":1}|QNiJ3diZDNOzZDlQy2BcsQS/kbDp2JEvYF91/1aQ+Sw=",
        "PATCH|/sip?api-version=2023-03-01|127.0.0.1:8443|{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5061}}}|QPyWHkkr1dr9Ep3Q8TV43ISlVp4t7EraNEQH5xxEn6Q=",
        "GET|/phoneNumbers/%2B14155550100?api-version=2025-06-01|contoso.communication.azure.com||d1ydf29NopBKkwescSSmdVkdermdW/W5r/KMIXAxE+U=",
        "GET|/availablePhoneNumbers/countries/US/localities?skip=0&maxPageSize=100&administrativeDivision=New+York&x=a%7Eb%3Ac&api-version=2025-06-01|contoso.communication.azure.com||/Y7DJvW+msPb6Tb9kw1Inz3L51wS99wVZRCI8gj/f7s=",
        "GET|/availablePhoneNumbers/countries/US/localities?skip=0&maxPageSize=100&administrativeDivision=New%20York&x=a~b:c&api-version=2025-06-01|contoso.communication.azure.com||djLJsSZ6dFr5JecXk8SZ6iIPzsD6ALeoeVUCebGHpKQ=",
        "DELETE|/availablePhoneNumbers/reservations/6f0c8a2e-1d2b-4c3d-8e4f-5a6b7c8d9e0f?api-version=2025-06-01|contoso.communication.azure.com||xiMWBe8IqVdWaDqcBMXhKzHyKT4dJP9LJDsgvKxSCgA=",
        "POST|/operatorInformation/:search?api-version=2025-06-01|contoso.communication.azure.com|{\"phoneNumbers\":[\"+14155550100\"],\"note\":\"café\"}|gsSLO+eRwS2Rv92s2uUW+7yWx3+StmpFeYDN2XojwGk=",
        "GET|/sip?api-version=2023-03-01|contoso.communication.azure.com:8443||tZNahlc/9Qr45SyqlWaw++Z9gucxMyFMz3wwWy1P/ww=",
    })
    void signatureMatchesReferenceVector(String method, String pathAndQuery, String host, String body,
                                         String signature) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        HmacSigner.SignedHeaders h = HmacSigner.sign(KEY, method, pathAndQuery, host, CLOCK, bytes);
        assertEquals("Tue, 02 Jan 2024 03:04:05 GMT", h.date());
        assertEquals(host, h.host());
        assertEquals("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature,
            h.authorization());
        // the interceptor's way (the string to sign fed piece by piece, the URL's text copied as ASCII) agrees
        for (boolean asciiUrl : new boolean[] {false, true}) {
            assertEquals(h.authorization(), HmacSigner.authorization(KeyCredentialAccess.keyBytes(KEY), method,
                pathAndQuery, 0, pathAndQuery.length(), asciiUrl, h.date(), host, h.contentHash()));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":{\"calling\":\"inbound\",\"sms\":\"inbound+outbound\"},\"quantity\":1}|gCWPysJ5R+haSTOC/A9/ADoCE2VsuS4rssKXqo8taNk=",
        "{\"searchId\":\"8af8e74b-17b9-4bab-8448-5dc2502385e6\"}|NO+BilaGXDoL9tm559HhmjNiysHNBtYimUZkuKytI4o=",
        "{\"calling\":\"outbound\",\"sms\":\"outbound\"}|H+pyo+bvLSDEy7wwpOZeC+mjaMe+I9+v/bMYZzqjd0Y=",
        "{\"trunks\":{\"delete-5063f5d873cc4fa39341af5bf03930aa.testdomain.com\":{\"sipSignalingPort\":5678}}}|FlvQMyDM1zo3c4W85R2ZCdRSJZJXmh9CWwVqXbi6mPc=",
        "{\"trunks\":{\"notExisting.fqdn.com\":null}}|wGT5Ky3Gb+E1lNwRgfWhIkOwfQp1iTMH5UfRTNwWlnw=",
    })
    void contentHashMatchesRecordedTraffic(String body, String hash) {
        assertEquals(hash, HmacSigner.contentHash(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyBodyHashesAsEmptyString() {
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", HmacSigner.contentHash(null));
        assertEquals(HmacSigner.EMPTY_CONTENT_HASH, HmacSigner.contentHash(new byte[0]));
    }

    /** Cross-checks every vector of the reference JSON file when the reference folder is present. */
    @Test
    void referenceVectorFileAgrees() throws Exception {
        Path file = Path.of("..", "..", "shared", "reference", "notes", "hmac-vectors.json");
        if (!Files.exists(file)) {
            io.github.acsnumbers.testing.Skip.because("referenceVectorFileAgrees", file.toAbsolutePath()
                + " is absent (the reference folder is not shipped with the project)");
        }
        String json = Files.readString(file);
        com.google.gson.JsonArray vectors = com.google.gson.JsonParser.parseString(json).getAsJsonObject()
            .getAsJsonArray("vectors");
        int checked = 0;
        for (com.google.gson.JsonElement e : vectors) {
            com.google.gson.JsonObject v = e.getAsJsonObject();
            if (!v.has("stringToSign") || !v.has("headers")) {
                continue;
            }
            String sts = v.get("stringToSign").getAsString();
            String[] lines = sts.split("\n", 3);
            String[] tail = lines[2].split(";");
            com.google.gson.JsonObject input = v.getAsJsonObject("input");
            String body = input.get("body").isJsonNull() ? null : input.get("body").getAsString();
            HmacSigner.SignedHeaders h = HmacSigner.sign(new KeyCredential(input.get("key").getAsString()), lines[0],
                lines[1], tail[1], CLOCK, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
            assertEquals(v.getAsJsonObject("headers").get("Authorization").getAsString(), h.authorization(),
                v.get("name").getAsString());
            checked++;
        }
        Matcher m = Pattern.compile("\"name\"").matcher(json);
        int names = 0;
        while (m.find()) {
            names++;
        }
        assertEquals(true, checked >= 8 && checked <= names, "checked " + checked + " vectors");
    }

    /** The thread's Mac is kept initialised between calls: a rotated key must still sign with the new key. */
    @Test
    void aRotatedKeySignsWithTheNewKeyOnTheSameThread() throws Exception {
        KeyCredential key = new KeyCredential("dGVzdC1rZXk=");
        String first = HmacSigner.sign(key, "GET", "/x", "h", CLOCK, null).authorization();
        assertEquals(first, HmacSigner.sign(key, "GET", "/x", "h", CLOCK, null).authorization());
        key.update("c2VjcmV0LWtleS1mb3ItdGVzdHM="); // FacadeTestKeys.KEY_FOR_TESTS
        String rotated = HmacSigner.sign(key, "GET", "/x", "h", CLOCK, null).authorization();
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("secret-key-for-tests".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.Base64.getEncoder().encodeToString(mac.doFinal(("GET\n/x\n"
            + HmacSigner.formatDate(CLOCK) + ";h;" + HmacSigner.EMPTY_CONTENT_HASH).getBytes(StandardCharsets.UTF_8)));
        assertEquals("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + expected, rotated);
        key.update("dGVzdC1rZXk=");
        assertEquals(first, HmacSigner.sign(key, "GET", "/x", "h", CLOCK, null).authorization());
    }
}
