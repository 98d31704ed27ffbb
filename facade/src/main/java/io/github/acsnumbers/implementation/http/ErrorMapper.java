package io.github.acsnumbers.implementation.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.util.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the service's error envelope {@code {"error":{code,message,target,details,innererror}}} from a failed
 * response. Bodies that are empty, HTML, truncated or otherwise not the envelope still give a clear exception.
 */
public final class ErrorMapper {
    /** A 401 with a response {@code Date} further than this from the local clock is reported as clock skew. */
    static final Duration SKEW_WARNING = Duration.ofMinutes(5);

    private ErrorMapper() {
    }

    /**
     * @param response the non-2xx response
     * @param clock    the local clock (to detect skew on 401)
     * @return the exception to throw
     */
    public static CommunicationException toException(ServiceResponse response, Clock clock) {
        return toException(response, clock, true);
    }

    /**
     * @param response  the non-2xx response
     * @param clock     the local clock (to detect skew on 401)
     * @param quoteBody whether a body that is not the error envelope may be quoted (abbreviated) in the message;
     *                  false for exchanges that carry credentials
     * @return the exception to throw
     */
    public static CommunicationException toException(ServiceResponse response, Clock clock, boolean quoteBody) {
        CommunicationError error = parse(response);
        ErrorKind kind = ErrorKind.classify(response.status(), error == null ? null : error.code(),
            error == null || error.innerError() == null ? null : error.innerError().code());
        String summary = response.method() + " " + response.path() + " failed";
        if (error == null) {
            summary += response.isEmpty() ? " with an empty body"
                : !quoteBody ? " with a body that is not the service's JSON error (" + response.body().length
                + " bytes, not shown: the exchange carries credentials)"
                : " with a body that is not the service's JSON error ("
                + Validation.abbreviate(head(response.bodyString()).replaceAll("\\s+", " ").trim()) + ")";
        }
        if (response.status() == 401) {
            String skew = skew(response.header("Date"), clock);
            if (skew != null) {
                summary += "; " + skew;
            }
        }
        return new CommunicationException(summary, response.status(), error, response.requestId(), kind, null, null);
    }

    /** The start of a body: enough for a message, and no regex runs over a multi-megabyte error page. */
    private static String head(String body) {
        return body.length() > 256 ? body.substring(0, 256) : body;
    }

    static String skew(String dateHeader, Clock clock) {
        if (dateHeader == null) {
            return null;
        }
        try {
            Instant server = ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration diff = Duration.between(server, clock.instant()).abs();
            if (diff.compareTo(SKEW_WARNING) > 0) {
                return "the local clock differs from the service's by " + diff.toMinutes()
                    + " minutes: signed requests are rejected when the clocks disagree; fix the system time";
            }
        } catch (RuntimeException ignored) {
            // an unreadable Date header says nothing about skew
        }
        return null;
    }

    /** @return the envelope's error, or null when the body is not the envelope */
    static CommunicationError parse(ServiceResponse response) {
        if (response.isEmpty()) {
            return null;
        }
        try {
            JsonElement root = JsonParser.parseString(response.bodyString());
            if (!root.isJsonObject()) {
                return null;
            }
            JsonElement error = root.getAsJsonObject().get("error");
            if (error != null && error.isJsonObject()) {
                return read(error.getAsJsonObject(), 0);
            }
            // some gateways answer with a bare {code, message}
            if (root.getAsJsonObject().has("code") || root.getAsJsonObject().has("message")) {
                return read(root.getAsJsonObject(), 0);
            }
            return null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /**
     * Reads one error object; tolerant of missing or oddly typed members.
     *
     * @param o     the JSON object
     * @param depth nesting depth (bounded against hostile bodies)
     * @return the error
     */
    public static CommunicationError read(JsonObject o, int depth) {
        String code = string(o, "code");
        String message = string(o, "message");
        String target = string(o, "target");
        List<CommunicationError> details = new ArrayList<>();
        CommunicationError inner = null;
        if (depth < 5) {
            JsonElement d = o.get("details");
            if (d != null && d.isJsonArray()) {
                JsonArray arr = d.getAsJsonArray();
                for (int i = 0; i < Math.min(arr.size(), 50); i++) {
                    if (arr.get(i).isJsonObject()) {
                        details.add(read(arr.get(i).getAsJsonObject(), depth + 1));
                    }
                }
            }
            JsonElement in = o.has("innererror") ? o.get("innererror") : o.get("innerError");
            if (in != null && in.isJsonObject()) {
                inner = read(in.getAsJsonObject(), depth + 1);
            }
        }
        return new CommunicationError(code, message, target, details, inner);
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        String s = e.isJsonPrimitive() ? e.getAsString() : e.toString();
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
