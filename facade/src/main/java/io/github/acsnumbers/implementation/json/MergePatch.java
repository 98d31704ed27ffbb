package io.github.acsnumbers.implementation.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * JSON merge-patch bodies (RFC 7396) that keep explicit {@code null}s: in a merge-patch {@code "key": null} means
 * "delete this entry" (a SIP trunk, a reservation's number), and Gson drops nulls unless told not to.
 */
public final class MergePatch {
    /** The content type every PATCH of the service uses. */
    public static final MediaType MEDIA_TYPE = MediaType.get("application/merge-patch+json");

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private MergePatch() {
    }

    /**
     * @param patch the patch document; JsonNull members are kept
     * @return compact JSON text
     */
    public static String toJson(JsonElement patch) {
        return GSON.toJson(patch);
    }

    /**
     * @param patch the patch document
     * @return a request body with content type {@code application/merge-patch+json}
     */
    public static RequestBody body(JsonElement patch) {
        return RequestBody.create(toJson(patch).getBytes(java.nio.charset.StandardCharsets.UTF_8), MEDIA_TYPE);
    }
}
