package io.github.acsnumbers.emulator.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One parsed HTTP request as the emulated operations see it.
 *
 * @param method     upper-case HTTP verb
 * @param rawTarget  the request-target exactly as sent (raw path plus {@code ?} raw query); HMAC is checked on it
 * @param rawPath    the path exactly as sent, still percent-encoded
 * @param path       the path with each segment percent-decoded ({@code %2B} becomes {@code +}; {@code +} stays)
 * @param query      decoded query parameters in the order sent (name to values)
 * @param rawQuery   the raw query string without {@code ?}, or {@code ""}
 * @param headers    request headers, names lower-cased
 * @param body       the exact body bytes (never {@code null})
 * @param pathParams values captured by the matched route template, e.g. {@code phoneNumber}
 */
public record ApiRequest(String method, String rawTarget, String rawPath, String path,
                         Map<String, List<String>> query, String rawQuery, Map<String, List<String>> headers,
                         byte[] body, Map<String, String> pathParams) {

    /**
     * Makes defensive, unmodifiable copies so a handler cannot alter what another handler sees.
     *
     * @param method upper-case HTTP verb
     * @param rawTarget the request-target exactly as sent (raw path plus {@code ?} raw query); HMAC is checked on it
     * @param rawPath the path exactly as sent, still percent-encoded
     * @param path the path with each segment percent-decoded ({@code %2B} becomes {@code +}; {@code +} stays)
     * @param query decoded query parameters in the order sent (name to values)
     * @param rawQuery the raw query string without {@code ?}, or {@code ""}
     * @param headers request headers, names lower-cased
     * @param body the exact body bytes (never {@code null})
     * @param pathParams values captured by the matched route template, e.g. {@code phoneNumber}
     */
    public ApiRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams == null ? Map.of() : pathParams));
        body = body == null ? new byte[0] : body;
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    /**
     * The same request with the values captured by a route template.
     *
     * @param params values captured by the route template
     * @return a copy with the path parameters
     */
    public ApiRequest withPathParams(Map<String, String> params) {
        return new ApiRequest(method, rawTarget, rawPath, path, query, rawQuery, headers, body, params);
    }

    /**
     * The same request with another {@code api-version} query value (the raw target and raw query keep what the
     * client sent, so signatures and links are unaffected).
     *
     * @param version the api-version the handler should see
     * @return a copy with that api-version
     */
    public ApiRequest withApiVersion(String version) {
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        q.put("api-version", List.of(version));
        return new ApiRequest(method, rawTarget, rawPath, path, q, rawQuery, headers, body, pathParams);
    }

    /**
     * First value of a header (case-insensitive name), or {@code null}.
     *
     * @param name the name
     * @return first value of a header (case-insensitive name), or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * First value of a query parameter (exact, case-sensitive name), or {@code null}.
     *
     * @param name the name
     * @return first value of a query parameter (exact, case-sensitive name), or {@code null}
     */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * A value captured by the route template, or {@code null}.
     *
     * @param name the name
     * @return a value captured by the route template, or {@code null}
     */
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header.
     *
     * @return the token, or {@code null} when the request has no bearer authorization
     */
    public String bearerToken() {
        String a = header("authorization");
        if (a == null) {
            return null;
        }
        String t = a.trim();
        return t.regionMatches(true, 0, "Bearer ", 0, 7) ? t.substring(7).trim() : null;
    }

    /**
     * The {@code api-version} query parameter, or {@code null}.
     *
     * @return the {@code api-version} query parameter, or {@code null}
     */
    public String apiVersion() {
        return queryParam("api-version");
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Whether the body is empty.
     *
     * @return whether the body is empty
     */
    public boolean hasBody() {
        return body.length > 0;
    }

    /**
     * The body parsed as a JSON object; an empty body gives an empty object.
     *
     * @return the JSON object
     * @throws ApiException carrying a 400 envelope when the body is not a JSON object
     */
    public JsonObject jsonObject() {
        if (body.length == 0) {
            return new JsonObject();
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(bodyText());
        } catch (JsonParseException | IllegalStateException e) {
            throw new ApiException(ApiResult.error(400, "InvalidRequestBody",
                    "The request body is not valid JSON.", null, null, null));
        }
        if (!parsed.isJsonObject()) {
            throw new ApiException(ApiResult.error(400, "InvalidRequestBody",
                    "The request body must be a JSON object.", null, null, null));
        }
        return parsed.getAsJsonObject();
    }

    /**
     * The body parsed as any JSON value, or {@code null} for an empty body.
     *
     * @return the parsed body or {@code null}
     * @throws ApiException carrying a 400 envelope when the body is not JSON
     */
    public JsonElement jsonBody() {
        if (body.length == 0) {
            return null;
        }
        try {
            return JsonParser.parseString(bodyText());
        } catch (JsonParseException | IllegalStateException e) {
            throw new ApiException(ApiResult.error(400, "InvalidRequestBody",
                    "The request body is not valid JSON.", null, null, null));
        }
    }

    /** Never prints the body or the Authorization header. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + rawTarget + ", " + body.length + " body bytes]";
    }

    /** Compares all components, bodies by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ApiRequest r && method.equals(r.method) && rawTarget.equals(r.rawTarget)
                && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body)
                && pathParams.equals(r.pathParams);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(method, rawTarget, headers, java.util.Arrays.hashCode(body), pathParams);
    }
}
