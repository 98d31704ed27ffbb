package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.TeamsExtensionPrincipalType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad arguments are refused with a clear IllegalArgumentException before any request leaves. */
class IdentityValidationTest extends IdentityFixtures {
    private static final CommunicationUserIdentifier USER = new CommunicationUserIdentifier(USER_ID);
    private static final List<CommunicationTokenScope> CHAT = List.of(CommunicationTokenScope.CHAT);

    private String refused(Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(0, server.getRequestCount(), "nothing may be sent for a bad argument");
        return e.getMessage();
    }

    @Test
    void expiresInBelowOneHour() {
        String m = refused(() -> client().getToken(USER, CHAT, Duration.ofMinutes(59)));
        assertEquals("'expiresIn' must be between 60 and 1440 minutes (1 to 24 hours), but was PT59M.", m);
    }

    @Test
    void expiresInAboveOneDay() {
        String m = refused(() -> client().createUserAndToken(CHAT, Duration.ofMinutes(1441)));
        assertEquals("'expiresIn' must be between 60 and 1440 minutes (1 to 24 hours), but was PT24H1M.", m);
    }

    @Test
    void expiresInNegativeOrZero() {
        assertTrue(refused(() -> client().getToken(USER, CHAT, Duration.ofMinutes(-60))).contains("between 60"));
        assertTrue(refused(() -> client().getToken(USER, CHAT, Duration.ZERO)).contains("between 60"));
    }

    @Test
    void expiresInInPartsOfAMinute() {
        String m = refused(() -> client().getToken(USER, CHAT, Duration.ofMinutes(90).plusSeconds(30)));
        assertEquals("'expiresIn' must be a whole number of minutes (the service counts in minutes), but was "
            + "PT1H30M30S.", m);
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(60, CommunicationIdentityOperations.expiresInMinutes(Duration.ofHours(1)));
        assertEquals(1440, CommunicationIdentityOperations.expiresInMinutes(Duration.ofDays(1)));
        assertEquals(null, CommunicationIdentityOperations.expiresInMinutes(null));
    }

    @Test
    void scopesNullEmptyOrWithNulls() {
        assertEquals("'scopes' is required and must not be null.", refused(() -> client().getToken(USER, null)));
        assertEquals("'scopes' must contain at least one element.",
            refused(() -> client().createUserAndToken(List.of())));
        assertEquals("'scopes' must not contain null elements.",
            refused(() -> client().getToken(USER, Arrays.asList(CommunicationTokenScope.CHAT, null))));
        assertEquals("'scopes' must not contain a blank scope.",
            refused(() -> client().getToken(USER, List.of(CommunicationTokenScope.fromString(" ")))));
    }

    @Test
    void userNull() {
        assertEquals("'user' is required and must not be null.", refused(() -> client().getToken(null, CHAT)));
        assertEquals("'user' is required and must not be null.", refused(() -> client().revokeTokens(null)));
        assertEquals("'user' is required and must not be null.", refused(() -> client().deleteUser(null)));
    }

    @Test
    void userIdBlank() {
        assertEquals("'id' must not be blank.", refused(() -> new CommunicationUserIdentifier("  ")));
        assertEquals("'id' is required and must not be null.", refused(() -> new CommunicationUserIdentifier(null)));
    }

    @Test
    void teamsUserArguments() {
        assertEquals("'entraToken' must not be blank.",
            refused(() -> client().getTokenForTeamsUser(" ", APP_ID, TEAMS_USER_ID)));
        assertEquals("'appId' is required and must not be null.",
            refused(() -> client().getTokenForTeamsUser(ENTRA_TOKEN, null, TEAMS_USER_ID)));
        assertEquals("'userId' must not be blank.",
            refused(() -> client().getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, "")));
    }

    @Test
    void teamsExtensionArguments() {
        assertEquals("'tenantId' must not be blank.",
            refused(() -> client().getTeamsExtensionAssignment("", OBJECT_ID)));
        assertEquals("'objectId' is required and must not be null.",
            refused(() -> client().deleteTeamsExtensionAssignment(TENANT_ID, null)));
        assertEquals("'principalType' is required and must not be null.",
            refused(() -> client().upsertTeamsExtensionAssignment(TENANT_ID, OBJECT_ID, null, null)));
        assertEquals("'clientIds[1]' must not be blank.", refused(() -> client().upsertTeamsExtensionAssignment(
            TENANT_ID, OBJECT_ID, TeamsExtensionPrincipalType.USER, List.of(APP_ID, " "))));
        assertEquals("'request' is required and must not be null.",
            refused(() -> client().exchangeTeamsExtensionToken(null)));
        assertEquals("'request' must not have null or blank member names.",
            refused(() -> client().exchangeTeamsExtensionToken(Map.of(" ", "x"))));
    }

    @Test
    void builderNeedsACredential() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> new CommunicationIdentityClientBuilder().endpoint("http://127.0.0.1:" + server.getPort())
                .buildClient());
        assertTrue(e.getMessage().startsWith("No credential"), e.getMessage());
        assertEquals("'serviceVersion' is required and must not be null.",
            refused(() -> new CommunicationIdentityClientBuilder().serviceVersion(null)));
    }

    @Test
    void theMessageNeverEchoesTheEntraToken() {
        // arguments are named in messages, never quoted
        String m = refused(() -> client().getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, null));
        assertTrue(!m.contains(ENTRA_TOKEN), m);
    }
}
