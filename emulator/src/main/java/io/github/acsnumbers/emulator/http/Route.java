package io.github.acsnumbers.emulator.http;

import java.util.List;
import java.util.Locale;

/**
 * One registered operation: HTTP method plus a path template such as {@code /phoneNumbers/{phoneNumber}} or
 * {@code /availablePhoneNumbers/countries/{countryCode}/:search}. A {@code {name}} segment matches exactly one
 * decoded path segment; every other segment is compared literally (so {@code /sip:testRoutesWithNumber} works).
 *
 * @param method   HTTP verb, upper case
 * @param template path template
 * @param family   route family name, used to restrict faults (e.g. {@code numbers}, {@code sip}, {@code identity})
 * @param versions accepted api-versions and the advertised list
 * @param handler  the operation
 * @param auth     who authenticates requests of this route
 */
public record Route(String method, String template, String family, ApiVersionPolicy versions, ApiHandler handler,
                    Auth auth) {

    /** Who authenticates a route's requests. */
    public enum Auth {
        /** The server: HMAC signature with the access key, or an accepted bearer token (the default). */
        SERVER,
        /**
         * The handler itself (e.g. a token exchange whose {@code Authorization: Bearer} carries a foreign token);
         * the server lets every request through to it.
         */
        HANDLER
    }

    /**
     * A route the server authenticates.
     *
     * @param method   HTTP verb
     * @param template path template
     * @param family   route family
     * @param versions accepted api-versions
     * @param handler  the operation
     */
    public Route(String method, String template, String family, ApiVersionPolicy versions, ApiHandler handler) {
        this(method, template, family, versions, handler, Auth.SERVER);
    }

    /**
     * Validates and normalises the method.
     *
     * @param method HTTP verb, upper case
     * @param template path template
     * @param family route family name, used to restrict faults (e.g. {@code numbers}, {@code sip}, {@code identity})
     * @param versions accepted api-versions and the advertised list
     * @param handler the operation
     * @param auth who authenticates; {@code null} means the server
     */
    public Route {
        if (template == null || handler == null || versions == null) {
            throw new IllegalArgumentException("a route needs a template, a version policy and a handler");
        }
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("route method must not be blank");
        }
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("route template must start with '/': " + template);
        }
        method = method.toUpperCase(Locale.ROOT);
        family = family == null ? "default" : family;
        auth = auth == null ? Auth.SERVER : auth;
    }

    /** Template split into segments (the leading empty segment dropped). */
    List<String> segments() {
        return Router.split(template);
    }
}
