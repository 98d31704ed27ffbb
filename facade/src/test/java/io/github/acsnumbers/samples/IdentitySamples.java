package io.github.acsnumbers.samples;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The identity scenarios of the retired {@code @azure/communication-administration} package, in Java. The
 * regions between {@code BEGIN} and {@code END} are copied into {@code docs/identity.md}; a test checks that the
 * copies are still exact and runs each scenario against a local mock server.
 *
 * <p>Each scenario prints readable lines to {@code out}, and never the token itself.
 */
public final class IdentitySamples {
    private final PrintStream out;

    /** @param out where the samples print */
    public IdentitySamples(PrintStream out) {
        this.out = out;
    }

    /**
     * @param connectionString the resource's connection string
     * @return a blocking client
     */
    public static CommunicationIdentityClient buildClient(String connectionString) {
        // BEGIN: build-client
        CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder()
            .connectionString(connectionString) // endpoint=https://<resource>.communication.azure.com/;accesskey=...
            .buildClient();
        // END: build-client
        return identity;
    }

    /**
     * @param connectionString the resource's connection string
     * @return an asynchronous client
     */
    public static CommunicationIdentityAsyncClient buildAsyncClient(String connectionString) {
        // BEGIN: build-async-client
        CommunicationIdentityAsyncClient identity = new CommunicationIdentityClientBuilder()
            .connectionString(connectionString)
            .buildAsyncClient();
        // END: build-async-client
        return identity;
    }

    /**
     * Legacy {@code createUser()}.
     *
     * @param identity the client
     * @return the new user
     */
    public CommunicationUserIdentifier createUser(CommunicationIdentityClient identity) {
        // BEGIN: create-user
        CommunicationUserIdentifier user = identity.createUser();
        out.println("Created user " + user.getId()); // the id is not a secret: store it to issue tokens later
        // END: create-user
        return user;
    }

    /**
     * Legacy {@code issueToken(user, scopes)}.
     *
     * @param identity the client
     * @param user     the user
     * @return the token
     */
    public AccessToken issueToken(CommunicationIdentityClient identity, CommunicationUserIdentifier user) {
        // BEGIN: issue-token
        AccessToken token = identity.getToken(user,
            List.of(CommunicationTokenScope.CHAT, CommunicationTokenScope.VOIP));
        out.println("Issued a token that expires at " + token.getExpiresAt());
        String forTheChatOrCallingSdk = token.getToken(); // a credential: pass it on, never log it
        // END: issue-token
        return token;
    }

    /**
     * Legacy {@code createUser()} followed by {@code issueToken}, now one request.
     *
     * @param identity the client
     * @return the user and token
     */
    public CommunicationUserIdentifierAndToken createUserAndToken(CommunicationIdentityClient identity) {
        // BEGIN: create-user-and-token
        CommunicationUserIdentifierAndToken created = identity.createUserAndToken(
            List.of(CommunicationTokenScope.VOIP), Duration.ofHours(1)); // 60 to 1440 whole minutes
        out.println("Created user " + created.getUser().getId() + " with a token that expires at "
            + created.getUserToken().getExpiresAt());
        // END: create-user-and-token
        return created;
    }

    /**
     * Refreshing: issue a new token shortly before the current one expires.
     *
     * @param identity the client
     * @param user     the user
     * @param current  the token in use
     * @param clock    the time source (tests inject a fixed one)
     * @return the token to use from now on
     */
    public AccessToken refreshToken(CommunicationIdentityClient identity, CommunicationUserIdentifier user,
                                    AccessToken current, Clock clock) {
        // BEGIN: refresh-token
        AccessToken token = current;
        if (token.isExpiredAt(clock.instant(), Duration.ofMinutes(5))) {
            token = identity.getToken(user, List.of(CommunicationTokenScope.CHAT), Duration.ofHours(24));
            out.println("Refreshed the token; the new one expires at " + token.getExpiresAt());
        }
        // END: refresh-token
        return token;
    }

    /**
     * Legacy {@code revokeTokens(user)}.
     *
     * @param identity the client
     * @param user     the user
     */
    public void revokeTokens(CommunicationIdentityClient identity, CommunicationUserIdentifier user) {
        // BEGIN: revoke-tokens
        identity.revokeTokens(user); // every token issued so far stops working; the user stays
        out.println("Revoked the tokens of " + user.getId());
        // END: revoke-tokens
    }

    /**
     * Legacy {@code deleteUser(user)}, and what a later call gets.
     *
     * @param identity the client
     * @param user     the user
     */
    public void deleteUser(CommunicationIdentityClient identity, CommunicationUserIdentifier user) {
        // BEGIN: delete-user
        identity.deleteUser(user);
        out.println("Deleted " + user.getId());
        try {
            identity.getToken(user, List.of(CommunicationTokenScope.CHAT));
        } catch (CommunicationException e) {
            if (e.getKind() == ErrorKind.NOT_FOUND) {
                out.println("As expected, the deleted user has no tokens any more: " + e.getErrorCode());
            }
        }
        // END: delete-user
    }

    /**
     * The same scenario with the asynchronous client.
     *
     * @param identity the client
     * @return completes when the user is deleted
     */
    public CompletableFuture<Void> asyncScenario(CommunicationIdentityAsyncClient identity) {
        // BEGIN: async
        List<CommunicationTokenScope> scopes = List.of(CommunicationTokenScope.CHAT);
        return identity.createUser()
            .thenCompose(user -> identity.getToken(user, scopes)
                .thenAccept(token -> out.println("Token for " + user.getId() + " expires at "
                    + token.getExpiresAt()))
                .thenCompose(ignored -> identity.revokeTokens(user))
                .thenCompose(ignored -> identity.deleteUser(user)));
        // END: async
    }

    /**
     * A Teams user signs in with Entra ID (for example with MSAL); the application trades that token.
     *
     * @param identity   the client
     * @param entraToken the Teams user's Entra ID access token
     * @param appId      the Entra ID application's client id
     * @param userId     the Teams user's object id
     * @return the Communication Services token
     */
    public AccessToken teamsUser(CommunicationIdentityClient identity, String entraToken, String appId,
                                 String userId) {
        // BEGIN: teams-user
        AccessToken teamsToken = identity.getTokenForTeamsUser(entraToken, appId, userId);
        out.println("Teams user token expires at " + teamsToken.getExpiresAt());
        // END: teams-user
        return teamsToken;
    }
}
