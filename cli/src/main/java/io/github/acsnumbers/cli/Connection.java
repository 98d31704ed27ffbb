package io.github.acsnumbers.cli;

import io.github.acsnumbers.core.AbstractClientBuilder;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import okhttp3.Interceptor;

/**
 * The resource the tool talks to, resolved once per run from {@code --emulator}, {@code --connection-string},
 * {@code --endpoint} (Entra ID) or {@code $COMMUNICATION_SERVICES_CONNECTION_STRING}, and the clients built for it.
 */
final class Connection implements AutoCloseable {
    /** The environment variable read when no connection option is given. */
    static final String ENVIRONMENT_VARIABLE = "COMMUNICATION_SERVICES_CONNECTION_STRING";

    private final String connectionString; // null with Entra ID
    private final String endpoint;
    private final PhoneNumbersEmulator emulator;
    private final List<Interceptor> interceptors;
    private PhoneNumbersClient phoneNumbers;
    private PhoneNumbersAsyncClient phoneNumbersAsync;
    private SipRoutingClient sipStable;
    private SipRoutingClient sipPreview;

    private Connection(String connectionString, String endpoint, PhoneNumbersEmulator emulator,
                       List<Interceptor> interceptors) {
        this.connectionString = connectionString;
        this.endpoint = endpoint;
        this.emulator = emulator;
        this.interceptors = interceptors;
    }

    static Connection open(CommonOptions o, AcsNumbers root, List<Interceptor> interceptors) {
        int given = (o.emulator ? 1 : 0) + (o.connectionString != null ? 1 : 0) + (o.endpoint != null ? 1 : 0);
        if (given > 1) {
            throw new UserError("USAGE", "Give only one of --emulator, --connection-string and --endpoint.");
        }
        if (o.emulator) {
            PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(3)
                .operationDelay(Duration.ofMillis(100)).start();
            root.addSecret(emulator.accessKey());
            root.spec.commandLine().getErr().println("Started an embedded emulator at " + emulator.endpoint()
                + " (its numbers and SIP configuration end with this command).");
            return new Connection(emulator.connectionString(), emulator.endpoint(), emulator, interceptors);
        }
        if (o.endpoint != null) {
            return new Connection(null, o.endpoint.trim(), null, interceptors);
        }
        String cs = o.connectionString != null ? o.connectionString : root.terminal().env(ENVIRONMENT_VARIABLE);
        if (cs == null || cs.isBlank()) {
            throw new UserError("NO_CONNECTION", "No resource given: set " + ENVIRONMENT_VARIABLE
                + ", or pass --connection-string, --endpoint (Entra ID) or --emulator.");
        }
        String key = part(cs, "accesskey");
        root.addSecret(key);
        String ep = part(cs, "endpoint");
        return new Connection(cs.trim(), ep == null ? "the resource" : ep, null, interceptors);
    }

    /** A part of a connection string, e.g. {@code endpoint}, or null. */
    private static String part(String connectionString, String name) {
        for (String p : connectionString.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                return p.substring(eq + 1).trim();
            }
        }
        return null;
    }

    /** @return the endpoint, for messages (never the key) */
    String endpoint() {
        return endpoint;
    }

    private boolean loopback() {
        try {
            String host = URI.create(endpoint).getHost();
            return host != null && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost")
                || host.equals("[::1]") || host.equals("::1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private <B extends AbstractClientBuilder<B>> B configure(B builder) {
        if (connectionString != null) {
            builder.connectionString(connectionString);
        } else {
            builder.endpoint(endpoint);
        }
        if (loopback()) {
            builder.pollInterval(Duration.ofMillis(100)); // the emulator: no need to wait 2 s between polls
        }
        interceptors.forEach(builder::addInterceptor);
        return builder;
    }

    private PhoneNumbersClientBuilder phoneNumbersBuilder() {
        PhoneNumbersClientBuilder b = configure(new PhoneNumbersClientBuilder());
        return connectionString == null ? EntraId.authenticate(b) : b;
    }

    synchronized PhoneNumbersClient phoneNumbers() {
        if (phoneNumbers == null) {
            phoneNumbers = phoneNumbersBuilder().buildClient();
        }
        return phoneNumbers;
    }

    synchronized PhoneNumbersAsyncClient phoneNumbersAsync() {
        if (phoneNumbersAsync == null) {
            phoneNumbersAsync = phoneNumbersBuilder().buildAsyncClient();
        }
        return phoneNumbersAsync;
    }

    /**
     * @param preview true for api-version 2024-11-15-preview (domains, trunk settings, testRoutesWithNumber)
     * @return the SIP routing client
     */
    synchronized SipRoutingClient sip(boolean preview) {
        if (preview) {
            if (sipPreview == null) {
                sipPreview = sipBuilder().serviceVersion(SipRoutingServiceVersion.V2024_11_15_PREVIEW).buildClient();
            }
            return sipPreview;
        }
        if (sipStable == null) {
            sipStable = sipBuilder().buildClient();
        }
        return sipStable;
    }

    private SipRoutingClientBuilder sipBuilder() {
        SipRoutingClientBuilder b = configure(new SipRoutingClientBuilder());
        return connectionString == null ? EntraId.authenticate(b) : b;
    }

    @Override
    public void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Override
    public String toString() {
        return "Connection{" + endpoint.toLowerCase(Locale.ROOT) + "}";
    }
}
