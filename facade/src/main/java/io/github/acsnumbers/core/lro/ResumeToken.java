package io.github.acsnumbers.core.lro;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.core.util.Validation;
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
        String kind = text(o, "kind");
        String id = text(o, "id");
        String location = text(o, "operationLocation");
        if (kind == null || id == null || location == null) {
            throw new IllegalArgumentException("'resumeToken' is incomplete: it lacks the operation kind, id or location.");
        }
        if (!kind.equals(expectedKind)) {
            throw new IllegalArgumentException("'resumeToken' belongs to a '" + Validation.abbreviate(kind)
                + "' operation, not '" + expectedKind + "'.");
        }
        return new OperationState(id, location, text(o, "resourceLocation"), OperationStatus.NOT_STARTED, null, null,
            null);
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
