package io.github.acsnumbers.samples;

import io.github.acsnumbers.siprouting.SipConfigurationChangedException;
import io.github.acsnumbers.siprouting.SipConfigurationPlan;
import io.github.acsnumbers.siprouting.SipRoutingAsyncClient;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;

import java.util.List;
import java.util.Optional;

/**
 * The snippets of docs/sip-routing.md. Each region between "// BEGIN: name" and "// END: name" is copied into the
 * document verbatim; SipRoutingSamplesTest fails when the two drift apart and runs the samples against a mock.
 */
public final class SipRoutingSamples {
    private SipRoutingSamples() {
    }

    /**
     * Creates the clients.
     *
     * @return a sync client
     */
    public static SipRoutingClient createClients() {
        // BEGIN: sip.create
        String connectionString = System.getenv("COMMUNICATION_SERVICES_CONNECTION_STRING");
        SipRoutingClient client = new SipRoutingClientBuilder()
            .connectionString(connectionString)
            .buildClient();
        SipRoutingAsyncClient asyncClient = new SipRoutingClientBuilder()
            .connectionString(connectionString)
            .buildAsyncClient();
        // preview features: domains, trunk settings and health, testRoutesWithNumber
        SipRoutingClient previewClient = new SipRoutingClientBuilder()
            .connectionString(connectionString)
            .serviceVersion(SipRoutingServiceVersion.V2024_11_15_PREVIEW)
            .buildClient();
        // END: sip.create
        asyncClient.getServiceVersion();
        previewClient.getServiceVersion();
        return client;
    }

    /**
     * Lists trunks and routes.
     *
     * @param client the client
     */
    public static void listTrunksAndRoutes(SipRoutingClient client) {
        // BEGIN: sip.list
        for (SipTrunk trunk : client.listTrunks()) {
            System.out.println("Trunk " + trunk.getFqdn() + ":" + trunk.getSipSignalingPort());
        }
        for (SipTrunkRoute route : client.listRoutes()) {
            System.out.println("Route " + route.getName() + " with pattern " + route.getNumberPattern()
                + " uses trunks " + route.getTrunks());
        }
        // END: sip.list
    }

    /**
     * Replaces trunks and routes (two writes, as in other SDKs).
     *
     * @param client the client
     */
    public static void replaceTrunksAndRoutes(SipRoutingClient client) {
        // BEGIN: sip.replace
        client.setTrunks(List.of(
            new SipTrunk("sbc.one.contoso.com", 1234),
            new SipTrunk("sbc.two.contoso.com", 1234)));
        client.setRoutes(List.of(
            SipTrunkRoute.builder("First rule", "^\\+[1-9][0-9]{3,23}$")
                .description("Handle numbers starting with '+123'")
                .trunks("sbc.one.contoso.com")
                .build(),
            new SipTrunkRoute("Fallback", "^\\+\\d+$", List.of("sbc.two.contoso.com", "sbc.one.contoso.com"))));
        // END: sip.replace
    }

    /**
     * Gets one trunk.
     *
     * @param client the client
     */
    public static void getTrunk(SipRoutingClient client) {
        // BEGIN: sip.get
        Optional<SipTrunk> trunk = client.getTrunk("sbc.one.contoso.com");
        trunk.ifPresentOrElse(
            t -> System.out.println("Trunk " + t.getFqdn() + ":" + t.getSipSignalingPort()),
            () -> System.out.println("Trunk not found"));
        // END: sip.get
    }

    /**
     * Sets one trunk.
     *
     * @param client the client
     */
    public static void setTrunk(SipRoutingClient client) {
        // BEGIN: sip.set
        SipConfiguration answered = client.setTrunk(new SipTrunk("sbc.one.contoso.com", 4321));
        System.out.println("Now " + answered.getTrunks().size() + " trunks");
        // END: sip.set
    }

    /**
     * Sets one trunk with preview settings.
     *
     * @param previewClient a client built with the preview version
     */
    public static void setTrunkPreview(SipRoutingClient previewClient) {
        // BEGIN: sip.set-preview
        previewClient.setTrunk(SipTrunk.builder("sbc.one.contoso.com", 5061)
            .enabled(true)
            .privacyHeader(SipTrunkPrivacyHeader.ID)
            .build());
        previewClient.listTrunks(true).forEach(t -> System.out.println(t.getFqdn() + " " + t.getHealth()));
        // END: sip.set-preview
    }

    /**
     * Deletes one trunk.
     *
     * @param client the client
     */
    public static void deleteTrunk(SipRoutingClient client) {
        // BEGIN: sip.delete
        client.deleteTrunk("sbc.two.contoso.com");
        // END: sip.delete
    }

    /**
     * Plans and applies a whole configuration in one request.
     *
     * @param client the client
     * @return the configuration the service answered with
     */
    public static SipConfiguration planAndApply(SipRoutingClient client) {
        // BEGIN: sip.plan-apply
        SipConfiguration desired = new SipConfiguration(
            List.of(new SipTrunk("sbc.one.contoso.com", 5061), new SipTrunk("sbc.eu.contoso.com", 5061)),
            List.of(new SipTrunkRoute("Europe", "^\\+(3|4)\\d+$", List.of("sbc.eu.contoso.com")),
                new SipTrunkRoute("Fallback", "^\\+\\d+$", List.of("sbc.one.contoso.com"))));
        SipConfigurationPlan plan = client.plan(desired);
        System.out.println(plan);                      // review: trunks +/~/-, routes, new order
        System.out.println(plan.toMergePatchJson());   // the single PATCH body that will be sent
        try {
            return client.apply(plan);                 // re-reads first; one PATCH for trunks and routes
        } catch (SipConfigurationChangedException e) {
            // someone else changed the configuration after the plan was made: nothing was sent
            return client.apply(client.plan(desired));
        }
        // END: sip.plan-apply
    }

    /**
     * Dry-runs a number locally.
     *
     * @param client the client
     */
    public static void dryRun(SipRoutingClient client) {
        // BEGIN: sip.dry-run
        RouteDryRunResult result = client.dryRun("+14255550100");   // one GET, evaluated locally
        switch (result.getOutcome()) {
            case ROUTED:
                System.out.println("Route " + result.getRoute().get().getName() + " via " + result.getTrunks());
                break;
            case NO_ROUTE:
                System.out.println("No route matches: the call would fail");
                break;
            default:
                System.out.println("Cannot tell locally: " + result.getReason());
        }
        // evaluate a planned configuration before applying it, without any request
        SipConfiguration planned = client.getConfiguration().withRoutes(List.of(
            new SipTrunkRoute("US", "^\\+1\\d{10}$", List.of("sbc.one.contoso.com"))));
        System.out.println(client.dryRun("+442071234567", planned));
        // END: sip.dry-run
    }

    /**
     * Lints the configuration.
     *
     * @param client the client
     */
    public static void lint(SipRoutingClient client) {
        // BEGIN: sip.lint
        for (SipLintFinding finding : client.lint()) {
            if (finding.getSeverity() != SipLintFinding.Severity.INFO) {
                System.out.println(finding);
            }
        }
        // END: sip.lint
    }
}
