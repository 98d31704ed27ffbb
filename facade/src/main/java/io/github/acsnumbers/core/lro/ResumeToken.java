package io.github.acsnumbers.core.lro;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.implementation.util.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encodes what is needed to continue polling an operation from another process: its kind, id and locations.
 * The token holds no secret (no key, no signature), so it may be stored or logged.
 */
public final class ResumeToken {
    private ResumeToken() {
    }

    /**
     * @param kind  the operation kind
     * @param state the state to resume from
     * @return an opaque, URL-safe token
     */
    public static String encode(String kind, OperationState state) {
        JsonObject o = new JsonObject();
        o.addProperty("v", 1);
        o.addProperty("kind", kind);
        o.addProperty("id", state.operationId());
        o.addProperty("operationLocation", state.operationLocation());
        o.addProperty("resourceLocation", state.resourceLocation());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param token        a token from {@link #encode}
     * @param expectedKind the kind the caller resumes
     * @return the state to resume from (status not started until polled)
     * @throws IllegalArgumentException if the token is malformed or of another kind
     */
    public static OperationState decode(String token, String expectedKind) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("'resumeToken' is required and must not be blank.");
        }
        JsonObject o;
        try {
            o = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8))
                .getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'resumeToken' is not a token produced by this SDK's getResumeToken().");
        }
        JsonElement v = o.get("v");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || !"1".equals(v.getAsString())) {
            throw new IllegalArgumentException("'resumeToken' is not a token produced by this SDK's getResumeToken(): "
                + "it has no version 1 mark.");
        }
        String kind = text(o, "kind");
        String id = text(o, "id");
        String location = text(o, "operationLocation");
        if (kind == null || id == null || location == null) {
            throw new IllegalArgumentException("'resumeToken' is incomplete: it lacks the operation kind, id or location.");
        }
        if (!isLocation(location)) {
            throw new IllegalArgumentException("'resumeToken' is not a token produced by this SDK's getResumeToken(): "
                + "its operation location is neither a path nor an http(s) URL.");
        }
        if (!kind.equals(expectedKind)) {
            throw new IllegalArgumentException("'resumeToken' belongs to a '" + Validation.abbreviate(kind)
                + "' operation, not '" + expectedKind + "'.");
        }
        return new OperationState(id, location, text(o, "resourceLocation"), OperationStatus.NOT_STARTED, null, null,
            null);
    }

    /** What the SDK stores: the Operation-Location header, a path or an absolute http(s) URL. */
    private static boolean isLocation(String location) {
        String l = location.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("/") || l.startsWith("https://") || l.startsWith("http://");
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            // getAsString() on an object or array throws UnsupportedOperationException / IllegalStateException
            throw new IllegalArgumentException("'resumeToken' is not a token produced by this SDK's "
                + "getResumeToken(): its '" + name + "' is not a text.");
        }
        return e.getAsString();
    }
}
