package io.github.acsnumbers.identity;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import io.github.acsnumbers.identity.models.TeamsExtensionAssignment;
import io.github.acsnumbers.identity.models.TeamsExtensionPrincipalType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link CommunicationIdentityClient}: the same operations, each returning at once with
 * a {@link CompletableFuture}; cancelling the future cancels the HTTP call. Build one with
 * {@link CommunicationIdentityClientBuilder#buildAsyncClient()}; it is thread-safe and meant to be shared.
 *
 * <p>Arguments are checked before any request is sent: a bad one throws {@link IllegalArgumentException} at once,
 * before a future is returned. Everything the service refuses, and every network failure, completes the future
 * exceptionally with a {@link io.github.acsnumbers.core.error.CommunicationException}. No access token ever
 * appears in a log line, an exception message or a {@code toString()}.
 *
 * <p>Retries after an unknown outcome (a timeout, 500, 502, 504) happen only where a repeat is harmless; each
 * method says whether it is.
 */
public final class CommunicationIdentityAsyncClient {
    private final HttpPipeline pipeline;
    private final CommunicationIdentityOperations ops;

    CommunicationIdentityAsyncClient(HttpPipeline pipeline, CommunicationIdentityOperations ops) {
        this.pipeline = pipeline;
        this.ops = ops;
    }

    /**
     * Creates a new user, without a token.
     *
     * <p>Not replayed after an unknown outcome: a repeat would create a second user.
     *
     * @return a future of the new user
     */
    @ImplementsOperation("create")
    public CompletableFuture<CommunicationUserIdentifier> createUser() {
        return pipeline.sendAsync(ops.createUser());
    }

    /**
     * Creates a new user and issues it a token valid for the service's default 24 hours, in one call.
     *
     * <p>Not replayed after an unknown outcome: a repeat would create a second user.
     *
     * @param scopes what the token allows (at least one)
     * @return a future of the user and its token
     * @throws IllegalArgumentException if {@code scopes} is null, empty or holds a null or blank scope
     */
    public CompletableFuture<CommunicationUserIdentifierAndToken> createUserAndToken(
        List<CommunicationTokenScope> scopes) {
        return createUserAndToken(scopes, null);
    }

    /**
     * Creates a new user and issues it a token, in one call.
     *
     * <p>Not replayed after an unknown outcome: a repeat would create a second user.
     *
     * @param scopes    what the token allows (at least one)
     * @param expiresIn how long the token lives: whole minutes from 60 to 1440; null for the service's default
     *                  (1440 minutes)
     * @return a future of the user and its token
     * @throws IllegalArgumentException if {@code scopes} is null, empty or holds a null or blank scope, or
     *                                  {@code expiresIn} is out of range or not whole minutes
     */
    public CompletableFuture<CommunicationUserIdentifierAndToken> createUserAndToken(
        List<CommunicationTokenScope> scopes, Duration expiresIn) {
        return pipeline.sendAsync(ops.createUserAndToken(scopes, expiresIn));
    }

    /**
     * Issues a new token for an existing user, valid for the service's default 24 hours. Call it again to refresh:
     * tokens issued earlier stay valid until they expire or are revoked.
     *
     * <p>Replayed after an unknown outcome: a repeat only issues one more token for the same user.
     *
     * @param user   the user
     * @param scopes what the token allows (at least one)
     * @return a future of the token
     * @throws IllegalArgumentException if an argument is null or {@code scopes} is empty
     */
    @ImplementsOperation("issueAccessToken")
    public CompletableFuture<AccessToken> getToken(CommunicationUserIdentifier user,
                                                   List<CommunicationTokenScope> scopes) {
        return getToken(user, scopes, null);
    }

    /**
     * Issues a new token for an existing user. Call it again to refresh: tokens issued earlier stay valid until
     * they expire or are revoked.
     *
     * <p>Replayed after an unknown outcome: a repeat only issues one more token for the same user.
     *
     * @param user      the user
     * @param scopes    what the token allows (at least one)
     * @param expiresIn how long the token lives: whole minutes from 60 to 1440; null for the service's default
     *                  (1440 minutes)
     * @return a future of the token
     * @throws IllegalArgumentException if {@code user} or {@code scopes} is null, {@code scopes} is empty, or
     *                                  {@code expiresIn} is out of range or not whole minutes
     */
    public CompletableFuture<AccessToken> getToken(CommunicationUserIdentifier user,
                                                   List<CommunicationTokenScope> scopes, Duration expiresIn) {
        return pipeline.sendAsync(ops.getToken(user, scopes, expiresIn));
    }

    /**
     * Revokes every token issued to the user so far; the user itself is kept and can be issued new tokens.
     *
     * <p>Replayed after an unknown outcome: revoking twice has the effect of revoking once.
     *
     * @param user the user
     * @return a future completed when the service has answered
     * @throws IllegalArgumentException if {@code user} is null
     */
    @ImplementsOperation("revokeAccessTokens")
    public CompletableFuture<Void> revokeTokens(CommunicationUserIdentifier user) {
        return pipeline.sendAsync(ops.revokeTokens(user));
    }

    /**
     * Deletes the user, revoking all its tokens. Later calls for this user fail with HTTP 404.
     *
     * <p>Replayed after an unknown outcome (a DELETE): the user is gone either way.
     *
     * @param user the user
     * @return a future completed when the service has answered
     * @throws IllegalArgumentException if {@code user} is null
     */
    @ImplementsOperation("delete")
    public CompletableFuture<Void> deleteUser(CommunicationUserIdentifier user) {
        return pipeline.sendAsync(ops.deleteUser(user));
    }

    /**
     * Exchanges a Teams user's Microsoft Entra ID access token for a Communication Services token that expires
     * with it. The service checks {@code appId} and {@code userId} against the Entra ID token's claims.
     *
     * <p>Replayed after an unknown outcome: an exchange changes no state.
     *
     * @param entraToken the Teams user's Entra ID access token (a secret; it is never logged or echoed)
     * @param appId      client id of the Entra ID application ({@code appid} claim)
     * @param userId     object id of the Teams user ({@code oid} claim)
     * @return a future of the Communication Services token
     * @throws IllegalArgumentException if an argument is null or blank
     */
    @ImplementsOperation("exchangeTeamsUserAccessToken")
    public CompletableFuture<AccessToken> getTokenForTeamsUser(String entraToken, String appId, String userId) {
        return pipeline.sendAsync(ops.getTokenForTeamsUser(entraToken, appId, userId));
    }

    /**
     * Exchanges a Teams Phone extension token for a Communication Services user and token. api-version 2026-09-23
     * defines no members for the request; the given members are sent as they are (an empty map sends {@code {}}).
     *
     * <p>Replayed after an unknown outcome: the user is derived from the tenant and object, so a repeat returns
     * the same user.
     *
     * @param request the members of the exchange request
     * @return a future of the user and its token
     * @throws IllegalArgumentException if {@code request} is null or has a null or blank member name
     */
    @ImplementsOperation("exchangeToken")
    public CompletableFuture<CommunicationUserIdentifierAndToken> exchangeTeamsExtensionToken(
        Map<String, ?> request) {
        return pipeline.sendAsync(ops.exchangeTeamsExtensionToken(request));
    }

    /**
     * Reads the Teams Phone extension assignment of an Entra ID object.
     *
     * @param tenantId the Entra ID tenant
     * @param objectId the object id of the user or resource account
     * @return a future of the assignment (a missing one fails with HTTP 404)
     * @throws IllegalArgumentException if an id is null or blank
     */
    @ImplementsOperation("getAssignment")
    public CompletableFuture<TeamsExtensionAssignment> getTeamsExtensionAssignment(String tenantId,
                                                                                   String objectId) {
        return pipeline.sendAsync(ops.getTeamsExtensionAssignment(tenantId, objectId));
    }

    /**
     * Creates the Teams Phone extension assignment of an Entra ID object, or replaces it completely.
     *
     * <p>Replayed after an unknown outcome (a PUT): a repeat stores the same values.
     *
     * @param tenantId      the Entra ID tenant
     * @param objectId      the object id of the user or resource account
     * @param principalType what kind of object it is
     * @param clientIds     client ids of the applications the assignment applies to; null to send none
     * @return a future of the stored assignment
     * @throws IllegalArgumentException if an id is null or blank, or {@code principalType} is null
     */
    @ImplementsOperation("upsertAssignment")
    public CompletableFuture<TeamsExtensionAssignment> upsertTeamsExtensionAssignment(
        String tenantId, String objectId, TeamsExtensionPrincipalType principalType, List<String> clientIds) {
        return pipeline.sendAsync(ops.upsertTeamsExtensionAssignment(tenantId, objectId, principalType, clientIds));
    }

    /**
     * Removes the Teams Phone extension assignment of an Entra ID object.
     *
     * @param tenantId the Entra ID tenant
     * @param objectId the object id of the user or resource account
     * @return a future completed when the service has answered
     * @throws IllegalArgumentException if an id is null or blank
     */
    @ImplementsOperation("deleteAssignment")
    public CompletableFuture<Void> deleteTeamsExtensionAssignment(String tenantId, String objectId) {
        return pipeline.sendAsync(ops.deleteTeamsExtensionAssignment(tenantId, objectId));
    }
}
