package io.github.acsnumbers.implementation.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The azure-core adapter asks for the scope it is given and refuses a credential that returns no token. */
class AzureTokenCredentialSourceTest {
    private static final OffsetDateTime EXPIRY = OffsetDateTime.of(2026, 12, 1, 11, 0, 0, 0, ZoneOffset.UTC);

    /** A credential that answers with a fixed token (or none), recording the scopes asked for. */
    private static final class Fixed implements TokenCredential {
        final List<List<String>> scopes = new ArrayList<>();
        private final AccessToken answer;

        Fixed(AccessToken answer) {
            this.answer = answer;
        }

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.justOrEmpty(getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            scopes.add(request.getScopes());
            return answer;
        }
    }

    @Test
    void aTokenIsPassedOnWithItsExpiry() {
        Fixed credential = new Fixed(new AccessToken("entra-token-value", EXPIRY));
        AzureTokenCredentialSource source = new AzureTokenCredentialSource(credential);
        AccessTokenSource.Token token = source.getToken(BearerTokenInterceptor.SCOPE);
        assertEquals("entra-token-value", token.value());
        assertEquals(EXPIRY, token.expiresAt());
        assertEquals(List.of(List.of(BearerTokenInterceptor.SCOPE)), credential.scopes);
        assertEquals("AzureTokenCredentialSource{Fixed}", source.toString());
        assertFalse(source.toString().contains("entra-token-value"));
    }

    @Test
    void noTokenOrATokenWithoutValueIsRefused() {
        for (AccessToken none : new AccessToken[] {null, new AccessToken(null, EXPIRY)}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AzureTokenCredentialSource(new Fixed(none)).getToken("scope-1"));
            assertEquals("The TokenCredential returned no token for scope scope-1", e.getMessage());
        }
    }
}
