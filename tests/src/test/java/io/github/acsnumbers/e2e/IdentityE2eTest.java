package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.TokenCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.emulator.ManualClock;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.identity.TeamsTestToken;
import io.github.acsnumbers.emulator.identity.TokenStatus;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import io.github.acsnumbers.identity.models.TeamsExtensionAssignment;
import io.github.acsnumbers.identity.models.TeamsExtensionPrincipalType;
import io.github.acsnumbers.testing.SecretGuard;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Users and tokens through the public identity clients, checked with the emulator's own token check. */
class IdentityE2eTest {
    private static final List<CommunicationTokenScope> VOIP = List.of(CommunicationTokenScope.VOIP);
    private static final List<CommunicationTokenScope> CHAT_VOIP =
        List.of(CommunicationTokenScope.CHAT, CommunicationTokenScope.VOIP);

    private PhoneNumbersEmulator emulator;
    private CommunicationIdentityClient client;
    private CommunicationIdentityAsyncClient async;
    /** The emulator's and the clients' clock: expiries are compared with it, never with the wall clock. */
    private ManualClock clock;

    @BeforeEach
    void start() {
        clock = new ManualClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        emulator = E2e.start(PhoneNumbersEmulator.builder().clock(clock).authClock(clock));
        client = E2e.identity(emulator).clock(clock).buildClient();
        async = E2e.identity(emulator).clock(clock).buildAsyncClient();
    }

    /** @return the token's lifetime as issued, measured on the emulator's clock */
    private Duration lifetime(AccessToken token) {
        return Duration.between(clock.instant(), token.getExpiresAt().toInstant());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Registers an issued token with SecretGuard and returns it. */
    private static AccessToken guard(AccessToken token) {
        SecretGuard.register(token.getToken());
        return token;
    }

    private TokenStatus check(AccessToken token) {
        return emulator.sipAndIdentity().identity().checkToken(token.getToken());
    }

    private String resourcePrefix() {
        return "8:acs:" + emulator.sipAndIdentity().identity().resourceId() + "_";
    }

    @Test
    void usersAndTokensSync() {
        CommunicationUserIdentifier user = client.createUser();
        assertTrue(user.getId().startsWith(resourcePrefix()), user.getId());
        assertTrue(emulator.sipAndIdentity().identity().identityExists(user.getId()));

        CommunicationUserIdentifierAndToken both = client.createUserAndToken(CHAT_VOIP);
        AccessToken first = guard(both.getUserToken());
        assertNotEquals(user.getId(), both.getUser().getId());
        assertEquals(TokenStatus.VALID, check(first));
        // the default lifetime is 24 hours
        assertEquals(Duration.ofHours(24), lifetime(first));

        CommunicationUserIdentifierAndToken shortLived = client.createUserAndToken(VOIP, Duration.ofMinutes(60));
        guard(shortLived.getUserToken());
        assertEquals(Duration.ofMinutes(60), lifetime(shortLived.getUserToken()));

        AccessToken refreshed = guard(client.getToken(user, VOIP));
        AccessToken hour = guard(client.getToken(user, CHAT_VOIP, Duration.ofMinutes(90)));
        assertEquals(TokenStatus.VALID, check(refreshed));
        assertEquals(TokenStatus.VALID, check(hour));
        assertEquals(Duration.ofMinutes(90), lifetime(hour));
        // no token text in toString
        assertFalse(hour.toString().contains(hour.getToken()));
        assertFalse(both.toString().contains(first.getToken()));

        // revoke invalidates every earlier token; later tokens work
        client.revokeTokens(user);
        assertEquals(TokenStatus.REVOKED, check(refreshed));
        assertEquals(TokenStatus.REVOKED, check(hour));
        AccessToken after = guard(client.getToken(user, VOIP));
        assertEquals(TokenStatus.VALID, check(after));
        // other users are not affected
        assertEquals(TokenStatus.VALID, check(first));

        // delete: tokens stop working and later calls are 404
        client.deleteUser(user);
        assertEquals(TokenStatus.REVOKED, check(after));
        assertFalse(emulator.sipAndIdentity().identity().identityExists(user.getId()));
        CommunicationException gone = assertServiceError(404, () -> client.getToken(user, VOIP));
        assertEquals(ErrorKind.NOT_FOUND, gone.getKind());
        assertServiceError(404, () -> client.revokeTokens(user));
        assertServiceError(404, () -> client.deleteUser(user));
    }

    @Test
    void usersAndTokensAsync() {
        CommunicationUserIdentifier user = await(async.createUser());
        assertTrue(user.getId().startsWith(resourcePrefix()));
        CommunicationUserIdentifierAndToken both = await(async.createUserAndToken(VOIP));
        guard(both.getUserToken());
        CommunicationUserIdentifierAndToken timed = await(async.createUserAndToken(CHAT_VOIP, Duration.ofHours(2)));
        guard(timed.getUserToken());
        assertEquals(Duration.ofHours(2), lifetime(timed.getUserToken()));

        AccessToken token = guard(await(async.getToken(user, VOIP)));
        AccessToken timedToken = guard(await(async.getToken(user, VOIP, Duration.ofMinutes(1440))));
        assertEquals(TokenStatus.VALID, check(token));
        assertEquals(TokenStatus.VALID, check(timedToken));
        await(async.revokeTokens(user));
        assertEquals(TokenStatus.REVOKED, check(token));
        assertEquals(TokenStatus.REVOKED, check(timedToken));
        await(async.deleteUser(user));
        assertServiceError(404, () -> await(async.getToken(user, VOIP)));
        assertEquals(TokenStatus.VALID, check(both.getUserToken()));
    }

    @Test
    void tokensExpireOnTheEmulatorsClock() {
        emulator.close();
        clock = new ManualClock(Instant.now());
        emulator = E2e.start(PhoneNumbersEmulator.builder().clock(clock).authClock(clock));
        // the client signs with the same clock, so the HMAC date check follows the jump
        client = E2e.identity(emulator).clock(clock).buildClient();
        CommunicationUserIdentifier user = client.createUser();
        AccessToken hour = guard(client.getToken(user, VOIP, Duration.ofMinutes(60)));
        AccessToken day = guard(client.getToken(user, VOIP));
        clock.advance(Duration.ofMinutes(61));
        assertEquals(TokenStatus.EXPIRED, check(hour));
        assertEquals(TokenStatus.VALID, check(day));
        assertTrue(hour.isExpiredAt(clock.instant(), Duration.ZERO));
        assertFalse(day.isExpiredAt(clock.instant(), Duration.ZERO));
        clock.advance(Duration.ofHours(24));
        assertEquals(TokenStatus.EXPIRED, check(day));
    }

    @Test
    void expiresInOutOfRangeIsRejectedBeforeAnyRequest() {
        CommunicationUserIdentifier user = client.createUser();
        long before = emulator.requestCount();
        for (Duration bad : List.of(Duration.ofMinutes(59), Duration.ofMinutes(1441), Duration.ofSeconds(3630),
            Duration.ZERO, Duration.ofMinutes(-60))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.getToken(user, VOIP, bad));
            assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("expiresin"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> client.createUserAndToken(VOIP, bad));
            assertThrows(IllegalArgumentException.class, () -> await(async.getToken(user, VOIP, bad)));
        }
        assertThrows(IllegalArgumentException.class, () -> client.getToken(user, List.of()));
        assertThrows(IllegalArgumentException.class, () -> client.getToken(null, VOIP));
        assertThrows(IllegalArgumentException.class, () -> client.createUserAndToken(null));
        assertEquals(before, emulator.requestCount());
        // the bounds themselves are accepted
        guard(client.getToken(user, VOIP, Duration.ofMinutes(60)));
        guard(client.getToken(user, VOIP, Duration.ofMinutes(1440)));
    }

