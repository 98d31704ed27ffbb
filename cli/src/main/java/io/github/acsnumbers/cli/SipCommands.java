package io.github.acsnumbers.cli;

import io.github.acsnumbers.siprouting.SipConfigurationPlan;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRun;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import io.github.acsnumbers.siprouting.routing.SipRoutingLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acs-numbers sip ...}: the SIP direct-routing configuration as code. */
@Command(name = "sip", mixinStandardHelpOptions = true,
    description = {"SIP direct routing as code: export the trunks and routes to a file, review the diff with "
        + "'plan', apply it in one request with 'apply'; lint it and dry-run numbers against it."},
    subcommands = {SipCommands.Export.class, SipCommands.Plan.class, SipCommands.Apply.class, SipCommands.Lint.class,
        SipCommands.Test.class})
final class SipCommands {
    private SipCommands() {
    }

    /** Options of the commands that read the SIP configuration. */
    abstract static class SipCommand extends BaseCommand {
        @Option(names = "--preview", description = "Use api-version 2024-11-15-preview (domains, trunk settings such "
            + "as enabled and privacyHeader). Chosen automatically when the file sets a preview-only field.")
        boolean preview;

        SipRoutingClient client(SipConfiguration desired) {
            return connection().sip(preview || (desired != null && usesPreviewFields(desired)));
        }

        /** Prints the plan as a diff from the live configuration to the file. */
        void printPlan(SipConfigurationPlan plan, SipConfiguration desired) {
            java.io.PrintWriter o = out();
            String source = this instanceof FileCommand ? String.valueOf(((FileCommand) this).file) : "the file";
            if (plan.isEmpty()) {
                o.println("No changes: the live SIP configuration of " + connection().endpoint() + " matches "
                    + source + ".");
            } else {
                o.println("Changes from the live SIP configuration of " + connection().endpoint() + " to " + source
                    + ":");
                boolean trunks = !plan.getTrunksAdded().isEmpty() || !plan.getTrunksChanged().isEmpty()
                    || !plan.getTrunksRemoved().isEmpty();
                if (trunks) {
                    o.println("  trunks:");
                    plan.getTrunksAdded().stream().sorted(Comparator.comparing(SipTrunk::getFqdn))
                        .forEach(t -> o.println("    + " + t.getFqdn() + " port " + t.getSipSignalingPort()));
                    plan.getTrunksChanged().forEach(c -> o.println("    ~ " + c));
                    plan.getTrunksRemoved().forEach(t -> o.println("    - " + t.getFqdn()));
                }
                if (plan.isRoutesReplaced()) {
                    o.println("  routes:");
                    plan.getRoutesAdded().forEach(r -> o.println("    + '" + r.getName() + "' " + r.getNumberPattern()
                        + " -> " + r.getTrunks()));
                    plan.getRoutesChanged().forEach(c -> o.println("    ~ " + c));
                    plan.getRoutesRemoved().forEach(r -> o.println("    - '" + r.getName() + "'"));
                    if (plan.isRoutesReordered()) {
                        o.println("    reordered: " + names(plan.getCurrentConfiguration().getRoutes()) + "  ->  "
                            + names(desired.getRoutes()));
                    }
                    o.println("    order: " + names(desired.getRoutes()));
                }
                o.println("Plan: " + summary(plan) + ".");
                o.println("Plan id: " + planId(plan) + " (sip apply --plan-id " + planId(plan)
                    + " applies exactly this plan, or nothing)");
            }
            List<SipDomain> live = plan.getCurrentConfiguration().getDomains();
            if (!desired.getDomains().isEmpty() && !live.isEmpty()
                && !new java.util.HashSet<>(desired.getDomains()).equals(new java.util.HashSet<>(live))) {
                o.println("Note: the file's domains differ from the live ones; 'sip apply' does not change domains "
                    + "(register and verify them on the resource).");
            }
        }

        static boolean usesPreviewFields(SipConfiguration c) {
            return c.getTrunks().stream().anyMatch(SipTrunk::usesPreviewFields)
                || c.getRoutes().stream().anyMatch(SipTrunkRoute::usesPreviewFields);
        }
    }

