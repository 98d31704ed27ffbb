package io.github.acsnumbers.emulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The route table of the emulator, and the plug-in point for further APIs.
 *
 * <p>Plugging in an API (for example the SIP routing and identity domain logic) takes one line per operation,
 * before or after the emulator has started:
 * <pre>{@code
 * PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder()
 *         .routes(router -> {
 *             SipConfigStore sip = new SipConfigStore();
 *             router.add("GET", "/sip", "sip", ApiVersionPolicy.SIP, request -> sip.get(request.apiVersion()));
 *             router.add("PATCH", "/sip", "sip", ApiVersionPolicy.SIP, request -> sip.patch(request));
 *             router.add("POST", "/sip:testRoutesWithNumber", "sip", ApiVersionPolicy.SIP, sip::testRoutes);
 *             router.add("POST", "/identities/{id}/:issueAccessToken", "identity", ApiVersionPolicy.IDENTITY,
 *                     request -> identity.issue(request.pathParam("id"), request.jsonObject()));
 *         })
 *         .start();
 * }</pre>
 * The server has already verified authentication, the api-version (against the route's
 * {@link ApiVersionPolicy}), body size and JSON content type, and it has applied faults for the route's family,
 * when the {@link ApiHandler} runs. The handler receives an {@link ApiRequest} (method, raw request-target, decoded
 * path, path parameters, query, headers, body bytes, {@link ApiRequest#jsonObject()}) and answers an
 * {@link ApiResult}; the server adds {@code api-supported-versions}, {@code MS-CV}, the echoed
 * {@code x-ms-client-request-id} and the content type.
 *
 * <p>Matching: the first registered route whose template matches the decoded path and whose method matches wins.
 * When a path matches but no method does, the server answers 405.
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Registers a route (see the class comment). */
    public Router add(Route route) {
        routes.add(route);
        return this;
    }

    /** Registers a route from its parts. */
    public Router add(String method, String template, String family, ApiVersionPolicy versions, ApiHandler handler) {
        return add(new Route(method, template, family, versions, handler));
    }

    /** All routes, in registration order. */
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