    @Test
    void everyScopeTheServiceKnowsAndOneItDoesNot() {
        CommunicationUserIdentifier user = client.createUser();
        for (CommunicationTokenScope scope : List.of(CommunicationTokenScope.CHAT, CommunicationTokenScope.VOIP,
            CommunicationTokenScope.CHAT_JOIN, CommunicationTokenScope.CHAT_JOIN_LIMITED,
            CommunicationTokenScope.VOIP_JOIN)) {
            assertEquals(TokenStatus.VALID, check(guard(client.getToken(user, List.of(scope)))), scope::toString);
        }
        // a scope the client does not know is sent as it is; the service decides
        CommunicationException e = assertServiceError(400,
            () -> client.getToken(user, List.of(CommunicationTokenScope.fromString("chat.future"))));
        assertEquals(ErrorKind.BAD_REQUEST, e.getKind());
    }

    @Test
    void teamsUserExchangeWithTheDocumentedTestTokenShape() {
        String appId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        String entra = TeamsTestToken.of(appId, userId);
        SecretGuard.register(entra);

        AccessToken token = guard(client.getTokenForTeamsUser(entra, appId, userId));
        assertEquals(TokenStatus.VALID, check(token));
        assertTrue(lifetime(token).compareTo(Duration.ofMinutes(50)) > 0, lifetime(token)::toString);
        AccessToken asyncToken = guard(await(async.getTokenForTeamsUser(entra, appId, userId)));
        assertEquals(TokenStatus.VALID, check(asyncToken));

        // an expiry inside the test token is kept
        Instant expires = Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String timed = new TeamsTestToken(appId, userId, TeamsTestToken.DEFAULT_TENANT_ID, expires).text();
        SecretGuard.register(timed);
        assertEquals(expires, guard(client.getTokenForTeamsUser(timed, appId, userId)).getExpiresAt().toInstant());

        // mismatched appId / userId and a token that is not in the shape are refused
        CommunicationException wrongApp = assertServiceError(400,
            () -> client.getTokenForTeamsUser(entra, UUID.randomUUID().toString(), userId));
        assertFalse(wrongApp.getMessage().contains(entra), "the Entra token is never echoed");
        assertServiceError(400, () -> client.getTokenForTeamsUser(entra, appId, UUID.randomUUID().toString()));
        assertServiceError(400, () -> await(async.getTokenForTeamsUser(entra, UUID.randomUUID().toString(), userId)));
        assertServiceError(401, () -> client.getTokenForTeamsUser("not-a-teams-token", appId, userId));
        String expired = new TeamsTestToken(appId, userId, TeamsTestToken.DEFAULT_TENANT_ID,
            Instant.now().minusSeconds(60)).text();
        SecretGuard.register(expired);
        assertServiceError(401, () -> client.getTokenForTeamsUser(expired, appId, userId));
        assertThrows(IllegalArgumentException.class, () -> client.getTokenForTeamsUser(" ", appId, userId));
    }

