package io.github.acsnumbers.identity;

import io.github.acsnumbers.identity.models.IdentityModelFactory;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.util.Lazy;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.retry.ReplaySafety;
import io.github.acsnumbers.implementation.util.Validation;
import io.github.acsnumbers.generated.identity.ApiClient;
import io.github.acsnumbers.generated.identity.JSON;
import io.github.acsnumbers.generated.identity.api.IdentityApi;
import io.github.acsnumbers.generated.identity.model.CommunicationIdentityAccessTokenRequest;
import io.github.acsnumbers.generated.identity.model.CommunicationIdentityCreateRequest;
import io.github.acsnumbers.generated.identity.model.TeamsExtensionAssignmentCreateOrUpdateRequest;
import io.github.acsnumbers.generated.identity.model.TeamsExtensionAssignmentResponse;
import io.github.acsnumbers.generated.identity.model.TeamsUserExchangeTokenRequest;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import io.github.acsnumbers.identity.models.TeamsExtensionAssignment;
import io.github.acsnumbers.identity.models.TeamsExtensionPrincipalType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity operations, each written once: argument checks (before any request), the request, and how its
 * answer is read. The sync client sends the requests with {@link HttpPipeline#send}, the async one with
 * {@link HttpPipeline#sendAsync}. Every exchange that carries a token (in its request or its answer) is marked
 * {@link ServiceRequest#confidential()}, so that no failure message quotes its body.
 */
final class CommunicationIdentityOperations {
    /** The first part of the span names of this client's operations. */
    static final String SERVICE = "CommunicationIdentity";
    /** The api-version of the document the stubs were generated from (its info.version). */
    static final String SPEC_VERSION = io.github.acsnumbers.generated.identity.Configuration.VERSION;
    /** Shortest token lifetime the service accepts. */
    static final Duration MIN_EXPIRES_IN = Duration.ofMinutes(60);
    /** Longest token lifetime the service accepts (also its default). */
    static final Duration MAX_EXPIRES_IN = Duration.ofMinutes(1440);

    private final HttpPipeline pipeline;
    private final String apiVersion;
    /** Made on the first request, not when a client is built (it initialises the generated JSON). */
    private final Lazy<IdentityApi> api;

    CommunicationIdentityOperations(HttpPipeline pipeline, CommunicationIdentityServiceVersion version) {
        this.pipeline = pipeline;
        this.api = Lazy.of(() -> {
            ApiClient client = new ApiClient(pipeline.okHttpClient());
            client.setRequestCustomizer(pipeline::decorate); // per-call headers in the request's one build
            client.setBasePath(pipeline.basePath());
            return new IdentityApi(client);
        });
        this.apiVersion = version.getVersion();
    }

    private IdentityApi api() {
        return api.get();
    }

    // createUser is left an unsafe POST: a replay after a lost answer would create a second user
    ServiceRequest<CommunicationUserIdentifier> createUser() {
        CommunicationIdentityCreateRequest body = new CommunicationIdentityCreateRequest();
        return ServiceRequest.of(() -> api().create(apiVersion).body(body).buildCall(null), IdentityResponses::user)
            .confidential();
    }

    ServiceRequest<CommunicationUserIdentifierAndToken> createUserAndToken(List<CommunicationTokenScope> scopes,
                                                                           Duration expiresIn) {
        CommunicationIdentityCreateRequest body = new CommunicationIdentityCreateRequest()
            .createTokenWithScopes(wireScopes(scopes))
            .expiresInMinutes(expiresInMinutes(expiresIn));
        return ServiceRequest.of(() -> api().create(apiVersion).body(body).buildCall(null),
            IdentityResponses::userAndToken).confidential();
    }

    ServiceRequest<AccessToken> getToken(CommunicationUserIdentifier user, List<CommunicationTokenScope> scopes,
                                         Duration expiresIn) {
        String id = userId(user);
        CommunicationIdentityAccessTokenRequest body = new CommunicationIdentityAccessTokenRequest()
            .scopes(wireScopes(scopes))
            .expiresInMinutes(expiresInMinutes(expiresIn));
        // a replay issues one more token for the same user and changes nothing else
        return ServiceRequest.of(() -> api().issueAccessToken(id, apiVersion).body(body).buildCall(null),
            IdentityResponses::token).replaySafety(ReplaySafety.SAFE).confidential();
    }

    ServiceRequest<Void> revokeTokens(CommunicationUserIdentifier user) {
        String id = userId(user);
        // revoking twice leaves the same state as revoking once
        return ServiceRequest.<Void>of(() -> api().revokeAccessTokens(id, apiVersion).buildCall(null), r -> null)
            .replaySafety(ReplaySafety.SAFE);
    }

    ServiceRequest<Void> deleteUser(CommunicationUserIdentifier user) {
        String id = userId(user);
        return ServiceRequest.of(() -> api().delete(id, apiVersion).buildCall(null), r -> null);
    }

    ServiceRequest<AccessToken> getTokenForTeamsUser(String entraToken, String appId, String userId) {
        // the names only: the values are never echoed, the first one is a credential
        TeamsUserExchangeTokenRequest body = new TeamsUserExchangeTokenRequest()
            .token(Validation.requireNonBlank(entraToken, "entraToken"))
            .appId(Validation.requireNonBlank(appId, "appId"))
            .userId(Validation.requireNonBlank(userId, "userId"));
        // an exchange reads the Entra ID token and issues a token; a replay changes no state
        return ServiceRequest.of(() -> api().exchangeTeamsUserAccessToken(apiVersion).body(body).buildCall(null),
            IdentityResponses::token).replaySafety(ReplaySafety.SAFE).confidential();
    }

    ServiceRequest<CommunicationUserIdentifierAndToken> exchangeTeamsExtensionToken(Map<String, ?> request) {
        Validation.requireNonNull(request, "request");
        Map<String, Object> body = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : request.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("'request' must not have null or blank member names.");
            }
            body.put(e.getKey(), e.getValue());
        }
        // the extension's identity is derived from tenant and object id, so a replay returns the same user
        return ServiceRequest.of(() -> api().exchangeToken(apiVersion).body(body).buildCall(null),
            IdentityResponses::userAndToken).replaySafety(ReplaySafety.SAFE).confidential();
    }

    ServiceRequest<TeamsExtensionAssignment> getTeamsExtensionAssignment(String tenantId, String objectId) {
        String t = Validation.requireNonBlank(tenantId, "tenantId");
        String o = Validation.requireNonBlank(objectId, "objectId");
        return ServiceRequest.of(() -> api().getAssignment(t, o, apiVersion).buildCall(null),
            CommunicationIdentityOperations::assignment);
    }

    ServiceRequest<TeamsExtensionAssignment> upsertTeamsExtensionAssignment(String tenantId, String objectId,
                                                                           TeamsExtensionPrincipalType principalType,
                                                                           List<String> clientIds) {
        String t = Validation.requireNonBlank(tenantId, "tenantId");
        String o = Validation.requireNonBlank(objectId, "objectId");
        Validation.requireNonNull(principalType, "principalType");
        TeamsExtensionAssignmentCreateOrUpdateRequest body = new TeamsExtensionAssignmentCreateOrUpdateRequest()
            .principalType(principalType.toString());
        if (clientIds != null) {
            List<String> ids = new ArrayList<>();
            for (String id : clientIds) {
                ids.add(Validation.requireNonBlank(id, "clientIds[" + ids.size() + "]"));
            }
            body.clientIds(ids);
        }
        return ServiceRequest.of(() -> api().upsertAssignment(t, o, apiVersion).body(body).buildCall(null),
            CommunicationIdentityOperations::assignment);
    }

    ServiceRequest<Void> deleteTeamsExtensionAssignment(String tenantId, String objectId) {
        String t = Validation.requireNonBlank(tenantId, "tenantId");
        String o = Validation.requireNonBlank(objectId, "objectId");
        return ServiceRequest.of(() -> api().deleteAssignment(t, o, apiVersion).buildCall(null), r -> null);
    }

    private static TeamsExtensionAssignment assignment(io.github.acsnumbers.implementation.http.ServiceResponse r) {
        // no credential in this document, so the generated model and its checks are fine here
        TeamsExtensionAssignmentResponse a = r.json(TeamsExtensionAssignmentResponse.class, JSON.getGson());
        return IdentityModelFactory.teamsExtensionAssignment(a.getTenantId(), a.getObjectId(),
            TeamsExtensionPrincipalType.fromString(a.getPrincipalType()), a.getClientIds());
    }

    private static String userId(CommunicationUserIdentifier user) {
        return Validation.requireNonNull(user, "user").getId();
    }

    private static List<String> wireScopes(List<CommunicationTokenScope> scopes) {
        Validation.requireNonEmpty(scopes, "scopes");
        List<String> wire = new ArrayList<>(scopes.size());
        for (CommunicationTokenScope s : scopes) {
            if (s.toString().isBlank()) {
                throw new IllegalArgumentException("'scopes' must not contain a blank scope.");
            }
            wire.add(s.toString());
        }
        return wire;
    }

    /**
     * @param expiresIn the requested lifetime, or null for the service's default (24 hours)
     * @return the whole minutes to send, or null to send none
     */
    static Integer expiresInMinutes(Duration expiresIn) {
        if (expiresIn == null) {
            return null;
        }
        if (expiresIn.compareTo(MIN_EXPIRES_IN) < 0 || expiresIn.compareTo(MAX_EXPIRES_IN) > 0) {
            throw new IllegalArgumentException("'expiresIn' must be between 60 and 1440 minutes (1 to 24 hours), "
                + "but was " + expiresIn + ".");
        }
        if (!expiresIn.equals(Duration.ofMinutes(expiresIn.toMinutes()))) {
            throw new IllegalArgumentException("'expiresIn' must be a whole number of minutes (the service counts "
                + "in minutes), but was " + expiresIn + ".");
        }
        return (int) expiresIn.toMinutes();
    }
}
