package io.github.acsnumbers.identity.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The kind of Microsoft Entra ID object a Teams Phone extension assignment is for. Values the service adds later
 * parse and round-trip unchanged.
 */
public final class TeamsExtensionPrincipalType extends ExpandableStringEnum<TeamsExtensionPrincipalType> {
    /** A Teams resource account (for example of an auto attendant or call queue). */
    public static final TeamsExtensionPrincipalType RESOURCE_ACCOUNT = fromString("resourceAccount");
    /** A Teams user. */
    public static final TeamsExtensionPrincipalType USER = fromString("user");

    // instances come from fromString (the base class creates them reflectively)
    private TeamsExtensionPrincipalType() {
    }

    /**
     * @param value the wire value, e.g. {@code resourceAccount}
     * @return the principal type; null for null
     */
    public static TeamsExtensionPrincipalType fromString(String value) {
        return fromString(value, TeamsExtensionPrincipalType.class);
    }

    /** @return the known values and any new ones seen so far */
    public static Collection<TeamsExtensionPrincipalType> values() {
        return values(TeamsExtensionPrincipalType.class);
    }
}
