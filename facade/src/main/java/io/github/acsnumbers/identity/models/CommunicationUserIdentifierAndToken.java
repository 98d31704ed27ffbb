package io.github.acsnumbers.identity.models;

import io.github.acsnumbers.implementation.util.Validation;

/** A user and an access token issued for it in the same call. */
public final class CommunicationUserIdentifierAndToken {
    private final CommunicationUserIdentifier user;
    private final AccessToken userToken;

    /**
     * @param user      the user
     * @param userToken its token
     * @throws IllegalArgumentException if either is null
     */
    CommunicationUserIdentifierAndToken(CommunicationUserIdentifier user, AccessToken userToken) {
        this.user = Validation.requireNonNull(user, "user");
        this.userToken = Validation.requireNonNull(userToken, "userToken");
    }

    /** @return the user */
    public CommunicationUserIdentifier getUser() {
        return user;
    }

    /** @return the user's access token */
    public AccessToken getUserToken() {
        return userToken;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommunicationUserIdentifierAndToken
            && user.equals(((CommunicationUserIdentifierAndToken) o).user)
            && userToken.equals(((CommunicationUserIdentifierAndToken) o).userToken);
    }

    @Override
    public int hashCode() {
        return 31 * user.hashCode() + userToken.hashCode();
    }

    /** @return the user id and the token's expiry; the token text is never part of it */
    @Override
    public String toString() {
        return "CommunicationUserIdentifierAndToken{user=" + user.getId() + ", userToken=" + userToken + "}";
    }
}
