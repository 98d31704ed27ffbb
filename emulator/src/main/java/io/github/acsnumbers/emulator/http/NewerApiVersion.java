package io.github.acsnumbers.emulator.http;

import java.util.HashSet;
import java.util.Set;

/**
 * A service answering in an api-version newer than its spec document: every route of the service accepts
 * {@code version} too (and advertises it), runs its built-in behaviour for {@code baseVersion}, and passes every
 * answer through {@code decorator}, which adds what the newer version changes.
 *
 * @param version     the newer api-version, e.g. {@code 2026-03-01}
 * @param baseVersion the version whose behaviour the routes keep (the service's newest)
 * @param decorator   what the newer version adds to the answers
 */
public record NewerApiVersion(String version, String baseVersion, ResponseDecorator decorator) {

    /**
     * Validates.
     *
     * @param version the newer api-version
     * @param baseVersion the version whose behaviour the routes keep
     * @param decorator what the newer version adds to the answers; {@code null} for none
     */
    public NewerApiVersion {
        if (version == null || version.isBlank() || baseVersion == null || baseVersion.isBlank()) {
            throw new IllegalArgumentException("a newer api-version needs a version and a base version");
        }
        version = version.trim();
        decorator = decorator == null ? ResponseDecorator.NONE : decorator;
    }

    /**
     * The route serving this version as well.
     *
     * @param route a built-in route of the service
     * @return the same operation, accepting and advertising {@link #version()}, its answers decorated
     */
    public Route apply(Route route) {
        ApiVersionPolicy policy = route.versions();
        boolean handlerChecks = policy.accepted().isEmpty();
        Set<String> accepted = new HashSet<>(policy.accepted());
        if (!handlerChecks) {
            accepted.add(version);
        }
        String header = policy.supportedHeader() == null || policy.supportedHeader().isBlank() ? version
            : policy.supportedHeader() + ", " + version;
        ApiHandler builtIn = route.handler();
        ApiHandler handler = request -> {
            // a handler that checks the version itself is shown the version whose behaviour it keeps
            ApiRequest seen = handlerChecks && version.equals(request.apiVersion())
                ? request.withApiVersion(baseVersion) : request;
            ApiResult result;
            try {
                result = builtIn.handle(seen);
            } catch (ApiException e) {
                result = e.result();
            }
            return decorator.decorate(request, result);
        };
        return new Route(route.method(), route.template(), route.family(), new ApiVersionPolicy(accepted, header),
            handler, route.auth());
    }
}
