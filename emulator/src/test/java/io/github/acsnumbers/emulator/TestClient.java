package io.github.acsnumbers.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.testing.SecretGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A tiny HMAC-signing client for the tests (plain java.net.http). */
final class TestClient {

    static final String V = "2025-06-01";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String endpoint;
    private final String host;
    private final byte[] key;
    private final Clock clock;

    TestClient(PhoneNumbersEmulator emulator, Clock clock) {
        this(emulator.endpoint(), emulator.accessKey(), clock);
    }

    /** Also registers the key with SecretGuard: every emulator key a test signs with is one it must never print. */
    TestClient(String endpoint, String accessKey, Clock clock) {
        SecretGuard.register(accessKey);
        this.endpoint = endpoint;
        this.host = URI.create(endpoint).getAuthority();
        this.key = Base64.getDecoder().decode(accessKey);
        this.clock = clock;
    }

    /** One answer. */
    record Response(int status, java.net.http.HttpHeaders headers, String body) {
        JsonObject json() {
            JsonElement e = JsonParser.parseString(body);
            return e.getAsJsonObject();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Response get(String target) throws IOException, InterruptedException {
        return send("GET", target, null, null);
    }

    Response delete(String target) throws IOException, InterruptedException {
        return send("DELETE", target, null, null);
    }

    Response post(String target, String json) throws IOException, InterruptedException {
        return send("POST", target, json, "application/json");
    }

    Response patch(String target, String json) throws IOException, InterruptedException {
        return send("PATCH", target, json, "application/merge-patch+json");
    }

    Response send(String method, String target, String body, String contentType)
            throws IOException, InterruptedException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + target));
        sign(b, method, target, bytes);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("x-ms-client-request-id", "req-1");
        b.method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers(), r.body());
    }

    /** Adds x-ms-date, x-ms-content-sha256 and Authorization for the literal target. */
    void sign(HttpRequest.Builder b, String method, String target, byte[] body) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(clock.instant());
        String hash = sha256(body);
        String toSign = method + "\n" + target + "\n" + date + ";" + host + ";" + hash;
        b.header("x-ms-date", date);
        b.header("x-ms-content-sha256", hash);
        b.header("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                + hmac(key, toSign));
    }

    static String sha256(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(byte[] key, String toSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
