package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The asynchronous client sends the same requests as the blocking one and completes its futures likewise. */
class CommunicationIdentityAsyncClientTest extends IdentityFixtures {
    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    private static CommunicationException failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(CommunicationException.class, e.getCause());
    }

    @Test
    void createUser() throws Exception {
        respond(201, CREATE_RESPONSE);

        CommunicationUserIdentifier user = await(asyncClient().createUser());

        assertEquals(USER_ID, user.getId());
        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals("/identities", r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{}", body(r));
    }

    @Test
    void createUserAndToken() throws Exception {
        respond(201, CREATE_WITH_TOKEN_RESPONSE);

        CommunicationUserIdentifierAndToken result = await(asyncClient().createUserAndToken(
            List.of(CommunicationTokenScope.CHAT, CommunicationTokenScope.VOIP), Duration.ofMinutes(90)));

        assertEquals(USER_ID, result.getUser().getId());
        assertEquals(TOKEN, result.getUserToken().getToken());
        assertEquals("{\"createTokenWithScopes\":[\"chat\",\"voip\"],\"expiresInMinutes\":90}", body(taken()));
    }

    @Test
    void createUserAndTokenWithDefaultLifetime() throws Exception {
        respond(201, CREATE_WITH_TOKEN_RESPONSE);

        await(asyncClient().createUserAndToken(List.of(CommunicationTokenScope.VOIP_JOIN)));

        assertEquals("{\"createTokenWithScopes\":[\"voip.join\"]}", body(taken()));
    }

    @Test
    void getToken() throws Exception {
        respond(200, TOKEN_RESPONSE);

        AccessToken token = await(asyncClient().getToken(new CommunicationUserIdentifier(USER_ID),
            List.of(CommunicationTokenScope.CHAT_JOIN_LIMITED), Duration.ofMinutes(120)));

        assertEquals(TOKEN, token.getToken());
        RecordedRequest r = taken();
        assertEquals(List.of("identities", USER_ID, ":issueAccessToken"), r.getUrl().pathSegments());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{\"scopes\":[\"chat.join.limited\"],\"expiresInMinutes\":120}", body(r));
    }

    @Test
    void getTokenWithDefaultLifetime() throws Exception {
        respond(200, TOKEN_RESPONSE);

        await(asyncClient().getToken(new CommunicationUserIdentifier(USER_ID), List.of(CommunicationTokenScope.CHAT)));

        assertEquals("{\"scopes\":[\"chat\"]}", body(taken()));
    }

    @Test
    void revokeAndDelete() throws Exception {
        respond(204, null);
        respond(204, null);
        CommunicationIdentityAsyncClient client = asyncClient();
        CommunicationUserIdentifier user = new CommunicationUserIdentifier(USER_ID);

        await(client.revokeTokens(user));
        await(client.deleteUser(user));

        RecordedRequest revoke = taken();
        assertEquals("POST", revoke.getMethod());
        assertEquals(List.of("identities", USER_ID, ":revokeAccessTokens"), revoke.getUrl().pathSegments());
        RecordedRequest delete = taken();
        assertEquals("DELETE", delete.getMethod());
        assertEquals(List.of("identities", USER_ID), delete.getUrl().pathSegments());
        assertEquals(API_VERSION, delete.getUrl().queryParameter("api-version"));
    }

    @Test
    void aDeletedUserFailsTheFutureWithNotFound() {
        respond(404, NOT_FOUND_ENVELOPE);

        CommunicationException e = failure(asyncClient().revokeTokens(new CommunicationUserIdentifier(USER_ID)));

        assertEquals(404, e.getStatusCode());
        assertEquals(ErrorKind.NOT_FOUND, e.getKind());
        assertEquals("IdentityNotFound", e.getErrorCode());
    }

    @Test
    void anExpiryTheServiceRefusesFailsTheFuture() {
        respond(400, EXPIRY_OUT_OF_RANGE_ENVELOPE);

        CommunicationException e = failure(asyncClient().createUserAndToken(List.of(CommunicationTokenScope.CHAT),
            Duration.ofMinutes(1440)));

        assertEquals(400, e.getStatusCode());
        assertEquals("expiresInMinutes", e.getTarget());
    }

    @Test
    void getTokenForTeamsUser() throws Exception {
        respond(200, TOKEN_RESPONSE);

        AccessToken token = await(asyncClient().getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, TEAMS_USER_ID));

        assertEquals(TOKEN, token.getToken());
        RecordedRequest r = taken();
        assertEquals("/teamsUser/:exchangeAccessToken", r.getUrl().encodedPath());
        assertEquals("{\"token\":\"" + ENTRA_TOKEN + "\",\"appId\":\"" + APP_ID + "\",\"userId\":\"" + TEAMS_USER_ID
            + "\"}", body(r));
    }

    @Test
    void teamsExtensionOperations() throws Exception {
        respond(200, EXTENSION_EXCHANGE_RESPONSE);
        respond(201, ASSIGNMENT_RESPONSE);
        respond(200, ASSIGNMENT_RESPONSE);
        respond(204, null);
        CommunicationIdentityAsyncClient client = asyncClient();

        CommunicationUserIdentifierAndToken exchanged = await(client.exchangeTeamsExtensionToken(Map.of()));
        TeamsExtensionAssignment upserted = await(client.upsertTeamsExtensionAssignment(TENANT_ID, OBJECT_ID,
            TeamsExtensionPrincipalType.RESOURCE_ACCOUNT, null));
        TeamsExtensionAssignment read = await(client.getTeamsExtensionAssignment(TENANT_ID, OBJECT_ID));
        await(client.deleteTeamsExtensionAssignment(TENANT_ID, OBJECT_ID));

        assertEquals(EXTENSION_USER_ID, exchanged.getUser().getId());
        assertEquals(upserted, read);
        String path = "/access/teamsExtension/tenants/" + TENANT_ID + "/assignments/" + OBJECT_ID;
        RecordedRequest r = taken();
        assertEquals("POST /access/teamsExtension/:exchangeAccessToken {}",
            r.getMethod() + " " + r.getUrl().encodedPath() + " " + body(r));
        r = taken();
        assertEquals("PUT " + path + " {\"principalType\":\"resourceAccount\"}",
            r.getMethod() + " " + r.getUrl().encodedPath() + " " + body(r));
        r = taken();
        assertEquals("GET " + path, r.getMethod() + " " + r.getUrl().encodedPath());
        r = taken();
        assertEquals("DELETE " + path, r.getMethod() + " " + r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
    }

    @Test
    void badArgumentsThrowAtOnceWithoutARequest() {
        CommunicationIdentityAsyncClient client = asyncClient();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.getToken(new CommunicationUserIdentifier(USER_ID), List.of(), null));
        assertTrue(e.getMessage().contains("'scopes'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.createUserAndToken(
            List.of(CommunicationTokenScope.CHAT), Duration.ofMinutes(59)));
        assertThrows(IllegalArgumentException.class, () -> client.deleteUser(null));
        assertThrows(IllegalArgumentException.class, () -> client.getTokenForTeamsUser(ENTRA_TOKEN, " ", "u"));
        assertEquals(0, server.getRequestCount());
    }
}
