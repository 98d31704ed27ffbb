package io.github.acsnumbers.implementation.auth;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;

/**
 * Adapts an azure-core {@link TokenCredential} (for example azure-identity's {@code DefaultAzureCredential}).
 * This is the only class that touches azure-core, and it is loaded only when a TokenCredential is configured.
 */
public final class AzureTokenCredentialSource implements AccessTokenSource {
    private final TokenCredential credential;

    /** @param credential the Entra ID credential */
    public AzureTokenCredentialSource(TokenCredential credential) {
        this.credential = credential;
    }

    @Override
    public Token getToken(String scope) {
        AccessToken token = credential.getTokenSync(new TokenRequestContext().addScopes(scope));
        if (token == null || token.getToken() == null) {
            throw new IllegalStateException("The TokenCredential returned no token for scope " + scope);
        }
        return new Token(token.getToken(), token.getExpiresAt());
    }

    @Override
    public String toString() {
        return "AzureTokenCredentialSource{" + credential.getClass().getSimpleName() + "}";
    }
}
