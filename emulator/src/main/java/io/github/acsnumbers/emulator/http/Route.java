package io.github.acsnumbers.emulator.http;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 */
public record Route(String method, String template, String family, ApiVersionPolicy versions, ApiHandler handler) {

    /**
     * Validates and normalises the method.
     *
     * @param method HTTP verb, upper case
     * @param template path template
     * @param family route family name, used to restrict faults (e.g. {@code numbers}, {@code sip}, {@code identity})
     * @param versions accepted api-versions and the advertised list
     * @param handler the operation
     */
    public Route {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(versions, "versions");
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("route method must not be blank");
        }
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("route template must start with '/': " + template);
        }
        method = method.toUpperCase(Locale.ROOT);
        family = family == null ? "default" : family;
    }

    /** Template split into segments (the leading empty segment dropped). */
    List<String> segments() {
        return Router.split(template);
    }
}
