package io.github.acsnumbers.core.auth;

import io.github.acsnumbers.core.util.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A parsed Communication Services connection string, {@code endpoint=https://<resource>.communication.azure.com/;accesskey=<base64>}.
 *
 * <p>Keys are case-insensitive and may come in any order; whitespace around parts and a trailing {@code ;} are
 * tolerated. Every problem is reported as an {@link IllegalArgumentException} naming the part that is wrong; the
 * access key is never echoed.
 */
public final class ConnectionString {
    private final String endpoint;
    private final KeyCredential credential;

    private ConnectionString(String endpoint, KeyCredential credential) {
        this.endpoint = endpoint;
        this.credential = credential;
    }

    /**
     * Parses a connection string.
     *
     * @param connectionString the connection string
     * @return the parsed value
     * @throws IllegalArgumentException if a part is missing, duplicated, unknown or malformed
     */
    public static ConnectionString parse(String connectionString) {
        if (connectionString == null || connectionString.isBlank()) {
            throw new IllegalArgumentException("The connection string is required and must not be blank.");
        }
        String endpoint = null;
        String key = null;
        for (String rawPart : connectionString.split(";")) {
            String part = rawPart.trim();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("The connection string has a part without 'name=value' form; "
                    + "expected 'endpoint=https://...;accesskey=...'.");
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            switch (name) {
                case "endpoint":
                    if (endpoint != null) {
                        throw new IllegalArgumentException("The connection string has 'endpoint' more than once.");
                    }
                    endpoint = value;
                    break;
                case "accesskey":
                    if (key != null) {
                        throw new IllegalArgumentException("The connection string has 'accesskey' more than once.");
                    }
                    key = value;
                    break;
                default:
                    // a key pasted without 'accesskey=' reads as name "<key>" with value "=" (its padding), and
                    // a long name is more likely a key than a typo: name neither
                    if (value.replace("=", "").isEmpty()) {
                        throw new IllegalArgumentException("The connection string has a part without 'name=value' "
                            + "form (an access key pasted without 'accesskey='?); expected "
                            + "'endpoint=https://...;accesskey=...'.");
                    }
                    if (name.length() > 32) {
                        throw new IllegalArgumentException("The connection string has an unknown part (a name of "
                            + name.length() + " characters); only 'endpoint' and 'accesskey' are allowed.");
                    }
                    throw new IllegalArgumentException("The connection string has an unknown part '"
                        + name.replaceAll("[^a-z0-9_.-]", "?") + "'; only 'endpoint' and 'accesskey' are allowed.");
            }
        }
        if (endpoint == null || endpoint.isEmpty()) {
            throw new IllegalArgumentException("The connection string has no 'endpoint' part.");
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("The connection string has no 'accesskey' part.");
        }
        checkUrl(endpoint, key);
        return new ConnectionString(endpoint, new KeyCredential(key));
    }

    private static void checkUrl(String endpoint, String key) {
        boolean valid;
        try {
            URI uri = new URI(endpoint);
            valid = uri.getScheme() != null && uri.getHost() != null
                && (uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"));
        } catch (URISyntaxException e) {
            // no cause attached: its message repeats the whole endpoint value
            valid = false;
        }
        if (!valid) {
            throw new IllegalArgumentException("The connection string's endpoint must be an absolute http(s) URL "
                + "such as https://<resource>.communication.azure.com/, but was '" + shown(endpoint, key) + "'.");
        }
    }

    /** The endpoint as shown in a message: short, and never with the key in it (values swapped, ';' forgotten). */
    private static String shown(String endpoint, String key) {
        String k = key.trim();
        if (k.length() >= 8 && endpoint.contains(k) || endpoint.matches("[A-Za-z0-9+/]{16,}={0,2}")) {
            return "(a value that contains the access key; are 'endpoint' and 'accesskey' swapped?)";
        }
        return Validation.abbreviate(endpoint);
    }

    /** @return the endpoint URL as given */
    public String getEndpoint() {
        return endpoint;
    }

    /** @return the access key as a credential */
    public KeyCredential getCredential() {
        return credential;
    }

    @Override
    public String toString() {
        return "ConnectionString{endpoint=" + endpoint + ", accesskey=***}";
    }
}
