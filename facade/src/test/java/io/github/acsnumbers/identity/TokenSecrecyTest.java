package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * An access token (ours, or a Teams user's Entra ID token) never reaches a log line, an exception message, a
 * cause's message or a {@code toString()}: checked on the captured SLF4J output and on every exception text.
 */
class TokenSecrecyTest extends IdentityFixtures {
    private static final CommunicationUserIdentifier USER = new CommunicationUserIdentifier(USER_ID);
    private static final List<CommunicationTokenScope> CHAT = List.of(CommunicationTokenScope.CHAT);

    @AfterEach
    void stopCapture() {
        CapturingSlf4jProvider.stop();
    }

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(TOKEN), "the access token leaked: " + text);
        assertFalse(text.contains(ENTRA_TOKEN), "the Entra ID token leaked: " + text);
        assertFalse(text.contains("SECRET-"), "part of a token leaked: " + text);
        assertFalse(text.contains(TOKEN.substring(0, 24)), "the start of the access token leaked: " + text);
        assertFalse(text.contains(ENTRA_TOKEN.substring(0, 24)), "the start of the Entra ID token leaked: " + text);
    }

    /** The message, toString and full stack trace text (causes included) of the thrown exception. */
    private static CommunicationException failsWithoutSecret(Executable call) {
        CommunicationException e = assertThrows(CommunicationException.class, call);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertNoSecret(e.getMessage());
        assertNoSecret(e.toString());
        assertNoSecret(trace.toString());
        return e;
    }

    @Test
    void noTokenInTheLogOfEveryOperation() throws Exception {
        respond(201, CREATE_WITH_TOKEN_RESPONSE);
        respond(500, null);
        respond(200, TOKEN_RESPONSE);
        respond(200, TOKEN_RESPONSE);
        respond(200, EXTENSION_EXCHANGE_RESPONSE);
        respond(204, null);
        respond(404, NOT_FOUND_ENVELOPE);
        respond(201, CREATE_WITH_TOKEN_RESPONSE);
        respond(200, TOKEN_RESPONSE);
        CommunicationIdentityClient client = client();
        CommunicationIdentityAsyncClient async = asyncClient();

        CapturingSlf4jProvider.start();
        CommunicationUserIdentifierAndToken created = client.createUserAndToken(CHAT, Duration.ofMinutes(60));
        AccessToken refreshed = client.getToken(created.getUser(), CHAT);
        AccessToken teams = client.getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, TEAMS_USER_ID);
        CommunicationUserIdentifierAndToken extension = client.exchangeTeamsExtensionToken(Map.of("k", ENTRA_TOKEN));
        client.revokeTokens(created.getUser());
        CommunicationException notFound = failsWithoutSecret(() -> client.getToken(created.getUser(), CHAT));
        async.createUserAndToken(CHAT).get(10, TimeUnit.SECONDS);
        async.getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, TEAMS_USER_ID).get(10, TimeUnit.SECONDS);
        List<String> lines = CapturingSlf4jProvider.stop();

        assertEquals(404, notFound.getStatusCode());
        assertEquals(TOKEN, refreshed.getToken(), "the client did get the token");
        assertTrue(lines.stream().anyMatch(l -> l.contains("--> POST /identities?api-version=2026-09-23")),
            "the capture sees the SDK's request log: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("<-- 500")), "and the failed attempt: " + lines);
        assertTrue(lines.size() >= 18, "two lines per attempt: " + lines);
        for (String line : lines) {
            assertNoSecret(line);
        }
        for (Object o : List.of(created, refreshed, teams, extension)) {
            assertNoSecret(o.toString());
        }
        assertNoSecret(lines.toString());
    }

    @Test
    void aTokenWithoutExpiryIsReportedWithoutTheToken() {
        respond(200, "{\"token\":\"" + TOKEN + "\"}");

        CommunicationException e = failsWithoutSecret(() -> client().getToken(USER, CHAT));

        assertTrue(e.getMessage().contains("has no 'expiresOn'"), e.getMessage());
        assertTrue(e.getMessage().contains("the body is not shown"), e.getMessage());
        assertNull(e.getCause());
        assertEquals(200, e.getStatusCode());
    }

    @Test
    void anUnreadableExpiryIsReportedWithoutTheToken() {
        respond(200, "{\"token\":\"" + TOKEN + "\",\"expiresOn\":\"" + TOKEN + "\"}");

        CommunicationException e = failsWithoutSecret(() -> client().getTokenForTeamsUser(ENTRA_TOKEN, APP_ID,
            TEAMS_USER_ID));

        assertTrue(e.getMessage().contains("'expiresOn' that is not an ISO 8601 date-time"), e.getMessage());
    }

    @Test
    void aTokenOfTheWrongTypeIsReportedWithoutItsValue() {
        respond(201, "{\"identity\":{\"id\":\"" + USER_ID + "\"},\"accessToken\":{\"token\":{\"value\":\"" + TOKEN
            + "\"},\"expiresOn\":\"" + EXPIRES_ON + "\"}}");

        CommunicationException e = failsWithoutSecret(() -> client().createUserAndToken(CHAT));

        assertTrue(e.getMessage().contains("'accessToken.token' that is not a non-empty string"), e.getMessage());
    }

    @Test
    void aMissingIdentityIsReportedWithoutTheTokenNextToIt() {
        respond(200, "{\"accessToken\":{\"token\":\"" + TOKEN + "\",\"expiresOn\":\"" + EXPIRES_ON + "\"}}");

        CommunicationException e = failsWithoutSecret(() -> client().exchangeTeamsExtensionToken(Map.of()));

        assertTrue(e.getMessage().contains("has no 'identity' object"), e.getMessage());
    }

    @Test
    void truncatedJsonIsReportedWithoutTheToken() {
        respond(200, "{\"token\":\"" + TOKEN + "\",\"expiresOn\":");

        CommunicationException e = failsWithoutSecret(() -> client().getToken(USER, CHAT));

        assertTrue(e.getMessage().contains("is not valid JSON") || e.getMessage().contains("not a JSON object"),
            e.getMessage());
    }

    @Test
    void aBareTokenInsteadOfJsonIsReportedWithoutIt() {
        respond(200, TOKEN);

        failsWithoutSecret(() -> client().getToken(USER, CHAT));
    }

    @Test
    void aNonEnvelopeErrorBodyOfATokenExchangeIsNotQuoted() {
        // e.g. a proxy page that echoes the request it refused
        respond(400, "<html><body>Bad request: token=" + ENTRA_TOKEN + "</body></html>");

        CommunicationException e = failsWithoutSecret(() -> builder().retryOptions(RetryOptions.none()).buildClient()
            .getTokenForTeamsUser(ENTRA_TOKEN, APP_ID, TEAMS_USER_ID));

        assertEquals(400, e.getStatusCode());
        assertTrue(e.getMessage().contains("bytes, not shown"), e.getMessage());
    }

    @Test
    void theSameBodyIsQuotedWhereNoCredentialIsExchanged() {
        // proves the flag, not a general silence, keeps the token exchanges quiet
        respond(400, "<html><body>Bad gateway page</body></html>");

        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client().getTeamsExtensionAssignment(TENANT_ID, OBJECT_ID));

        assertTrue(e.getMessage().contains("Bad gateway page"), e.getMessage());
    }

    @Test
    void asyncFailuresCarryNoTokenEither() {
        respond(200, "{\"token\":\"" + TOKEN + "\"}");

        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
            () -> asyncClient().getToken(USER, CHAT).get(10, TimeUnit.SECONDS));

        assertTrue(e.getCause() instanceof CommunicationException);
        assertNoSecret(e.getCause().getMessage());
        assertNoSecret(e.getMessage());
    }
}
