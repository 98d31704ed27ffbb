package io.github.acsnumbers.identity.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Builds the identity response models for users' tests and mocks (for example, a stubbed client that returns an
 * {@code AccessToken}). The SDK itself builds them from service responses: response models have no public
 * constructors, so that a field the service adds later can be added to them without breaking anyone.
 *
 * <p>Compatibility: when a model gains a field, a new overload of its factory method with the extra parameter is
 * added and the existing overloads stay, producing the new field's "not sent" value ({@code null}, {@code false}
 * or an empty collection).
 */
public final class IdentityModelFactory {
    private IdentityModelFactory() {
    }

    /**
     * Creates an {@link AccessToken} as the service would return it, for tests and mocks.
     *
     * @param token     the token text
     * @param expiresAt when it expires
     * @return the new {@code AccessToken}
     * @throws IllegalArgumentException if either is null or the token is blank
     */
    public static AccessToken accessToken(
            String token,
            OffsetDateTime expiresAt) {
        return new AccessToken(token, expiresAt);
    }

    /**
     * Creates a {@link CommunicationUserIdentifierAndToken} as the service would return it, for tests and mocks.
     *
     * @param user      the user
     * @param userToken its token
     * @return the new {@code CommunicationUserIdentifierAndToken}
     * @throws IllegalArgumentException if either is null
     */
    public static CommunicationUserIdentifierAndToken communicationUserIdentifierAndToken(
            CommunicationUserIdentifier user,
            AccessToken userToken) {
        return new CommunicationUserIdentifierAndToken(user, userToken);
    }

    /**
     * Creates a {@link TeamsExtensionAssignment} as the service would return it, for tests and mocks.
     *
     * @param tenantId      the Entra ID tenant
     * @param objectId      the Entra ID object id of the user or resource account
     * @param principalType what kind of object it is
     * @param clientIds     client ids of the applications the assignment applies to (null or empty for none)
     * @return the new {@code TeamsExtensionAssignment}
     * @throws IllegalArgumentException if an id is blank or the principal type is null
     */
    public static TeamsExtensionAssignment teamsExtensionAssignment(
            String tenantId,
            String objectId,
            TeamsExtensionPrincipalType principalType,
            List<String> clientIds) {
        return new TeamsExtensionAssignment(tenantId, objectId, principalType, clientIds);
    }
}
