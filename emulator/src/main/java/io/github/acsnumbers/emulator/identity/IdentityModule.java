package io.github.acsnumbers.emulator.identity;

import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.ServiceModule;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.ApiVersionPolicy;
import io.github.acsnumbers.emulator.http.Router;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Communication Identity as an emulator module: {@link IdentityService} (wire) over {@link IdentityState}
 * (identities, tokens, assignments), {@link IdentityErrors} (errors); the state is saved as a JSON snapshot under
 * {@code identity}.
 *
 * <p>Besides the service's own operations it adds one test-support route that the real service does not have:
 * {@code POST /emulator/identity/:checkToken} with {@code {"token":"..."}} answers
 * {@code {"status":"VALID|REVOKED|EXPIRED|UNKNOWN_OR_INVALID"}}, so tests can check their own token-refresh logic.
 */
public final class IdentityModule implements ServiceModule {

    private final IdentityService identity;

    /**
     * The identity service of the emulator with this access key: its signing key and resource id derive from the
     * access key, so tokens stay valid across restarts of the same emulator (same key, same data file).
     *
     * @param accessKey the emulator's access key
     * @param clock     the emulator's clock (token expiry)
     */
    public IdentityModule(String accessKey, Clock clock) {
        byte[] signingKey = sha256("identity-signing:" + accessKey);
        byte[] idBytes = sha256("resource-id:" + accessKey);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (idBytes[i] & 0xff);
            lsb = (lsb << 8) | (idBytes[8 + i] & 0xff);
        }
        this.identity = new IdentityService(new UUID(msb, lsb), signingKey, clock);
    }

    /**
     * The service (token checks in tests).
     *
     * @return the service
     */
    public IdentityService service() {
        return identity;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public List<String> apiVersions() {
        return IdentityService.SUPPORTED_VERSIONS;
    }

    @Override
    public void register(Router r) {
        ApiVersionPolicy versions = ApiVersionPolicy.checkedByHandler(
            String.join(", ", IdentityService.SUPPORTED_VERSIONS));
        r.add("POST", "/identities", "identity", versions,
                q -> identity.createIdentity(q.apiVersion(), q.jsonBody()))
            .add("DELETE", "/identities/{id}", "identity", versions,
                q -> identity.deleteIdentity(q.apiVersion(), q.pathParam("id")))
            .add("POST", "/identities/{id}/:issueAccessToken", "identity", versions,
                q -> identity.issueAccessToken(q.apiVersion(), q.pathParam("id"), q.jsonBody()))
            .add("POST", "/identities/{id}/:revokeAccessTokens", "identity", versions,
                q -> identity.revokeAccessTokens(q.apiVersion(), q.pathParam("id")))
            .add("POST", "/teamsUser/:exchangeAccessToken", "identity", versions,
                q -> identity.exchangeTeamsUserAccessToken(q.apiVersion(), q.jsonBody()))
            .add("GET", "/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}", "identity", versions,
                q -> identity.getTeamsExtensionAssignment(q.apiVersion(), q.pathParam("tenantId"),
                    q.pathParam("objectId")))
            .add("PUT", "/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}", "identity", versions,
                q -> identity.upsertTeamsExtensionAssignment(q.apiVersion(), q.pathParam("tenantId"),
                    q.pathParam("objectId"), q.jsonBody()))
            .add("DELETE", "/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}", "identity", versions,
                q -> identity.deleteTeamsExtensionAssignment(q.apiVersion(), q.pathParam("tenantId"),
                    q.pathParam("objectId")))
            .add("POST", "/emulator/identity/:checkToken", "identity", versions,
                q -> checkToken(q.jsonObject()));
        // the caller's Teams (Entra ID) token is the credential of this exchange, so the handler checks it
        r.addAuthenticatedByHandler("POST", "/access/teamsExtension/:exchangeAccessToken", "identity", versions,
            q -> identity.exchangeTeamsExtensionToken(q.apiVersion(), q.bearerToken(), q.jsonBody()));
    }

    @Override
    public Optional<PhoneNumbersEmulator.PersistentDomain> persistence() {
        return Optional.of(new PhoneNumbersEmulator.PersistentDomain(name(), Set.of("identity"), identity::snapshot,
            identity::restore));
    }

    @Override
    public void reset() {
        identity.clear();
    }

    private ApiResult checkToken(JsonObject body) {
        if (body == null || !body.has("token") || !body.get("token").isJsonPrimitive()) {
            return ApiResult.error(400, "BadRequest", "Send {\"token\":\"...\"}.", "token", null, null);
        }
        JsonObject o = new JsonObject();
        o.addProperty("status", identity.checkToken(body.get("token").getAsString()).name());
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
