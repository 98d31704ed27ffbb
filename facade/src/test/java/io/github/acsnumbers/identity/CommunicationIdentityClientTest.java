package io.github.acsnumbers.identity;

import io.github.acsnumbers.identity.models.IdentityModelFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every operation of the blocking client against MockWebServer fixtures shaped like the service's examples. */
class CommunicationIdentityClientTest extends IdentityFixtures {
    private static final List<CommunicationTokenScope> ALL_SCOPES = List.of(CommunicationTokenScope.CHAT,
        CommunicationTokenScope.VOIP, CommunicationTokenScope.CHAT_JOIN, CommunicationTokenScope.CHAT_JOIN_LIMITED,
        CommunicationTokenScope.VOIP_JOIN);

    @Test
    void createUserPostsAnEmptyDocumentAndReadsTheIdentity() throws Exception {
        respond(201, CREATE_RESPONSE);

        CommunicationUserIdentifier user = client().createUser();

        assertEquals(USER_ID, user.getId());
        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals("/identities", r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{}", body(r));
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 "), "signed with the access key");
    }

    @Test
    void createUserAndTokenSendsScopesAndLifetime() throws Exception {
        respond(201, CREATE_WITH_TOKEN_RESPONSE);

        CommunicationUserIdentifierAndToken result = client().createUserAndToken(ALL_SCOPES, Duration.ofMinutes(60));

        assertEquals(USER_ID, result.getUser().getId());
        assertEquals(TOKEN, result.getUserToken().getToken());
        assertEquals(OffsetDateTime.parse("2025-07-10T21:39:39.3244584Z"), result.getUserToken().getExpiresAt());
        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals("/identities", r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{\"createTokenWithScopes\":[\"chat\",\"voip\",\"chat.join\",\"chat.join.limited\",\"voip.join\"],"
            + "\"expiresInMinutes\":60}", body(r));
    }

    @Test
    void createUserAndTokenWithoutLifetimeLeavesTheServiceDefault() throws Exception {
        respond(201, CREATE_WITH_TOKEN_RESPONSE);

        client().createUserAndToken(List.of(CommunicationTokenScope.CHAT));

        assertEquals("{\"createTokenWithScopes\":[\"chat\"]}", body(taken()));
    }

    @Test
    void createUserAndTokenWithoutATokenInTheAnswerFails() throws Exception {
        respond(201, CREATE_RESPONSE);

        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client().createUserAndToken(List.of(CommunicationTokenScope.VOIP)));

        assertTrue(e.getMessage().contains("has no 'accessToken' object"), e.getMessage());
        assertEquals(ErrorKind.CLIENT_ERROR, e.getKind());
    }

    @Test
    void getTokenIssuesForTheUser() throws Exception {
        respond(200, TOKEN_RESPONSE);

        AccessToken token = client().getToken(new CommunicationUserIdentifier(USER_ID), ALL_SCOPES,
            Duration.ofHours(24));

        assertEquals(TOKEN, token.getToken());
        assertEquals(OffsetDateTime.parse(EXPIRES_ON), token.getExpiresAt());
        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals(List.of("identities", USER_ID, ":issueAccessToken"), r.getUrl().pathSegments());
        assertEquals("/identities/8%3Aacs%3A2dee53b4-368b-45b4-ab52-8493fb117652_00000005-14a2-493b-8a72-5a3a0d000081"
            + "/:issueAccessToken", r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{\"scopes\":[\"chat\",\"voip\",\"chat.join\",\"chat.join.limited\",\"voip.join\"],"
            + "\"expiresInMinutes\":1440}", body(r));
    }

    @Test
    void getTokenWithoutLifetimeSendsOnlyTheScopes() throws Exception {
        respond(200, TOKEN_RESPONSE);

        client().getToken(new CommunicationUserIdentifier(USER_ID), List.of(CommunicationTokenScope.CHAT_JOIN));

        assertEquals("{\"scopes\":[\"chat.join\"]}", body(taken()));
    }

    @Test
    void aScopeTheSdkDoesNotKnowIsSentAsGiven() throws Exception {
        respond(200, TOKEN_RESPONSE);

        client().getToken(new CommunicationUserIdentifier(USER_ID),
            List.of(CommunicationTokenScope.fromString("chat.moderate")));

        assertEquals("{\"scopes\":[\"chat.moderate\"]}", body(taken()));
    }

    @Test
    void revokeTokensPostsNoBody() throws Exception {
        respond(204, null);

        client().revokeTokens(new CommunicationUserIdentifier(USER_ID));

        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals(List.of("identities", USER_ID, ":revokeAccessTokens"), r.getUrl().pathSegments());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("", body(r));
    }

    @Test
    void deleteUserSendsDelete() throws Exception {
        respond(204, null);

        client().deleteUser(new CommunicationUserIdentifier(USER_ID));

        RecordedRequest r = taken();
        assertEquals("DELETE", r.getMethod());
        assertEquals(List.of("identities", USER_ID), r.getUrl().pathSegments());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
    }

    @Test
    void aDeletedUserGetsTheServicesNotFound() throws Exception {
        respond(204, null);
        respond(404, NOT_FOUND_ENVELOPE);
        CommunicationIdentityClient client = client();
        CommunicationUserIdentifier user = new CommunicationUserIdentifier(USER_ID);

        client.deleteUser(user);
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.getToken(user, List.of(CommunicationTokenScope.CHAT)));

        assertEquals(404, e.getStatusCode());
        assertEquals(ErrorKind.NOT_FOUND, e.getKind());
        assertEquals("IdentityNotFound", e.getErrorCode());
        assertEquals("The identity was not found.", e.getServiceMessage());
        assertNotNull(e.getRequestId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void anExpiryTheServiceRefusesIsABadRequest() {
        respond(400, EXPIRY_OUT_OF_RANGE_ENVELOPE);

        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client().getToken(new CommunicationUserIdentifier(USER_ID), List.of(CommunicationTokenScope.CHAT),
                Duration.ofMinutes(60)));

        assertEquals(400, e.getStatusCode());
        assertEquals(ErrorKind.BAD_REQUEST, e.getKind());
        assertEquals("ValidationError", e.getErrorCode());
        assertEquals("expiresInMinutes", e.getTarget());
        assertTrue(e.getMessage().contains("between 60 and 1440 minutes"), e.getMessage());
    }

    @Test
    void getTokenForTeamsUserSendsTheThreeMembers() throws Exception {
        respond(200, TOKEN_RESPONSE);

        AccessToken token = client().getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, TEAMS_USER_ID);

        assertEquals(TOKEN, token.getToken());
        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals("/teamsUser/:exchangeAccessToken", r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{\"token\":\"" + ENTRA_TOKEN + "\",\"appId\":\"" + APP_ID + "\",\"userId\":\"" + TEAMS_USER_ID
            + "\"}", body(r));
    }

    @Test
    void exchangeTeamsExtensionTokenPostsTheGivenMembers() throws Exception {
        respond(200, EXTENSION_EXCHANGE_RESPONSE);

        CommunicationUserIdentifierAndToken result = client().exchangeTeamsExtensionToken(Map.of());

        assertEquals(EXTENSION_USER_ID, result.getUser().getId());
        assertEquals(TOKEN, result.getUserToken().getToken());
        RecordedRequest r = taken();
        assertEquals("POST", r.getMethod());
        assertEquals("/access/teamsExtension/:exchangeAccessToken", r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{}", body(r));
    }

    @Test
    void exchangeTeamsExtensionTokenKeepsMemberOrder() throws Exception {
        respond(200, EXTENSION_EXCHANGE_RESPONSE);
        Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("tenantId", TENANT_ID);
        request.put("objectId", OBJECT_ID);

        client().exchangeTeamsExtensionToken(request);

        assertEquals("{\"tenantId\":\"" + TENANT_ID + "\",\"objectId\":\"" + OBJECT_ID + "\"}", body(taken()));
    }

    @Test
    void getTeamsExtensionAssignment() throws Exception {
        respond(200, ASSIGNMENT_RESPONSE);

        TeamsExtensionAssignment a = client().getTeamsExtensionAssignment(TENANT_ID, OBJECT_ID);

        assertEquals(IdentityModelFactory.teamsExtensionAssignment(TENANT_ID, OBJECT_ID, TeamsExtensionPrincipalType.RESOURCE_ACCOUNT,
            null), a);
        assertEquals(List.of(), a.getClientIds());
        RecordedRequest r = taken();
        assertEquals("GET", r.getMethod());
        assertEquals("/access/teamsExtension/tenants/" + TENANT_ID + "/assignments/" + OBJECT_ID,
            r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
    }

    @Test
    void upsertTeamsExtensionAssignmentPutsTheValues() throws Exception {
        respond(201, ASSIGNMENT_RESPONSE);

        TeamsExtensionAssignment a = client().upsertTeamsExtensionAssignment(TENANT_ID, OBJECT_ID,
            TeamsExtensionPrincipalType.RESOURCE_ACCOUNT, null);

        assertEquals(TeamsExtensionPrincipalType.RESOURCE_ACCOUNT, a.getPrincipalType());
        assertEquals(OBJECT_ID, a.getObjectId());
        assertEquals(TENANT_ID, a.getTenantId());
        RecordedRequest r = taken();
        assertEquals("PUT", r.getMethod());
        assertEquals("/access/teamsExtension/tenants/" + TENANT_ID + "/assignments/" + OBJECT_ID,
            r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
        assertEquals("{\"principalType\":\"resourceAccount\"}", body(r));
    }

    @Test
    void upsertTeamsExtensionAssignmentWithClientIdsReadsAReplacement() throws Exception {
        respond(200, "{\"objectId\":\"" + OBJECT_ID + "\",\"tenantId\":\"" + TENANT_ID
            + "\",\"principalType\":\"user\",\"clientIds\":[\"" + APP_ID + "\"]}");

        TeamsExtensionAssignment a = client().upsertTeamsExtensionAssignment(TENANT_ID, OBJECT_ID,
            TeamsExtensionPrincipalType.USER, List.of(APP_ID));

        assertEquals(List.of(APP_ID), a.getClientIds());
        assertEquals(TeamsExtensionPrincipalType.USER, a.getPrincipalType());
        assertEquals("{\"principalType\":\"user\",\"clientIds\":[\"" + APP_ID + "\"]}", body(taken()));
    }

    @Test
    void aPrincipalTypeTheSdkDoesNotKnowParses() {
        respond(200, "{\"objectId\":\"" + OBJECT_ID + "\",\"tenantId\":\"" + TENANT_ID
            + "\",\"principalType\":\"servicePrincipal\"}");

        TeamsExtensionAssignment a = client().getTeamsExtensionAssignment(TENANT_ID, OBJECT_ID);

        assertEquals("servicePrincipal", a.getPrincipalType().toString());
    }

    @Test
    void deleteTeamsExtensionAssignment() throws Exception {
        respond(204, null);

        client().deleteTeamsExtensionAssignment(TENANT_ID, OBJECT_ID);

        RecordedRequest r = taken();
        assertEquals("DELETE", r.getMethod());
        assertEquals("/access/teamsExtension/tenants/" + TENANT_ID + "/assignments/" + OBJECT_ID,
            r.getUrl().encodedPath());
        assertEquals(API_VERSION, r.getUrl().queryParameter("api-version"));
    }

    @Test
    void aMissingAssignmentIsNotFound() {
        respond(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Assignment not found.\"}}");

        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client().getTeamsExtensionAssignment(TENANT_ID, OBJECT_ID));

        assertEquals(ErrorKind.NOT_FOUND, e.getKind());
        assertEquals("Assignment not found.", e.getServiceMessage());
    }

    @Test
    void tokenCallsAreRetriedAfterAnUnknownOutcome() throws Exception {
        respond(500, null);
        respond(200, TOKEN_RESPONSE);

        AccessToken token = client().getToken(new CommunicationUserIdentifier(USER_ID),
            List.of(CommunicationTokenScope.CHAT));

        assertEquals(TOKEN, token.getToken());
        assertEquals(2, server.getRequestCount(), "issueAccessToken is replay-safe");
    }

    @Test
    void revokeIsRetriedAfterAnUnknownOutcome() {
        respond(502, null);
        respond(204, null);

        client().revokeTokens(new CommunicationUserIdentifier(USER_ID));

        assertEquals(2, server.getRequestCount(), "revokeAccessTokens is replay-safe");
    }

    @Test
    void teamsExchangeIsRetriedAfterAnUnknownOutcome() {
        respond(504, null);
        respond(200, TOKEN_RESPONSE);

        client().getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, TEAMS_USER_ID);

        assertEquals(2, server.getRequestCount(), "exchangeAccessToken is replay-safe");
    }

    @Test
    void createUserIsNotReplayedAfterAnUnknownOutcome() {
        respond(500, null);
        respond(201, CREATE_RESPONSE);

        CommunicationException e = assertThrows(CommunicationException.class, () -> client().createUser());

        assertEquals(500, e.getStatusCode());
        assertEquals(1, server.getRequestCount(), "a replay could create a second user");
    }

    @Test
    void createUserIsRetriedWhenTheServiceSaysItDidNothing() {
        respond(503, null);
        respond(201, CREATE_RESPONSE);

        CommunicationUserIdentifier user = client().createUser();

        assertEquals(USER_ID, user.getId());
        assertEquals(2, server.getRequestCount());
    }
}
