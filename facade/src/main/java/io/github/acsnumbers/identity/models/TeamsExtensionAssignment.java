package io.github.acsnumbers.identity.models;

import io.github.acsnumbers.implementation.util.Validation;
import java.util.List;
import java.util.Objects;

/**
 * A Teams Phone extension access assignment: which Entra ID object (a user or a resource account, in one tenant)
 * may use the resource through the Teams Phone extension, and for which client applications.
 */
public final class TeamsExtensionAssignment {
    private final String tenantId;
    private final String objectId;
    private final TeamsExtensionPrincipalType principalType;
    private final List<String> clientIds;

    /**
     * @param tenantId      the Entra ID tenant
     * @param objectId      the Entra ID object id of the user or resource account
     * @param principalType what kind of object it is
     * @param clientIds     client ids of the applications the assignment applies to (null or empty for none)
     * @throws IllegalArgumentException if an id is blank or the principal type is null
     */
    TeamsExtensionAssignment(String tenantId, String objectId, TeamsExtensionPrincipalType principalType,
                                    List<String> clientIds) {
        this.tenantId = Validation.requireNonBlank(tenantId, "tenantId");
        this.objectId = Validation.requireNonBlank(objectId, "objectId");
        this.principalType = Validation.requireNonNull(principalType, "principalType");
        // not contains(null): List.of(...) throws NullPointerException on that query
        if (clientIds != null && clientIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("'clientIds' must not contain null elements.");
        }
        this.clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
    }

    /** @return the Entra ID tenant */
    public String getTenantId() {
        return tenantId;
    }

    /** @return the Entra ID object id */
    public String getObjectId() {
        return objectId;
    }

    /** @return the kind of object */
    public TeamsExtensionPrincipalType getPrincipalType() {
        return principalType;
    }

    /** @return the client ids (unmodifiable; empty when the service listed none) */
    public List<String> getClientIds() {
        return clientIds;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TeamsExtensionAssignment)) {
            return false;
        }
        TeamsExtensionAssignment a = (TeamsExtensionAssignment) o;
        return tenantId.equals(a.tenantId) && objectId.equals(a.objectId) && principalType.equals(a.principalType)
            && clientIds.equals(a.clientIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, objectId, principalType, clientIds);
    }

    @Override
    public String toString() {
        return "TeamsExtensionAssignment{tenantId=" + tenantId + ", objectId=" + objectId + ", principalType="
            + principalType + ", clientIds=" + clientIds + "}";
    }
}
