package io.github.acsnumbers.emulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The route table of the emulator, and the plug-in point for further APIs.
 *
 * <p>Plugging in an API takes one line per operation. For the SIP routing and identity domain services
 * (packages {@code .emulator.sip} and {@code .emulator.identity}, which check the api-version themselves):
 * <pre>{@code
 * ManualClock clock = ...;                      // or Clock.systemUTC()
 * SipRoutingService sip = new SipRoutingService();
 * IdentityService identity = new IdentityService(UUID.randomUUID(), clock);
 * ApiVersionPolicy sipVersions = ApiVersionPolicy.checkedByHandler(SipApiVersion.SUPPORTED_HEADER_VALUE);
 * ApiVersionPolicy idVersions = ApiVersionPolicy.checkedByHandler("2023-10-01, 2025-06-30, 2026-09-23");
 * PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder()
 *         .clock(clock)
 *         .routes(r -> r
 *             .add("GET", "/sip", "sip", sipVersions, q -> sip.get(q.apiVersion(), q.queryParam("expand")))
 *             .add("PATCH", "/sip", "sip", sipVersions, q -> sip.patch(q.apiVersion(), q.jsonBody()))
 *             .add("POST", "/sip:testRoutesWithNumber", "sip", sipVersions, q -> sip.testRoutesWithNumber(
 *                     q.apiVersion(), q.queryParam("targetPhoneNumber"), q.jsonBody()))
 *             .add("POST", "/identities", "identity", idVersions,
 *                     q -> identity.createIdentity(q.apiVersion(), q.jsonBody()))
 *             .add("DELETE", "/identities/{id}", "identity", idVersions,
 *                     q -> identity.deleteIdentity(q.apiVersion(), q.pathParam("id")))
 *             .add("POST", "/identities/{id}/:issueAccessToken", "identity", idVersions,
 *                     q -> identity.issueAccessToken(q.apiVersion(), q.pathParam("id"), q.jsonBody()))
 *             // the caller's Teams token is the credential here, so the handler checks it
 *             .addAuthenticatedByHandler("POST", "/access/teamsExtension/:exchangeAccessToken", "identity",
 *                     idVersions, q -> identity.exchangeTeamsExtensionToken(q.apiVersion(), q.bearerToken(),
 *                             q.jsonBody())))
 *         // optional: survive restarts with --data-file, through the services' snapshot/restore
 *         .persistentDomain("sip", Set.of("sip"), sip::snapshot, sip::restore)
 *         .persistentDomain("identity", Set.of("identity"), identity::snapshot, identity::restore)
 *         .start();
 * }</pre>
 * Use a fixed {@link ApiVersionPolicy} (such as {@link ApiVersionPolicy#SIP}) instead when the handler should not
 * see unsupported versions at all.
 *
 * <p>When an {@link ApiHandler} runs, the server has already verified authentication, the api-version (unless
 * the policy leaves it to the handler), body size and JSON content type, and it has applied faults for the route's
 * family. The handler receives an {@link ApiRequest} (method, raw request-target, decoded path, path parameters,
 * query, headers, body bytes, {@link ApiRequest#jsonBody()}, {@link ApiRequest#jsonObject()}) and answers an
 * {@link ApiResult}; it may throw {@link ApiException}. The server adds {@code api-supported-versions} (a value
 * the handler sets wins), {@code MS-CV}, the echoed {@code x-ms-client-request-id} and the content type
 * ({@code application/json; charset=utf-8} on success, {@code application/json} on errors).
 *
 * <p>Matching: the first registered route whose template matches the decoded path and whose method matches wins.
 * When a path matches but no method does, the server answers 405; when nothing matches, 404.
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * Registers a route (see the class comment).
     *
     * @param route the route
     * @return this router
     */
    public Router add(Route route) {
        routes.add(route);
        return this;
    }

    /**
     * Registers a route ahead of all others, so it wins over an already registered route for the same path (e.g. a
     * test replacing a built-in operation).
     *
     * @param route the route
     * @return this router
     */
    public Router addFirst(Route route) {
        routes.add(0, route);
        return this;
    }

    /**
     * Registers a route from its parts.
     *
     * @param method HTTP method
     * @param template path template
     * @param family route family
     * @param versions accepted api-versions
     * @param handler the operation
     * @return this router
     */
    public Router add(String method, String template, String family, ApiVersionPolicy versions, ApiHandler handler) {
        return add(new Route(method, template, family, versions, handler));
    }

    /**
     * Registers a route whose handler authenticates requests itself (the server checks no signature or token).
     *
     * @param method HTTP method
     * @param template path template
     * @param family route family
     * @param versions accepted api-versions
     * @param handler the operation; read the credential with {@link ApiRequest#bearerToken()}
     * @return this router
     */
    public Router addAuthenticatedByHandler(String method, String template, String family, ApiVersionPolicy versions,
                                            ApiHandler handler) {
        return add(new Route(method, template, family, versions, handler, Route.Auth.HANDLER));
    }

    /**
     * All routes, in registration order.
     *
     * @return all routes, in registration order
     */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Result of a lookup. */
    record Match(Route route, Map<String, String> params, boolean pathKnown) {
    }

    /** Finds the route for a method and decoded path segments. */
    Match find(String method, List<String> pathSegments) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = match(route.segments(), pathSegments);
            if (params != null) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    return new Match(route, params, true);
                }
            }
        }
        return new Match(null, Map.of(), pathKnown);
    }

    private static Map<String, String> match(List<String> template, List<String> actual) {
        if (template.size() != actual.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String a = actual.get(i);
            if (t.length() > 2 && t.startsWith("{") && t.endsWith("}")) {
                if (a.isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), a);
            } else if (!t.equals(a)) {
                return null;
            }
        }
        return params;
    }

    /** Splits a path into segments, dropping the leading empty one and a trailing empty one. */
    static List<String> split(String path) {
        List<String> out = new ArrayList<>(List.of(path.split("/", -1)));
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
