package io.github.acsnumbers.core.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A parsed Communication Services connection string, {@code endpoint=https://<resource>.communication.azure.com/;accesskey=<base64>}.
 *
 * <p>Keys are case-insensitive and may come in any order; whitespace around parts and a trailing {@code ;} are
 * tolerated. The endpoint is the resource's base URL: a path, query, fragment or user information is refused (a key
 * pasted into the endpoint would otherwise be shown by {@link #getEndpoint()}), and so is a connection string or a
 * value wrapped in quotes. Every problem is reported as an {@link IllegalArgumentException} naming the part that is
 * wrong; neither the access key nor the endpoint text is echoed, and no getter or {@link #toString()} shows the key.
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
        if (quoted(connectionString.trim())) {
            // pasted from a .env file, a JSON document or a shell line: say so rather than "not a URL" or "not base64"
            throw new IllegalArgumentException("The connection string is wrapped in quotes (\" or '); pass it without "
                + "them: endpoint=https://...;accesskey=...");
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
        if (quoted(key)) {
            throw new IllegalArgumentException("The connection string's access key is wrapped in quotes; remove them.");
        }
        return new ConnectionString(endpoint, new KeyCredential(key));
    }

    private static void checkUrl(String endpoint, String key) {
        String k = key.trim();
        if (k.length() >= 8 && endpoint.contains(k) || endpoint.matches("[A-Za-z0-9+/]{16,}={0,2}")) {
            throw invalidEndpoint("it contains the access key or looks like one ('endpoint' and 'accesskey' swapped, "
                + "or a ';' missing)");
        }
        if (quoted(endpoint)) {
            throw invalidEndpoint("it is wrapped in quotes; remove them");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            // no cause attached: its message repeats the whole endpoint value
            throw invalidEndpoint("it is not a valid URL");
        }
        if (uri.getScheme() == null) {
            throw invalidEndpoint("it has no scheme");
        }
        if (!uri.getScheme().equalsIgnoreCase("https") && !uri.getScheme().equalsIgnoreCase("http")) {
            throw invalidEndpoint("its scheme is not http or https");
        }
        if (uri.getHost() == null) {
            throw invalidEndpoint("it has no valid host name");
        }
        if (uri.getHost().length() > 253 || uri.getHost().matches(".*[^.]{64,}.*")) {
            throw invalidEndpoint("its host name is longer than DNS allows (253 characters, 63 per label)");
        }
        // an ACS endpoint is the resource's base URL: anything after the host is a mistake, and often a pasted key
        if (uri.getRawUserInfo() != null) {
            throw invalidEndpoint("it has user information before the host name");
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw invalidEndpoint("it has a path after the host name");
        }
        if (uri.getRawQuery() != null) {
            throw invalidEndpoint("it has a query ('?...')");
        }
        if (uri.getRawFragment() != null) {
            throw invalidEndpoint("it has a fragment ('#...')");
        }
    }

    /** The value is not repeated: whatever follows the host may be a pasted key. */
    private static IllegalArgumentException invalidEndpoint(String problem) {
        return new IllegalArgumentException("The connection string's endpoint must be the resource's base URL, an "
            + "absolute http(s) URL without a path such as https://<resource>.communication.azure.com/, but " + problem
            + ".");
    }

    private static boolean quoted(String s) {
        return s.length() >= 1 && (s.charAt(0) == '"' || s.charAt(0) == '\'' || s.charAt(s.length() - 1) == '"'
            || s.charAt(s.length() - 1) == '\'');
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
