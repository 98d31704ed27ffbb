package io.github.acsnumbers.emulator.identity;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.http.ApiException;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.SpecVersions;
import io.github.acsnumbers.emulator.http.JsonFields;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The wire layer of the emulated Communication Identity API (api-version {@code 2026-09-23}, also {@code 2025-06-30}
 * and {@code 2023-10-01}) of one resource: JSON in, {@link ApiResult} out, no HTTP. It checks api-versions, reads
 * the request bodies and renders the answers; the identities, tokens and assignments are kept by
 * {@link IdentityState} and the error answers are {@link IdentityErrors}'. Thread-safe.
 *
 * <p>Routes the lead wires to this class (all {@code ?api-version=..}):
 * <pre>
 * POST   /identities                                   → {@link #createIdentity(String, JsonElement)}           201
 * DELETE /identities/{id}                              → {@link #deleteIdentity(String, String)}                 204
 * POST   /identities/{id}/:issueAccessToken            → {@link #issueAccessToken(String, String, JsonElement)}  200
 * POST   /identities/{id}/:revokeAccessTokens          → {@link #revokeAccessTokens(String, String)}             204
 * POST   /teamsUser/:exchangeAccessToken               → {@link #exchangeTeamsUserAccessToken(String, JsonElement)} 200
 * GET    /access/teamsExtension/tenants/{t}/assignments/{o} → {@link #getTeamsExtensionAssignment}             200
 * PUT    /access/teamsExtension/tenants/{t}/assignments/{o} → {@link #upsertTeamsExtensionAssignment}     201 / 200
 * DELETE /access/teamsExtension/tenants/{t}/assignments/{o} → {@link #deleteTeamsExtensionAssignment}          204
 * POST   /access/teamsExtension/:exchangeAccessToken   → {@link #exchangeTeamsExtensionToken(String, String, JsonElement)} 200
 * </pre>
 * The Teams-extension operations exist from {@code 2025-06-30}; other api-versions get 400
 * {@code UnsupportedApiVersion}.
 *
 * <p>Identities are {@code 8:acs:<resourceId>_<guid>}; Teams Phone extension identities are
 * {@code 8:acs:<resourceId>_<tenantId>_<objectId>}; exchanged Teams user tokens are for {@code 8:orgid:<userId>}.
 * Access tokens are JWTs signed by the emulator (HMAC-SHA256, its own key; see {@link #checkToken(String)}), and
 * {@code expiresOn} is written like the service does, {@code 2025-07-10T21:39:39.0000000+00:00} (issue time is cut
 * to whole seconds so {@code expiresOn} equals the JWT {@code exp}).
 *
 * <p>Behaviour (facts from the spec and the service's recorded traffic unless marked <i>emulator's choice</i>):
 * <ul>
 *   <li>Token lifetime {@code expiresInMinutes} defaults to 1440 and must be in [60, 1440], else 400
 *       {@code ValidationError} "ExpiresInMinutes value 59 is invalid. Value must be within the [60, 1440]
 *       interval." target {@code ExpiresInMinutes} (recorded). The range is checked whenever the member is sent.</li>
 *   <li>Scopes must be among {@code chat, voip, chat.join, chat.join.limited, voip.join}; an unknown scope gets 400
 *       {@code ValidationError} (<i>emulator's choice</i>). {@code createTokenWithScopes} absent or empty creates no
 *       token; {@code issueAccessToken} without scopes gets 400 "Scopes: The Scopes field is required."
 *       (<i>emulator's choice</i>, in the recorded style).</li>
 *   <li>Revocation invalidates every token issued for the identity before it (tokens carry a revocation generation,
 *       so this is exact even within one clock tick); tokens issued afterwards are valid. Deleting an identity
 *       revokes its tokens; every later call on the id (delete, issue, revoke) gets 404 {@code IdentityNotFound}
 *       "Identity not found." (<i>emulator's choice</i> of code and message), as does an id of another resource.
 *       An id not of the form {@code 8:acs:<guid>_...} gets 400 {@code ValidationError} (<i>emulator's choice</i>).</li>
 *   <li>Teams user exchange: no Entra ID offline, so the token must be a {@link TeamsTestToken}
 *       ({@code emulator-teams:<appId>:<userId>[:<tenantId>[:<expiresEpochSeconds>]]}). Checks, in order: missing
 *       body or token → 400 "The body is either missing or doesn't contain any token."; missing appId / userId → 400
 *       "AppId: The AppId field is required." (target {@code AppId}; UserId alike); not a GUID → 400 "Provided AppId
 *       has invalid format." (target {@code appId}; UserId alike); token not of the test shape or expired → 401
 *       {@code InvalidAccessToken} "Provided access token is not valid."; token for another app → 400 "AAD
 *       application is not the expected one." (target {@code appId}); token for another user → 400 "Provided AAD
 *       token issued for unexpected user." (target {@code userId}). All messages recorded from the service; the
 *       order between checks is the emulator's choice. The new token expires with the Teams token (or after
 *       {@value TeamsTestToken#DEFAULT_LIFETIME_MINUTES} minutes when the test token has no expiry).</li>
 *   <li>Teams Phone extension: assignments are keyed by tenant and object id (GUIDs, else 400); PUT replaces and
 *       answers 201 when new, 200 when replaced; GET/DELETE of an absent assignment get 404
 *       {@code AssignmentNotFound} (<i>emulator's choice</i>). The token exchange takes the caller's Teams token
 *       (the Authorization bearer on the real service; a {@link TeamsTestToken} here) and answers 200 with the
 *       extension identity and a token; 401 {@code InvalidAccessToken} for a bad token; 403 {@code Forbidden} when
 *       the user has no assignment in that tenant or the assignment lists {@code clientIds} without the token's app
 *       (<i>emulator's choice</i>).</li>
 *   <li>Successful answers carry {@code api-supported-versions} listing the versions above.</li>
 * </ul>
 */
public final class IdentityService {

    /** The api-version of the spec document (api-spec/identity.yaml). */
    public static final String API_VERSION = SpecVersions.IDENTITY;
    /** Every api-version served for identities and tokens. */
    public static final List<String> SUPPORTED_VERSIONS = List.of("2023-10-01", "2025-06-30", API_VERSION);
    /** The api-versions that have the Teams Phone extension operations. */
    public static final List<String> TEAMS_EXTENSION_VERSIONS = List.of("2025-06-30", API_VERSION);
    /** The token scopes the service knows. */
    public static final Set<String> SCOPES = Set.of("chat", "voip", "chat.join", "chat.join.limited", "voip.join");

    private static final int DEFAULT_MINUTES = 1440;
    private static final int MIN_MINUTES = 60;
    private static final int MAX_MINUTES = 1440;
    /** Made on first use: setting up java.time's formatters is a noticeable part of a cold start. */
    private static final class Formats {
        static final DateTimeFormatter EXPIRES_ON =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSxxx", Locale.ROOT);
    }
    private static final String SUPPORTED_HEADER = String.join(", ", SUPPORTED_VERSIONS);

    private final IdentityState state;

    /**
     * An emulator with a random signing key (tokens do not survive a restart; pass a key to keep them valid).
     *
     * @param resourceId the resource's immutable id, used in identifiers and tokens
     * @param clock      time source for issue and expiry
     */
    public IdentityService(UUID resourceId, Clock clock) {
        this(resourceId, randomKey(), clock);
    }

    /**
     * An emulator with a given signing key.
     *
     * @param resourceId the resource's immutable id, used in identifiers and tokens
     * @param signingKey HMAC-SHA256 key for the emulator's tokens, at least 32 bytes; copied, never logged
     * @param clock      time source for issue and expiry
     * @throws IllegalArgumentException when an argument is missing or the key is shorter than 32 bytes
     */
    public IdentityService(UUID resourceId, byte[] signingKey, Clock clock) {
        if (resourceId == null || clock == null) {
            throw new IllegalArgumentException("resourceId and clock are required");
        }
        if (signingKey == null || signingKey.length < 32) {
            throw new IllegalArgumentException("the signing key must have at least 32 bytes");
        }
        this.state = new IdentityState(resourceId.toString(), signingKey, clock);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    // ---------------------------------------------------------------------------------------------- identities

    /**
     * {@code POST /identities}: creates an identity and, with {@code createTokenWithScopes}, a token for it.
     *
     * @param apiVersion the {@code api-version} query value
     * @param body       {@code {createTokenWithScopes?, expiresInMinutes?}} or {@code null}
     * @return 201 {@code {identity:{id}, accessToken?:{token, expiresOn}}} or an error
     */
    public ApiResult createIdentity(String apiVersion, JsonElement body) {
        Optional<ApiResult> versionError = checkVersion("/identities", apiVersion, SUPPORTED_VERSIONS);
        if (versionError.isPresent()) {
            return versionError.get();
        }
        List<String> scopes;
        int minutes;
        try {
            JsonObject request = optionalObject(body);
            scopes = request == null ? null : scopes(request, "createTokenWithScopes");
            minutes = minutes(request);
        } catch (RequestError e) {
            return e.result;
        }
        String id = state.newIdentityId();
        JsonObject result = new JsonObject();
        result.add("identity", identityJson(id));
        state.create(id, scopes, minutes).ifPresent(t -> result.add("accessToken", tokenJson(t)));
        return ok(201, result);
    }

    /**
     * {@code DELETE /identities/{id}}: deletes the identity and revokes its tokens.
     *
     * @param apiVersion the {@code api-version} query value
     * @param id         the identity id (path value, decoded)
     * @return 204, or 404 when the identity does not exist (any more)
     */
    public ApiResult deleteIdentity(String apiVersion, String id) {
        Optional<ApiResult> error = checkIdentityCall("/identities/{id}", apiVersion, id);
        if (error.isPresent()) {
            return error.get();
        }
        return state.delete(id) ? ok(204, null) : IdentityErrors.identityNotFound();
    }

    /**
     * {@code POST /identities/{id}/:issueAccessToken}.
     *
     * @param apiVersion the {@code api-version} query value
     * @param id         the identity id (path value, decoded)
     * @param body       {@code {scopes, expiresInMinutes?}}
     * @return 200 {@code {token, expiresOn}} or an error
     */
    public ApiResult issueAccessToken(String apiVersion, String id, JsonElement body) {
        Optional<ApiResult> error = checkIdentityCall("/identities/{id}/:issueAccessToken", apiVersion, id);
        if (error.isPresent()) {
            return error.get();
        }
        List<String> scopes;
        int minutes;
        try {
            JsonObject request = optionalObject(body);
            scopes = request == null ? null : scopes(request, "scopes");
            if (scopes == null || scopes.isEmpty()) {
                return IdentityErrors.required("Scopes");
            }
            minutes = minutes(request);
        } catch (RequestError e) {
            return e.result;
        }
        return state.issueFor(id, scopes, minutes).map(t -> ok(200, tokenJson(t)))
                .orElseGet(IdentityErrors::identityNotFound);
    }

    /**
     * {@code POST /identities/{id}/:revokeAccessTokens}: every token issued for the identity so far stops working.
     *
     * @param apiVersion the {@code api-version} query value
     * @param id         the identity id (path value, decoded)
     * @return 204, or 404 when the identity does not exist (any more)
     */
    public ApiResult revokeAccessTokens(String apiVersion, String id) {
        Optional<ApiResult> error = checkIdentityCall("/identities/{id}/:revokeAccessTokens", apiVersion, id);
        if (error.isPresent()) {
            return error.get();
        }
        return state.revoke(id) ? ok(204, null) : IdentityErrors.identityNotFound();
    }

    // ---------------------------------------------------------------------------------------------- Teams user

    /**
     * {@code POST /teamsUser/:exchangeAccessToken}: trades a Teams user's Entra token (here a {@link TeamsTestToken})
     * for a Communication Identity token.
     *
     * @param apiVersion the {@code api-version} query value
     * @param body       {@code {token, appId, userId}}
     * @return 200 {@code {token, expiresOn}} or an error
     */
    public ApiResult exchangeTeamsUserAccessToken(String apiVersion, JsonElement body) {
        Optional<ApiResult> versionError = checkVersion("/teamsUser/:exchangeAccessToken", apiVersion,
                SUPPORTED_VERSIONS);
        if (versionError.isPresent()) {
            return versionError.get();
        }
        if (body == null || !body.isJsonObject()) {
            return IdentityErrors.teamsBodyMissing();
        }
        JsonObject request = body.getAsJsonObject();
        String token;
        String appId;
        String userId;
        try {
            token = optString(request, "token");
            appId = optString(request, "appId");
            userId = optString(request, "userId");
        } catch (RequestError e) {
            return e.result;
        }
        if (token == null) {
            return IdentityErrors.teamsBodyMissing();
        }
        if (appId == null || appId.isEmpty()) {
            return IdentityErrors.required("AppId");
        }
        if (userId == null || userId.isEmpty()) {
            return IdentityErrors.required("UserId");
        }
        if (!TeamsTestToken.isGuid(appId)) {
            return IdentityErrors.invalidFormat("AppId");
        }
        if (!TeamsTestToken.isGuid(userId)) {
            return IdentityErrors.invalidFormat("UserId");
        }
        Optional<TeamsTestToken> teams = state.validTeamsToken(token);
        if (teams.isEmpty()) {
            return IdentityErrors.invalidAccessToken();
        }
        if (!teams.get().appId().equalsIgnoreCase(appId)) {
            return IdentityErrors.unexpectedApplication();
        }
        if (!teams.get().userId().equalsIgnoreCase(userId)) {
            return IdentityErrors.unexpectedUser();
        }
        return ok(200, tokenJson(state.teamsUserToken(teams.get())));
    }

    // ---------------------------------------------------------------------------------------------- Teams extension

    /**
     * {@code GET /access/teamsExtension/tenants/{tenantId}/assignments/{objectId}}.
     *
     * @param apiVersion the {@code api-version} query value
     * @param tenantId   Entra tenant id (GUID)
     * @param objectId   Entra object id of the user or resource account (GUID)
     * @return 200 {@code {objectId, tenantId, principalType, clientIds?}} or an error
     */
    public ApiResult getTeamsExtensionAssignment(String apiVersion, String tenantId, String objectId) {
        Optional<ApiResult> error = checkAssignmentCall(apiVersion, tenantId, objectId);
        if (error.isPresent()) {
            return error.get();
        }
        IdentityState.Assignment a = state.assignment(tenantId, objectId);
        return a == null ? IdentityErrors.assignmentNotFound() : ok(200, IdentityState.assignmentJson(a));
    }

    /**
     * {@code PUT /access/teamsExtension/tenants/{tenantId}/assignments/{objectId}}: creates or replaces.
     *
     * @param apiVersion the {@code api-version} query value
     * @param tenantId   Entra tenant id (GUID)
     * @param objectId   Entra object id (GUID)
     * @param body       {@code {principalType: resourceAccount|user, clientIds?: [guid]}}
     * @return 201 when created, 200 when replaced, with the assignment; or an error
     */
    public ApiResult upsertTeamsExtensionAssignment(String apiVersion, String tenantId, String objectId,
                                                    JsonElement body) {
        Optional<ApiResult> error = checkAssignmentCall(apiVersion, tenantId, objectId);
        if (error.isPresent()) {
            return error.get();
        }
        String principalType;
        List<String> clientIds;
        try {
            JsonObject request = optionalObject(body);
            String type = request == null ? null : optString(request, "principalType");
            if (type == null || type.isEmpty()) {
                return IdentityErrors.required("PrincipalType");
            }
            if (type.equalsIgnoreCase("resourceAccount")) {
                principalType = "resourceAccount";
            } else if (type.equalsIgnoreCase("user")) {
                principalType = "user";
            } else {
                return IdentityErrors.invalidValue("Provided PrincipalType has invalid value.", "principalType");
            }
            clientIds = stringListOrError(request, "clientIds");
            if (clientIds != null) {
                for (String c : clientIds) {
                    if (!TeamsTestToken.isGuid(c)) {
                        return IdentityErrors.invalidFormat("ClientId");
                    }
                }
            }
        } catch (RequestError e) {
            return e.result;
        }
        IdentityState.Assignment a = new IdentityState.Assignment(tenantId, objectId, principalType,
                clientIds == null ? null : List.copyOf(clientIds));
        return ok(state.putAssignment(a) ? 201 : 200, IdentityState.assignmentJson(a));
    }

    /**
     * {@code DELETE /access/teamsExtension/tenants/{tenantId}/assignments/{objectId}}.
     *
     * @param apiVersion the {@code api-version} query value
     * @param tenantId   Entra tenant id (GUID)
     * @param objectId   Entra object id (GUID)
     * @return 204, or 404 when there is no such assignment
     */
    public ApiResult deleteTeamsExtensionAssignment(String apiVersion, String tenantId, String objectId) {
        Optional<ApiResult> error = checkAssignmentCall(apiVersion, tenantId, objectId);
        if (error.isPresent()) {
            return error.get();
        }
        return state.removeAssignment(tenantId, objectId) ? ok(204, null) : IdentityErrors.assignmentNotFound();
    }

    /**
     * {@code POST /access/teamsExtension/:exchangeAccessToken}: trades the caller's Teams Phone token for an ACS token
     * of the extension identity {@code 8:acs:<resourceId>_<tenantId>_<objectId>}.
     *
     * @param apiVersion the {@code api-version} query value
     * @param teamsToken the caller's Entra token (on the real service, the {@code Authorization: Bearer} value),
     *                   here a {@link TeamsTestToken}; a leading {@code "Bearer "} is stripped
     * @param body       the request body; any JSON object (the example sends {@code {}}) or {@code null}
     * @return 200 {@code {identity:{id}, accessToken:{token, expiresOn}}} or an error
     */
    public ApiResult exchangeTeamsExtensionToken(String apiVersion, String teamsToken, JsonElement body) {
        Optional<ApiResult> versionError = checkVersion("/access/teamsExtension/:exchangeAccessToken", apiVersion,
                TEAMS_EXTENSION_VERSIONS);
        if (versionError.isPresent()) {
            return versionError.get();
        }
        if (body != null && !body.isJsonNull() && !body.isJsonObject()) {
            return IdentityErrors.invalidValue("The request body must be a JSON object.", null);
        }
        String bearer = teamsToken;
        if (bearer != null && bearer.regionMatches(true, 0, "Bearer ", 0, 7)) {
            bearer = bearer.substring(7).trim();
        }
        Optional<TeamsTestToken> teams = state.validTeamsToken(bearer);
        if (teams.isEmpty()) {
            return IdentityErrors.invalidAccessToken();
        }
        IdentityState.ExtensionExchange exchange = state.exchangeExtension(teams.get());
        if (exchange.forbidden() != null) {
            return IdentityErrors.exchangeForbidden(exchange.forbidden());
        }
        JsonObject result = new JsonObject();
        result.add("identity", identityJson(exchange.identityId()));
        result.add("accessToken", tokenJson(exchange.token()));
        return ok(200, result);
    }

    // ---------------------------------------------------------------------------------------------- inspection

    /**
     * What this emulator instance thinks of a token (for tests and a test-support endpoint). A revoked token is
     * reported {@link TokenStatus#REVOKED} even when it has also expired.
     *
     * @param token an access token as returned by this class, or anything else
     * @return the status; never throws for bad input
     */
    public TokenStatus checkToken(String token) {
        return state.checkToken(token);
    }

    /**
     * Whether an identity exists (was created and not deleted).
     *
     * @param id identity id
     * @return {@code true} when it exists
     */
    public boolean identityExists(String id) {
        return state.identityExists(id);
    }

    /**
     * The resource id used in identifiers and tokens.
     *
     * @return the resource id, lower-case GUID text
     */
    public String resourceId() {
        return state.resourceId();
    }

    /**
     * The state as JSON, for persistence: {@code identities} (id → revocation generation), {@code deletedIdentities}
     * and {@code assignments}. The signing key is not part of it (pass the same key to the constructor to keep
     * issued tokens valid across a restart).
     *
     * @return a new JSON object the caller may keep
     */
    public JsonObject snapshot() {
        return state.snapshot();
    }

    /**
     * Replaces the state with a {@link #snapshot()}.
     *
     * @param snapshot a snapshot
     * @throws IllegalArgumentException when the state is not in the snapshot format (nothing changes then)
     */
    public void restore(JsonObject snapshot) {
        state.restore(snapshot);
    }

    /** Forgets every identity, deleted identity and assignment, as a new resource (issued tokens become unknown). */
    public void clear() {
        state.clear();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** An error answer found while reading a body. */
    private static final class RequestError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ApiResult result;

        RequestError(ApiResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private static JsonObject tokenJson(IdentityState.IssuedToken t) {
        JsonObject json = new JsonObject();
        json.addProperty("token", t.token());
        json.addProperty("expiresOn", formatExpiresOn(t.expiresAt()));
        return json;
    }

    private static JsonObject identityJson(String id) {
        JsonObject identity = new JsonObject();
        identity.addProperty("id", id);
        return identity;
    }

    static String formatExpiresOn(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(Formats.EXPIRES_ON);
    }

    private Optional<ApiResult> checkIdentityCall(String path, String apiVersion, String id) {
        Optional<ApiResult> versionError = checkVersion(path, apiVersion, SUPPORTED_VERSIONS);
        if (versionError.isPresent()) {
            return versionError;
        }
        if (!isAcsIdentifier(id)) {
            return Optional.of(IdentityErrors.invalidFormat("Id"));
        }
        return Optional.empty();
    }

    private Optional<ApiResult> checkAssignmentCall(String apiVersion, String tenantId, String objectId) {
        Optional<ApiResult> versionError = checkVersion("/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}",
                apiVersion, TEAMS_EXTENSION_VERSIONS);
        if (versionError.isPresent()) {
            return versionError;
        }
        if (!TeamsTestToken.isGuid(tenantId)) {
            return Optional.of(IdentityErrors.invalidFormat("TenantId"));
        }
        if (!TeamsTestToken.isGuid(objectId)) {
            return Optional.of(IdentityErrors.invalidFormat("ObjectId"));
        }
        return Optional.empty();
    }

    private static Optional<ApiResult> checkVersion(String path, String apiVersion, List<String> allowed) {
        return apiVersion != null && allowed.contains(apiVersion) ? Optional.empty()
                : Optional.of(IdentityErrors.unsupportedApiVersion(path, apiVersion));
    }

    /** {@code 8:acs:<guid>_<anything non-empty>}. */
    private static boolean isAcsIdentifier(String id) {
        if (id == null || !id.startsWith("8:acs:")) {
            return false;
        }
        String rest = id.substring("8:acs:".length());
        int underscore = rest.indexOf('_');
        return underscore == 36 && TeamsTestToken.isGuid(rest.substring(0, 36)) && rest.length() > 37;
    }

    private static JsonObject optionalObject(JsonElement body) throws RequestError {
        if (body == null || body.isJsonNull()) {
            return null;
        }
        if (!body.isJsonObject()) {
            throw new RequestError(IdentityErrors.invalidValue("The request body must be a JSON object.", null));
        }
        return body.getAsJsonObject();
    }

    private static List<String> scopes(JsonObject request, String member) throws RequestError {
        List<String> scopes = stringListOrError(request, member);
        if (scopes == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>();
        for (String s : scopes) {
            if (!SCOPES.contains(s)) {
                throw new RequestError(IdentityErrors.invalidValue("Scope '" + s + "' is not a valid scope.", member));
            }
            if (seen.add(s)) {
                distinct.add(s);
            }
        }
        return distinct;
    }

    private static int minutes(JsonObject request) throws RequestError {
        JsonElement e = request == null ? null : request.get("expiresInMinutes");
        if (e == null || e.isJsonNull()) {
            return DEFAULT_MINUTES;
        }
        long value;
        try {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw new NumberFormatException("not a number");
            }
            BigDecimal number = e.getAsBigDecimal();
            value = number.longValueExact();
        } catch (ArithmeticException | NumberFormatException ex) {
            throw new RequestError(IdentityErrors.invalidValue("ExpiresInMinutes must be an integer.",
                    "ExpiresInMinutes"));
        }
        if (value < MIN_MINUTES || value > MAX_MINUTES) {
            throw new RequestError(IdentityErrors.expiresInMinutesOutOfRange(value));
        }
        return (int) value;
    }

    /** Identity's words for a member it cannot read: 400 {@code InvalidValue} naming the member. */
    private static final JsonFields FIELDS = new JsonFields((member, expected) -> new ApiException(
            IdentityErrors.invalidValue("'" + member + "' must be " + (expected == JsonFields.Expected.STRINGS
                    ? "an array of strings" : "a string") + ".", member)));
    private static String optString(JsonObject o, String member) throws RequestError {
        try {
            return FIELDS.string(o, member, false);
        } catch (ApiException e) {
            throw new RequestError(e.result());
        }
    }

    private static List<String> stringListOrError(JsonObject o, String member) throws RequestError {
        try {
            return FIELDS.strings(o, member, false);
        } catch (ApiException e) {
            throw new RequestError(e.result());
        }
    }

    private static ApiResult ok(int status, JsonObject body) {
        return new ApiResult(status, Map.of("api-supported-versions", SUPPORTED_HEADER), body);
    }
}