    @Test
    void teamsExtensionAssignmentsSyncAndAsync() {
        String tenant = UUID.randomUUID().toString();
        String object = UUID.randomUUID().toString();
        String app = UUID.randomUUID().toString();
        TeamsExtensionAssignment created = client.upsertTeamsExtensionAssignment(tenant, object,
            TeamsExtensionPrincipalType.USER, List.of(app));
        assertEquals(tenant, created.getTenantId());
        assertEquals(object, created.getObjectId());
        assertEquals(TeamsExtensionPrincipalType.USER, created.getPrincipalType());
        assertEquals(List.of(app), created.getClientIds());

        TeamsExtensionAssignment read = client.getTeamsExtensionAssignment(tenant, object);
        assertEquals(List.of(app), read.getClientIds());
        TeamsExtensionAssignment replaced = await(async.upsertTeamsExtensionAssignment(tenant, object,
            TeamsExtensionPrincipalType.RESOURCE_ACCOUNT, null));
        assertEquals(TeamsExtensionPrincipalType.RESOURCE_ACCOUNT, replaced.getPrincipalType());
        assertEquals(TeamsExtensionPrincipalType.RESOURCE_ACCOUNT,
            await(async.getTeamsExtensionAssignment(tenant, object)).getPrincipalType());

        client.deleteTeamsExtensionAssignment(tenant, object);
        assertServiceError(404, () -> client.getTeamsExtensionAssignment(tenant, object));
        assertServiceError(404, () -> await(async.deleteTeamsExtensionAssignment(tenant, object)));
        await(async.upsertTeamsExtensionAssignment(tenant, object, TeamsExtensionPrincipalType.USER, List.of()));
        await(async.deleteTeamsExtensionAssignment(tenant, object));
        assertServiceError(404, () -> await(async.getTeamsExtensionAssignment(tenant, object)));
    }

    @Test
    void teamsExtensionTokenExchangeAuthenticatedWithTheTeamsUsersBearerToken() {
        // the service authenticates this call with the Teams user's own Entra token, not the resource key
        emulator.close();
        emulator = E2e.start(PhoneNumbersEmulator.builder().bearerTokens(t -> TeamsTestToken.parse(t).isPresent()));
        client = E2e.identity(emulator).buildClient();
        String tenant = TeamsTestToken.DEFAULT_TENANT_ID;
        String user = UUID.randomUUID().toString();
        String app = UUID.randomUUID().toString();
        client.upsertTeamsExtensionAssignment(tenant, user, TeamsExtensionPrincipalType.USER, List.of(app));

        String teams = TeamsTestToken.of(app, user);
        SecretGuard.register(teams);
        TokenCredential credential = context -> Mono.just(
            new com.azure.core.credential.AccessToken(teams, OffsetDateTime.now().plusHours(1)));
        CommunicationIdentityClient asTeamsUser = new CommunicationIdentityClientBuilder()
            .endpoint(emulator.endpoint()).tokenCredential(credential).buildClient();
        CommunicationUserIdentifierAndToken exchanged = asTeamsUser.exchangeTeamsExtensionToken(Map.of());
        guard(exchanged.getUserToken());
        assertEquals(resourcePrefix() + tenant + "_" + user, exchanged.getUser().getId());
        assertEquals(TokenStatus.VALID, check(exchanged.getUserToken()));
        CommunicationUserIdentifierAndToken again = await(new CommunicationIdentityClientBuilder()
            .endpoint(emulator.endpoint()).tokenCredential(credential).buildAsyncClient()
            .exchangeTeamsExtensionToken(Map.of()));
        guard(again.getUserToken());
        assertEquals(exchanged.getUser().getId(), again.getUser().getId());

        // an application the assignment does not allow is refused
        String other = TeamsTestToken.of(UUID.randomUUID().toString(), user);
        SecretGuard.register(other);
        CommunicationIdentityClient wrongApp = new CommunicationIdentityClientBuilder().endpoint(emulator.endpoint())
            .tokenCredential((TokenCredential) context -> Mono.just(
                new com.azure.core.credential.AccessToken(other, OffsetDateTime.now().plusHours(1))))
            .buildClient();
        assertServiceError(403, () -> wrongApp.exchangeTeamsExtensionToken(Map.of()));
    }
}
