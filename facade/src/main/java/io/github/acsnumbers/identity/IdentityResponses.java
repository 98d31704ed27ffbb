package io.github.acsnumbers.identity;

import io.github.acsnumbers.identity.models.IdentityModelFactory;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.http.ServiceResponse;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import java.time.OffsetDateTime;

/**
 * Reads the identity responses that may carry an access token. They are parsed here by hand rather than by the
 * generated models, whose checks quote the offending JSON (and so the token) in their exception messages. Every
 * failure becomes a {@link CommunicationException} that names the missing or malformed member and never includes
 * the body or a parser message, and has no cause that could carry either.
 */
final class IdentityResponses {
    private IdentityResponses() {
    }

    /** @return the user of a {@code {identity:{id}}} document */
    static CommunicationUserIdentifier user(ServiceResponse response) {
        return user(object(response), response);
    }

    /** @return the user and the token of a {@code {identity:{id}, accessToken:{token, expiresOn}}} document */
    static CommunicationUserIdentifierAndToken userAndToken(ServiceResponse response) {
        JsonObject root = object(response);
        CommunicationUserIdentifier user = user(root, response);
        JsonElement token = root.get("accessToken");
        if (token == null || !token.isJsonObject()) {
            throw unreadable(response, "has no 'accessToken' object");
        }
        return IdentityModelFactory.communicationUserIdentifierAndToken(user, token(token.getAsJsonObject(), response, "accessToken."));
    }

    /** @return the token of a {@code {token, expiresOn}} document */
    static AccessToken token(ServiceResponse response) {
        return token(object(response), response, "");
    }

    private static JsonObject object(ServiceResponse response) {
        JsonElement root;
        try {
            root = response.isEmpty() ? null : JsonParser.parseString(response.bodyString());
        } catch (RuntimeException e) {
            // the parser's message can quote the text around the error, which may be the token
            throw unreadable(response, "is not valid JSON");
        }
        if (root == null || !root.isJsonObject()) {
            throw unreadable(response, "is not a JSON object");
        }
        return root.getAsJsonObject();
    }

    private static CommunicationUserIdentifier user(JsonObject root, ServiceResponse response) {
        JsonElement identity = root.get("identity");
        if (identity == null || !identity.isJsonObject()) {
            throw unreadable(response, "has no 'identity' object");
        }
        return new CommunicationUserIdentifier(string(identity.getAsJsonObject(), "id", "identity.", response));
    }

    private static AccessToken token(JsonObject o, ServiceResponse response, String prefix) {
        String token = string(o, "token", prefix, response);
        String expiresOn = string(o, "expiresOn", prefix, response);
        OffsetDateTime expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(expiresOn);
        } catch (RuntimeException e) {
            throw unreadable(response, "has an '" + prefix + "expiresOn' that is not an ISO 8601 date-time");
        }
        return IdentityModelFactory.accessToken(token, expiresAt);
    }

    private static String string(JsonObject o, String name, String prefix, ServiceResponse response) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw unreadable(response, "has no '" + prefix + name + "'");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
            throw unreadable(response, "has an '" + prefix + name + "' that is not a non-empty string");
        }
        return e.getAsString();
    }

    private static CommunicationException unreadable(ServiceResponse response, String what) {
        return new CommunicationException(response.method() + " " + response.path() + " returned a response that "
            + what + " (the body is not shown: it may hold an access token)", response.status(), null,
            response.requestId(), ErrorKind.CLIENT_ERROR, null, null);
    }
}
