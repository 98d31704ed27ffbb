package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.implementation.util.Validation;
import java.net.InetAddress;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Endpoint checks: https everywhere, plain http only for loopback (the local emulator). */
public final class Endpoints {
    private Endpoints() {
    }

    /**
     * @param endpoint e.g. {@code https://contoso.communication.azure.com/}
     * @return the parsed endpoint (path {@code /})
     * @throws IllegalArgumentException if it is not an absolute URL, has a path, query or fragment, or uses http
     *                                  for a host other than loopback
     */
    public static HttpUrl parse(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("'endpoint' is required and must not be blank.");
        }
        if (endpoint.toLowerCase(Locale.ROOT).contains("accesskey=")) {
            // a whole connection string: echoing it would put the access key into the message
            throw new IllegalArgumentException("'endpoint' must be an absolute http(s) URL such as "
                + "https://<resource>.communication.azure.com, but a connection string was given: pass it as the "
                + "connection string instead.");
        }
        HttpUrl url = HttpUrl.parse(endpoint.trim());
        if (url == null) {
            throw new IllegalArgumentException("'endpoint' must be an absolute http(s) URL such as "
                + "https://<resource>.communication.azure.com, but was '" + Validation.abbreviate(endpoint.trim())
                + "'.");
        }
        if (!"/".equals(url.encodedPath()) || url.encodedQuery() != null || url.fragment() != null) {
            throw new IllegalArgumentException("'endpoint' must be just scheme and host (e.g. "
                + "https://<resource>.communication.azure.com/), without a path, query or fragment.");
        }
        if ("http".equals(url.scheme()) && !isLoopback(url.host())) {
            throw new IllegalArgumentException("'endpoint' uses plain http for " + Validation.abbreviate(url.host())
                + ": only https is "
                + "allowed, except for loopback addresses (a local emulator).");
        }
        return url;
    }

    /**
     * @param host a host name or literal address
     * @return true for localhost, 127.0.0.0/8 and ::1
     */
    public static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
