package io.github.acsnumbers.cli;

import com.azure.identity.DefaultAzureCredentialBuilder;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;

/**
 * The one place that authenticates with Entra ID ({@code --endpoint}): azure-identity's DefaultAzureCredential,
 * which is on this tool's class path only. Kept apart so that azure-identity is loaded only when it is used.
 */
final class EntraId {
    private EntraId() {
    }

    static PhoneNumbersClientBuilder authenticate(PhoneNumbersClientBuilder builder) {
        return builder.tokenCredential(new DefaultAzureCredentialBuilder().build());
    }

    static SipRoutingClientBuilder authenticate(SipRoutingClientBuilder builder) {
        return builder.tokenCredential(new DefaultAzureCredentialBuilder().build());
    }
}
