package io.github.acsnumbers.identity;

import io.github.acsnumbers.identity.models.IdentityModelFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import io.github.acsnumbers.identity.models.TeamsExtensionAssignment;
import io.github.acsnumbers.identity.models.TeamsExtensionPrincipalType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityModelsTest {
    private static final OffsetDateTime EXPIRY = OffsetDateTime.parse("2025-07-10T21:39:39.3244584+00:00");
    private static final String SECRET = io.github.acsnumbers.testing.FacadeTestKeys.MODEL_TOKEN;

    @Test
    void scopesHaveTheServicesWireValues() {
        assertEquals("chat", CommunicationTokenScope.CHAT.toString());
        assertEquals("voip", CommunicationTokenScope.VOIP.toString());
        assertEquals("chat.join", CommunicationTokenScope.CHAT_JOIN.toString());
        assertEquals("chat.join.limited", CommunicationTokenScope.CHAT_JOIN_LIMITED.toString());
        assertEquals("voip.join", CommunicationTokenScope.VOIP_JOIN.toString());
        assertSame(CommunicationTokenScope.CHAT_JOIN, CommunicationTokenScope.fromString("chat.join"));
        assertTrue(CommunicationTokenScope.values().containsAll(List.of(CommunicationTokenScope.CHAT,
            CommunicationTokenScope.VOIP, CommunicationTokenScope.CHAT_JOIN, CommunicationTokenScope.CHAT_JOIN_LIMITED,
            CommunicationTokenScope.VOIP_JOIN)));
    }

    @Test
    void aNewScopeParsesAndRoundTrips() {
        CommunicationTokenScope added = CommunicationTokenScope.fromString("voip.pstn");
        assertEquals("voip.pstn", added.toString());
        assertEquals(added, CommunicationTokenScope.fromString("voip.pstn"));
        assertNotEquals(CommunicationTokenScope.VOIP, added);
        assertNull(CommunicationTokenScope.fromString(null));
    }

    @Test
    void principalTypes() {
        assertEquals("resourceAccount", TeamsExtensionPrincipalType.RESOURCE_ACCOUNT.toString());
        assertEquals("user", TeamsExtensionPrincipalType.USER.toString());
        assertSame(TeamsExtensionPrincipalType.USER, TeamsExtensionPrincipalType.fromString("user"));
    }

    @Test
    void accessTokenShowsOnlyItsExpiry() {
        AccessToken token = IdentityModelFactory.accessToken(SECRET, EXPIRY);
        assertEquals("AccessToken{expiresAt=2025-07-10T21:39:39.324458400Z, token=<redacted>}", token.toString());
        assertEquals(SECRET, token.getToken());
        assertEquals(EXPIRY, token.getExpiresAt());
    }

    @Test
    void accessTokenEqualityAndHashDoNotDependOnTheTokenText() {
        AccessToken a = IdentityModelFactory.accessToken(SECRET, EXPIRY);
        AccessToken same = IdentityModelFactory.accessToken(new String(SECRET.toCharArray()), EXPIRY);
        AccessToken other = IdentityModelFactory.accessToken(SECRET + "x", EXPIRY);
        AccessToken later = IdentityModelFactory.accessToken(SECRET, EXPIRY.plusMinutes(1));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, other);
        assertEquals(a.hashCode(), other.hashCode(), "the hash is the expiry's, so it says nothing of the token");
        assertEquals(EXPIRY.hashCode(), a.hashCode());
        assertNotEquals(a, later);
        assertNotEquals(a, null);
    }

    @Test
    void accessTokenRefusesBadValues() {
        assertEquals("'token' is required and must not be null.",
            assertThrows(IllegalArgumentException.class, () -> IdentityModelFactory.accessToken(null, EXPIRY)).getMessage());
        assertEquals("'token' must not be blank.",
            assertThrows(IllegalArgumentException.class, () -> IdentityModelFactory.accessToken(" ", EXPIRY)).getMessage());
        assertEquals("'expiresAt' is required and must not be null.",
            assertThrows(IllegalArgumentException.class, () -> IdentityModelFactory.accessToken(SECRET, null)).getMessage());
    }

    @Test
    void expiryChecksRunOnTheGivenInstant() {
        AccessToken token = IdentityModelFactory.accessToken(SECRET, EXPIRY);
        Instant before = EXPIRY.toInstant().minusSeconds(600);
        assertFalse(token.isExpiredAt(before, Duration.ZERO));
        assertTrue(token.isExpiredAt(before, Duration.ofMinutes(10)), "refresh margin reaches the expiry");
        assertTrue(token.isExpiredAt(EXPIRY.toInstant(), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> token.isExpiredAt(before, Duration.ofMinutes(-1)));
    }

    @Test
    void userAndTokenShowsTheUserAndTheExpiry() {
        CommunicationUserIdentifierAndToken both = IdentityModelFactory.communicationUserIdentifierAndToken(
            new CommunicationUserIdentifier("8:acs:r_u"), IdentityModelFactory.accessToken(SECRET, EXPIRY));
        assertEquals("CommunicationUserIdentifierAndToken{user=8:acs:r_u, userToken=AccessToken{"
            + "expiresAt=2025-07-10T21:39:39.324458400Z, token=<redacted>}}", both.toString());
        assertEquals(both, IdentityModelFactory.communicationUserIdentifierAndToken(new CommunicationUserIdentifier("8:acs:r_u"),
            IdentityModelFactory.accessToken(SECRET, EXPIRY)));
    }

    @Test
    void userIdentifierValueSemantics() {
        CommunicationUserIdentifier u = new CommunicationUserIdentifier(" 8:acs:r_u ");
        assertEquals("8:acs:r_u", u.getId());
        assertEquals(new CommunicationUserIdentifier("8:acs:r_u"), u);
        assertEquals("CommunicationUserIdentifier{id=8:acs:r_u}", u.toString());
    }

    @Test
    void assignmentCopiesItsClientIds() {
        List<String> ids = new ArrayList<>(List.of("a"));
        TeamsExtensionAssignment a = IdentityModelFactory.teamsExtensionAssignment("t", "o", TeamsExtensionPrincipalType.USER, ids);
        ids.add("b");
        assertEquals(List.of("a"), a.getClientIds());
        assertThrows(UnsupportedOperationException.class, () -> a.getClientIds().add("c"));
        assertEquals("TeamsExtensionAssignment{tenantId=t, objectId=o, principalType=user, clientIds=[a]}",
            a.toString());
    }
}
