package io.github.acsnumbers.emulator.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's credentials the way the service does: an HMAC-SHA256 signature over
 * {@code VERB\n<pathAndQuery>\n<x-ms-date>;<host>;<x-ms-content-sha256>} with the base64-decoded access key, a
 * date inside the allowed skew and a content hash equal to the SHA-256 of the exact body bytes; or, when enabled,
 * an {@code Authorization: Bearer} token accepted by a predicate.
 *
 * <p>{@code pathAndQuery} is tried in two forms: the raw request-target as transmitted (Java, .NET), and the raw
 * path plus the query re-serialised by URLSearchParams rules (what the JS SDK signs). Never logs key material.
 */
public final class HmacAuthenticator {

    /** The service's allowed clock skew. */
    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(15);

    private static final String EMPTY_HASH = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private final byte[] key;
    private final Clock clock;
    private final Duration skew;
    private final Predicate<String> bearerTokens;

    /**
     * @param accessKeyBase64 the resource access key, base64
     * @param clock           clock for the date check
     * @param skew            allowed difference between {@code x-ms-date} and the clock
     * @param bearerTokens    accepts bearer tokens; {@code null} rejects every bearer token
     */
    public HmacAuthenticator(String accessKeyBase64, Clock clock, Duration skew, Predicate<String> bearerTokens) {
        if (accessKeyBase64 == null || accessKeyBase64.isBlank()) {
            throw new IllegalArgumentException("access key must not be blank");
        }
        try {
            this.key = Base64.getDecoder().decode(accessKeyBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("access key is not valid base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("access key decodes to zero bytes");
        }
        this.clock = clock;
        this.skew = skew;
        this.bearerTokens = bearerTokens;
    }

    /**
     * Whether the request carries valid credentials.
     *
     * @param request the request
     * @return whether the request carries valid credentials
     */
    public boolean authenticate(ApiRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null) {
            return false;
        }
        String trimmed = authorization.trim();
        if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = trimmed.substring(7).trim();
            return bearerTokens != null && !token.isEmpty() && bearerTokens.test(token);
        }
        if (!trimmed.regionMatches(true, 0, "HMAC-SHA256 ", 0, 12)) {
            return false;
        }
        String signedHeaders = null;
        String signature = null;
        for (String part : trimmed.substring(12).trim().split("&")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (name.equalsIgnoreCase("SignedHeaders")) {
                signedHeaders = value;
            } else if (name.equalsIgnoreCase("Signature")) {
                signature = value;
            }
        }
        if (signedHeaders == null || signature == null) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (String n : signedHeaders.split(";")) {
            names.add(n.trim().toLowerCase(Locale.ROOT));
        }
        if (!names.contains("x-ms-date") || !names.contains("host") || !names.contains("x-ms-content-sha256")) {
            return false;
        }
        if (!dateWithinSkew(request.header("x-ms-date"))) {
            return false;
        }
        String contentHash = request.header("x-ms-content-sha256");
        if (contentHash == null || !contentHash.equals(sha256Base64(request.body()))) {
            return false;
        }
        StringBuilder values = new StringBuilder();
        for (String n : names) {
            String v = request.header(n);
            if (v == null) {
                return false;
            }
            if (values.length() > 0) {
                values.append(';');
            }
            values.append(v);
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String pathAndQuery : signedTargets(request)) {
            String toSign = request.method() + "\n" + pathAndQuery + "\n" + values;
            if (MessageDigest.isEqual(given, hmac(toSign))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> signedTargets(ApiRequest request) {
        List<String> targets = new ArrayList<>(2);
        targets.add(request.rawTarget());
        String reEncoded = UrlCodec.urlSearchParamsForm(request.rawQuery());
        String jsForm = reEncoded.isEmpty() ? request.rawPath() : request.rawPath() + "?" + reEncoded;
        if (!jsForm.equals(request.rawTarget())) {
            targets.add(jsForm);
        }
        return targets;
    }

    private boolean dateWithinSkew(String date) {
        if (date == null) {
            return false;
        }
        Instant sent;
        try {
            sent = ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return false;
        }
        Duration diff = Duration.between(sent, clock.instant()).abs();
        return diff.compareTo(skew) <= 0;
    }

    private byte[] hmac(String toSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Base64 SHA-256 of the bytes (the {@code x-ms-content-sha256} value).
     *
     * @param body JSON body, or {@code null} for none
     * @return the base64 SHA-256 digest
     */
    public static String sha256Base64(byte[] body) {
        if (body.length == 0) {
            return EMPTY_HASH;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "HmacAuthenticator[skew=" + skew + "]";
    }
}
