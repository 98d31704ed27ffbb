package io.github.acsnumbers.emulator.http;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an emulated operation answers: an HTTP status, extra response headers and an optional JSON body
 * ({@code null} means an empty body, as the service sends on 202/204).
 *
 * @param status  HTTP status code
 * @param headers response headers to add (insertion order kept)
 * @param body    JSON body, or {@code null} for none
 */
public record ApiResult(int status, Map<String, String> headers, JsonElement body) {

    /**
     * Copies the header map so a result cannot change after it is built.
     *
     * @param status HTTP status code
     * @param headers response headers to add (insertion order kept)
     * @param body JSON body, or {@code null} for none
     */
    public ApiResult {
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * A result with a JSON body and no extra headers.
     *
     * @param status HTTP status code
     * @param body JSON body, or {@code null} for none
     * @return the result
     */
    public static ApiResult json(int status, JsonElement body) {
        return new ApiResult(status, Map.of(), body);
    }

    /**
     * A result with no body.
     *
     * @param status HTTP status code
     * @return the result
     */
    public static ApiResult empty(int status) {
        return new ApiResult(status, Map.of(), null);
    }

    /**
     * The service's error envelope {@code {"error":{"code":..,"message":..}}}, optionally with target and an
     * inner error.
     *
     * @param status HTTP status code
     * @param code error code
     * @param message error message
     * @param target error target, or {@code null}
     * @param innerCode inner error code, or {@code null}
     * @param innerMessage inner error message
     * @return the error result
     */
    public static ApiResult error(int status, String code, String message, String target,
                                  String innerCode, String innerMessage) {
        com.google.gson.JsonObject error = new com.google.gson.JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        if (target != null) {
            error.addProperty("target", target);
        }
        if (innerCode != null) {
            com.google.gson.JsonObject inner = new com.google.gson.JsonObject();
            inner.addProperty("code", innerCode);
            inner.addProperty("message", innerMessage);
            error.add("innererror", inner);
        }
        com.google.gson.JsonObject envelope = new com.google.gson.JsonObject();
        envelope.add("error", error);
        return json(status, envelope);
    }

    /**
     * The same result with one more header.
     *
     * @param name the name
     * @param value the value
     * @return a new result
     */
    public ApiResult withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResult(status, copy, body);
    }
}