    /** {@code sip export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the live trunks and routes (and, with --preview, domains) as YAML or JSON, in a stable "
            + "order: an unchanged configuration always exports to the same bytes.")
    static final class Export extends SipCommand {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard "
            + "output).")
        Path output;

        @Option(names = "--format", paramLabel = "yaml|json",
            description = "yaml or json (default: json for a FILE ending in .json, else yaml).")
        SipFile.Format format;

        @Override
        int execute() throws IOException {
            SipConfiguration live = client(null).getConfiguration();
            SipFile.Format f = format != null ? format : output != null ? SipFile.formatOf(output) : SipFile.Format.YAML;
            String text = SipFile.write(live, f);
            if (output == null) {
                out().print(text);
                out().flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
                err().println("Wrote " + live.getTrunks().size() + " trunks, " + live.getRoutes().size() + " routes"
                    + (live.getDomains().isEmpty() ? "" : ", " + live.getDomains().size() + " domains") + " to "
                    + output + ".");
            }
            return 0;
        }
    }

    /** Options of the commands that read a configuration file. */
    abstract static class FileCommand extends SipCommand {
        @Option(names = {"-f", "--file"}, paramLabel = "FILE", required = true,
            description = "The desired configuration (YAML or JSON, as written by 'sip export').")
        Path file;
    }

