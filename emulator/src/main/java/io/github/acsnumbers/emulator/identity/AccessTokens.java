package io.github.acsnumbers.emulator.identity;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and reads the emulator's access tokens: JWTs ({@code header.payload.signature}, base64url without padding)
 * signed with HMAC-SHA256 under the emulator's own key. Like the service's tokens they carry {@code skypeid},
 * {@code acsScope}, {@code resourceId}, {@code iat} and {@code exp} (SDK token credentials read {@code exp}); the
 * emulator adds {@code sub} (the full identifier), {@code jti}, {@code kind} and, for identities it manages,
 * {@code rev} (the revocation generation the token was issued in).
 */
final class AccessTokens {

    static final String KIND_USER = "user";
    static final String KIND_TEAMS_USER = "teamsUser";
    static final String KIND_TEAMS_EXTENSION = "teamsExtension";

    private static final String HEADER = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final String resourceId;

    AccessTokens(byte[] key, String resourceId) {
        this.key = key.clone();
        this.resourceId = resourceId;
    }

    /** Claims read back from a token whose signature checked out. */
    record Claims(String subject, String kind, String resourceId, long revision, Instant expiresAt) {
    }

    String issue(String subject, String kind, List<String> scopes, Instant issuedAt, Instant expiresAt, long revision,
                 String tokenId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("skypeid", subject.startsWith("8:") ? subject.substring(2) : subject);
        payload.addProperty("acsScope", String.join(",", scopes));
        payload.addProperty("resourceId", resourceId);
        payload.addProperty("iat", issuedAt.getEpochSecond());
        payload.addProperty("exp", expiresAt.getEpochSecond());
        payload.addProperty("sub", subject);
        payload.addProperty("jti", tokenId);
        payload.addProperty("kind", kind);
        payload.addProperty("rev", revision);
        String signingInput = HEADER + "." + b64(payload.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + b64(sign(signingInput));
    }

    /** The claims of a token this key signed, or empty for anything else (never throws for bad input). */
    Optional<Claims> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(HEADER)) {
            return Optional.empty();
        }
        byte[] signature;
        JsonObject payload;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
            JsonElement parsed = JsonParser.parseString(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                return Optional.empty();
            }
            payload = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claims(payload.get("sub").getAsString(), payload.get("kind").getAsString(),
                    payload.get("resourceId").getAsString(), payload.get("rev").getAsLong(),
                    Instant.ofEpochSecond(payload.get("exp").getAsLong())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String signingInput) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
