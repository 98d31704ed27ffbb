package io.github.acsnumbers.emulator;

import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.ApiVersionPolicy;
import io.github.acsnumbers.emulator.http.Router;
import io.github.acsnumbers.emulator.identity.IdentityService;
import io.github.acsnumbers.emulator.identity.TokenStatus;
import io.github.acsnumbers.emulator.sip.SipApiVersion;
import io.github.acsnumbers.emulator.sip.SipRoutingService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.UUID;

/**
 * Serves the SIP Routing and Identity APIs on the emulator's port, next to Phone Numbers: the HTTP routes of the
 * two domain services, and their persistence through the data file.
 *
 * <p>Besides the service's own operations it adds one test-support route that the real service does not have:
 * {@code POST /emulator/identity/:checkToken} with {@code {"token":"..."}} answers
 * {@code {"status":"VALID|REVOKED|EXPIRED|UNKNOWN_OR_INVALID"}}, so tests can check their own token-refresh logic.
 */
public final class SipAndIdentityApis {
    private final SipRoutingService sip = new SipRoutingService();
    private final IdentityService identity;

    /**
     * @param accessKey the emulator's access key: the identity signing key and resource id derive from it, so tokens
     *                  stay valid across restarts of the same emulator (same key, same data file)
     * @param clock     the emulator's clock (token expiry)
     */
    public SipAndIdentityApis(String accessKey, Clock clock) {
        byte[] digest = sha256("identity-signing:" + accessKey);
        byte[] idBytes = sha256("resource-id:" + accessKey);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (idBytes[i] & 0xff);
            lsb = (lsb << 8) | (idBytes[8 + i] & 0xff);
        }
        this.identity = new IdentityService(new UUID(msb, lsb), digest, clock);
    }

    /** @return the SIP configuration service (state inspection in tests) */
    public SipRoutingService sip() {
        return sip;
    }

    /** @return the identity service (token checks in tests) */
    public IdentityService identity() {
        return identity;
    }

    /**
     * Registers the routes on the emulator's router.
     *
     * @param r the router
     */
    public void register(Router r) {
        ApiVersionPolicy sipVersions = ApiVersionPolicy.checkedByHandler(SipApiVersion.SUPPORTED_HEADER_VALUE);
        ApiVersionPolicy idVersions = ApiVersionPolicy.checkedByHandler(
            String.join(", ", IdentityService.SUPPORTED_VERSIONS));
        r.add("GET", "/sip", "sip", sipVersions, q -> sip.get(q.apiVersion(), q.queryParam("expand")))
            .add("PATCH", "/sip", "sip", sipVersions, q -> sip.patch(q.apiVersion(), q.jsonBody()))
            .add("POST", "/sip:testRoutesWithNumber", "sip", sipVersions, q -> sip.testRoutesWithNumber(
                q.apiVersion(), q.queryParam("targetPhoneNumber"), q.jsonBody()))
            .add("POST", "/identities", "identity", idVersions,
                q -> identity.createIdentity(q.apiVersion(), q.jsonBody()))
            .add("DELETE", "/identities/{id}", "identity", idVersions,
                q -> identity.deleteIdentity(q.apiVersion(), q.pathParam("id")))
            .add("POST", "/identities/{id}/:issueAccessToken", "identity", idVersions,
                q -> identity.issueAccessToken(q.apiVersion(), q.pathParam("id"), q.jsonBody()))
            .add("POST", "/identities/{id}/:revokeAccessTokens", "identity", idVersions,
                q -> identity.revokeAccessTokens(q.apiVersion(), q.pathParam("id")))
            .add("POST", "/teamsUser/:exchangeAccessToken", "identity", idVersions,
                q -> identity.exchangeTeamsUserAccessToken(q.apiVersion(), q.jsonBody()))

            .add("GET", "/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}", "identity", idVersions,
                q -> identity.getTeamsExtensionAssignment(q.apiVersion(), q.pathParam("tenantId"),
                    q.pathParam("objectId")))
            .add("PUT", "/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}", "identity", idVersions,
                q -> identity.upsertTeamsExtensionAssignment(q.apiVersion(), q.pathParam("tenantId"),
                    q.pathParam("objectId"), q.jsonBody()))
            .add("DELETE", "/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}", "identity", idVersions,
                q -> identity.deleteTeamsExtensionAssignment(q.apiVersion(), q.pathParam("tenantId"),
                    q.pathParam("objectId")))
            .add("POST", "/emulator/identity/:checkToken", "identity", idVersions,
                q -> checkToken(q.jsonObject()));
        // the caller's Teams (Entra ID) token is the credential of this exchange, so the handler checks it
        r.addAuthenticatedByHandler("POST", "/access/teamsExtension/:exchangeAccessToken", "identity", idVersions,
            q -> identity.exchangeTeamsExtensionToken(q.apiVersion(), q.bearerToken(), q.jsonBody()));
    }

    private ApiResult checkToken(JsonObject body) {
        if (body == null || !body.has("token") || !body.get("token").isJsonPrimitive()) {
            return ApiResult.error(400, "BadRequest", "Send {\"token\":\"...\"}.", "token", null, null);
        }
        TokenStatus status = identity.checkToken(body.get("token").getAsString());
        JsonObject o = new JsonObject();
        o.addProperty("status", status.name());
        return ApiResult.json(200, o);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
