package io.github.acsnumbers.identity.models;

import io.github.acsnumbers.implementation.util.Validation;

/**
 * A Communication Services user, named by the identifier the service gave it when it was created, for example
 * {@code 8:acs:<resource id>_<guid>}. The identifier is not a secret: keep it to issue tokens for the same user later.
 */
public final class CommunicationUserIdentifier {
    private final String id;

    /**
     * @param id the user's identifier as returned by {@code createUser}
     * @throws IllegalArgumentException if the id is null or blank
     */
    public CommunicationUserIdentifier(String id) {
        this.id = Validation.requireNonBlank(id, "id");
    }

    /** @return the user's identifier */
    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommunicationUserIdentifier && id.equals(((CommunicationUserIdentifier) o).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CommunicationUserIdentifier{id=" + id + "}";
    }
}
