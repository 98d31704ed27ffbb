package io.github.acsnumbers.classpath;

import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import java.util.function.Function;

/**
 * What a key-only user writes, compiled normally: {@link KeyOnlyClasspathTest} runs it from a class loader that has
 * no Azure SDK jar.
 */
public final class KeyOnlyUserProgram implements Function<String, String> {
    /** Needed by the test's reflective instantiation. */
    public KeyOnlyUserProgram() {
    }

    @Override
    public String apply(String connectionString) {
        new SipRoutingClientBuilder().connectionString(connectionString).buildClient();
        new CommunicationIdentityClientBuilder().connectionString(connectionString).buildClient();
        PhoneNumbersClient client = new PhoneNumbersClientBuilder().connectionString(connectionString).buildClient();
        return client.getPurchasedPhoneNumber("+14255550100").getPhoneNumber();
    }
}