    /** {@code sip plan}. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows what 'sip apply' would change: trunks added, changed and removed; routes added, "
            + "changed, removed and reordered. Changes nothing.",
            "Exit code: 0 in sync, 2 changes pending, 1 error (like terraform plan -detailed-exitcode)."})
    static final class Plan extends FileCommand {
        @Override
        int execute() {
            SipConfiguration desired = SipFile.read(file);
            SipRoutingClient client = client(desired);
            SipConfigurationPlan plan = client.plan(desired);
            printPlan(plan, desired);
            return plan.isEmpty() ? 0 : AcsNumbers.PENDING;
        }
    }

    /** {@code sip apply}. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Applies the file to the live configuration in ONE request (trunk upserts, deletions and the "
            + "new route list together), after showing the plan and asking.",
            "Refuses, sending nothing, if the live configuration changed after the plan was shown."})
    static final class Apply extends FileCommand {
        @Option(names = "--plan-id", paramLabel = "ID", description = "Apply only if the plan is still the one "
            + "'sip plan' showed with this id (the live configuration and the file unchanged since); else change "
            + "nothing and fail. For pipelines that review a plan in one job and apply it in another.")
        String expectedPlanId;

        @Override
        int execute() {
            SipConfiguration desired = SipFile.read(file);
            SipRoutingClient client = client(desired);
            SipConfigurationPlan plan = client.plan(desired);
            printPlan(plan, desired);
            if (expectedPlanId != null && !expectedPlanId.trim().equalsIgnoreCase(planId(plan))) {
                throw new UserError("CONFIGURATION_CHANGED", "The plan is now " + planId(plan) + ", not "
                    + expectedPlanId.trim() + ": the live configuration or the file changed after that plan was "
                    + "reviewed. Nothing was sent; review the new plan above and apply it with its id.");
            }
            if (plan.isEmpty()) {
                return 0;
            }
            confirm("apply this plan to the SIP configuration of " + connection().endpoint(),
                "Calls are routed by the new configuration as soon as it is applied.");
            // apply re-reads the configuration and refuses (SipConfigurationChangedException) when it is no longer
            // the one this plan was computed from
            SipConfiguration now = client.apply(plan);
            out().println("Applied in one request: " + summary(plan) + ".");
            out().println("The live configuration now has " + now.getTrunks().size() + " trunks and "
                + now.getRoutes().size() + " routes.");
            return 0;
        }
    }

    /** {@code sip lint}. */
    @Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks a configuration locally: invalid or suspicious .NET number patterns, shadowed routes, "
            + "missing and unused trunks, bad FQDNs and ports. Without -f, checks the live configuration.",
            "Exit code: 1 when an error is found, else 0."})
    static final class Lint extends SipCommand {
        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The configuration to check "
            + "(default: the live one).")
        Path file;

        @Option(names = "--all", description = "Also show INFO findings (for example where java.util.regex reads a "
            + "pattern differently from .NET).")
        boolean all;

        @Override
        int execute() {
            SipConfiguration config = file != null ? SipFile.read(file) : client(null).getConfiguration();
            List<String> errors = new ArrayList<>();
            try {
                // the checks the SDK makes before sending: FQDNs, ports, names, trunks of routes, pattern syntax
                SipConfigurationPlan.between(SipConfiguration.empty(), config);
            } catch (IllegalArgumentException e) {
                errors.add("ERROR " + e.getMessage().replace('\n', ' '));
            }
            List<SipLintFinding> findings = SipRoutingLint.lint(config);
            int errorCount = errors.size();
            int warnings = 0;
            int infos = 0;
            errors.forEach(out()::println);
            for (SipLintFinding f : findings) {
                switch (f.getSeverity()) {
                    case ERROR: errorCount++; break;
                    case WARNING: warnings++; break;
                    default: infos++; break;
                }
                if (all || f.getSeverity() != SipLintFinding.Severity.INFO) {
                    out().println(f);
                }
            }
            out().println((file != null ? file.toString() : "The live configuration") + ": " + errorCount
                + " error(s), " + warnings + " warning(s), " + infos + " note(s)"
                + (infos > 0 && !all ? " (--all shows the notes)" : "") + ".");
            return errorCount > 0 ? AcsNumbers.ERROR : 0;
        }
    }

    /** {@code sip test}. */
    @Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Which route and trunks a call to NUMBER takes: evaluated locally, in the service's .NET "
            + "regex dialect, against the file or (without -f) the live configuration. --server asks the service's "
            + "testRoutesWithNumber (preview) instead.",
            "Exit code: 0 when the number is routed (and by --expect-route when given), else 1."})
    static final class Test extends SipCommand {
        @Parameters(index = "0", paramLabel = "NUMBER", description = "The dialled number, e.g. +14255550100.")
        String number;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The configuration to test "
            + "(default: the live one).")
        Path file;

        @Option(names = "--server", description = "Ask the service (testRoutesWithNumber, api-version "
            + "2024-11-15-preview) instead of evaluating locally.")
        boolean server;

        @Option(names = "--expect-route", paramLabel = "NAME", description = "Fail (exit 1) unless the call takes "
            + "this route.")
        String expectRoute;

        @Override
        int execute() {
            SipConfiguration config = file != null ? SipFile.read(file) : null;
            String chosen;
            if (server) {
                SipRoutingClient client = connection().sip(true);
                List<SipTrunkRoute> routes = config == null ? client.testRoutesWithNumber(number)
                    : client.testRoutesWithNumber(number, config);
                if (routes.isEmpty()) {
                    out().println(number + ": no route matches (service); the call would not be routed.");
                    chosen = null;
                } else {
                    SipTrunkRoute first = routes.get(0);
                    out().println(number + ": route '" + first.getName() + "' (" + first.getNumberPattern()
                        + ") -> trunks " + first.getTrunks() + " (service)");
                    if (routes.size() > 1) {
                        out().println("  all matching routes, in order: " + names(routes));
                    }
                    chosen = first.getName();
                }
            } else {
                SipConfiguration c = config != null ? config : client(null).getConfiguration();
                RouteDryRunResult r = RouteDryRun.run(c, number);
                switch (r.getOutcome()) {
                    case ROUTED: {
                        SipTrunkRoute route = r.getRoute().orElseThrow();
                        out().println(number + ": route '" + route.getName() + "' (" + route.getNumberPattern()
                            + ") -> trunks " + r.getTrunks().stream().map(t -> t.getFqdn() + ":"
                            + t.getSipSignalingPort()).collect(Collectors.toList()));
                        if (!r.getMissingTrunks().isEmpty()) {
                            out().println("  missing trunks (named by the route, not configured): "
                                + r.getMissingTrunks());
                        }
                        if (r.getMatchingRoutes().size() > 1) {
                            out().println("  all matching routes, in order: " + names(r.getMatchingRoutes())
                                + (r.isMatchingRoutesComplete() ? "" : " (and maybe more: a later pattern could "
                                + "not be evaluated)"));
                        }
                        chosen = route.getName();
                        break;
                    }
                    case NO_ROUTE:
                        out().println(number + ": no route matches; the call would not be routed.");
                        chosen = null;
                        break;
                    default:
                        out().println(number + ": cannot tell locally: " + r.getReason()
                            + " (--server asks the service).");
                        return AcsNumbers.ERROR;
                }
            }
            if (chosen == null) {
                return AcsNumbers.ERROR;
            }
            if (expectRoute != null && !expectRoute.equals(chosen)) {
                out().println("Expected route '" + expectRoute + "', but the call takes '" + chosen + "'.");
                return AcsNumbers.ERROR;
            }
            return 0;
        }
    }

    private static String names(List<SipTrunkRoute> routes) {
        return routes.stream().map(SipTrunkRoute::getName).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- plan output

    /**
     * A short fingerprint of a plan: the SHA-256 of the canonical JSON of the configuration it starts from and of
     * the one it leads to. Equal ids mean the same live configuration and the same desired one.
     */
    static String planId(SipConfigurationPlan p) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(SipFile.write(p.getCurrentConfiguration(), SipFile.Format.JSON)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(SipFile.write(p.getResultingConfiguration(), SipFile.Format.JSON)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String summary(SipConfigurationPlan p) {
        return "trunks " + p.getTrunksAdded().size() + " added, " + p.getTrunksChanged().size() + " changed, "
            + p.getTrunksRemoved().size() + " removed; routes " + p.getRoutesAdded().size() + " added, "
            + p.getRoutesChanged().size() + " changed, " + p.getRoutesRemoved().size() + " removed"
            + (p.isRoutesReordered() ? ", reordered" : "");
    }

}
