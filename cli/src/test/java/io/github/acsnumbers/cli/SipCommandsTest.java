package io.github.acsnumbers.cli;

import static io.github.acsnumbers.cli.CliHarness.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SIP commands in process against the emulator: the GitOps loop export, plan, edit, plan, apply, plan. */
class SipCommandsTest {
    @TempDir
    Path dir;

    private CliHarness cli;
    private SipRoutingClient sip;

    @BeforeEach
    void start() {
        cli = new CliHarness(0);
        sip = new SipRoutingClientBuilder().connectionString(cli.emulator.connectionString()).buildClient();
        sip.setTrunks(List.of(new SipTrunk("sbc.one.contoso.com", 5061), new SipTrunk("sbc.two.contoso.com", 5061)));
        sip.setRoutes(List.of(
            SipTrunkRoute.builder("US", "^\\+1\\d{10}$").description("North America: \"NANP\" # not a comment")
                .trunks("sbc.one.contoso.com", "sbc.two.contoso.com").build(),
            new SipTrunkRoute("Fallback", "^\\+\\d+$", List.of("sbc.two.contoso.com"))));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void exportPlanEditPlanApplyPlan() throws Exception {
        Path file = dir.resolve("sip.yaml");
        CliHarness.Result export = cli.run("sip", "export", "-o", file.toString());
        assertEquals(0, export.code(), export.all());
        String exported = Files.readString(file);
        assertTrue(exported.startsWith(SipFile.HEADER), exported);
        assertTrue(exported.contains("sbc.one.contoso.com:\n    sipSignalingPort: 5061"), exported);

        CliHarness.Result inSync = cli.run("sip", "plan", "-f", file.toString());
        assertEquals(0, inSync.code(), inSync.all());
        assertTrue(inSync.out().contains("No changes"), inSync.out());

        // the edit a reviewer would see in a pull request: a port, a new trunk replacing another, a new first route
        String edited = exported
            .replace("trunks:\n  sbc.one.contoso.com:\n    sipSignalingPort: 5061\n  sbc.two.contoso.com:\n"
                + "    sipSignalingPort: 5061\n", "trunks:\n  sbc.eu.contoso.com:\n    sipSignalingPort: 5061\n"
                + "  sbc.one.contoso.com:\n    sipSignalingPort: 5062\n")
            .replace("routes:\n", "routes:\n  - name: Europe\n    numberPattern: ^\\+(3|4)\\d+$\n    trunks:\n"
                + "      - sbc.eu.contoso.com\n")
            .replace("numberPattern: ^\\+\\d+$\n    trunks:\n      - sbc.two.contoso.com\n",
                "numberPattern: ^\\+\\d+$\n    trunks:\n      - sbc.one.contoso.com\n")
            .replace("      - sbc.one.contoso.com\n      - sbc.two.contoso.com\n", "      - sbc.one.contoso.com\n");
        assertFalse(edited.contains("sbc.two"), edited);
        Files.writeString(file, edited);

        CliHarness.Result pending = cli.run("sip", "plan", "-f", file.toString());
        assertEquals(2, pending.code(), pending.all());
        String diff = pending.out();
        assertTrue(diff.contains("+ sbc.eu.contoso.com port 5061"), diff);
        assertTrue(diff.contains("~ sbc.one.contoso.com: port 5061 -> 5062"), diff);
        assertTrue(diff.contains("- sbc.two.contoso.com"), diff);
        assertTrue(diff.contains("+ 'Europe' ^\\+(3|4)\\d+$ -> [sbc.eu.contoso.com]"), diff);
        assertTrue(diff.contains("~ 'US': trunks [sbc.one.contoso.com, sbc.two.contoso.com] -> [sbc.one.contoso.com]"),
            diff);
        assertTrue(diff.contains("order: Europe, US, Fallback"), diff);
        assertTrue(diff.contains("Plan: trunks 1 added, 1 changed, 1 removed; routes 1 added, 2 changed, 0 removed."),
            diff);
        assertEquals(0, cli.sipPatches.get(), "plan must not write");

        CliHarness.Result apply = cli.run("sip", "apply", "-f", file.toString(), "--yes");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(1, cli.sipPatches.get(), "apply sends exactly one PATCH");
        assertTrue(apply.out().contains("Applied in one request: trunks 1 added, 1 changed, 1 removed"), apply.out());
        assertTrue(apply.out().contains("now has 2 trunks and 3 routes"), apply.out());

        CliHarness.Result after = cli.run("sip", "plan", "-f", file.toString());
        assertEquals(0, after.code(), after.all());
        assertEquals(1, cli.sipPatches.get());
        assertEquals(5062, sip.getTrunk("sbc.one.contoso.com").orElseThrow().getSipSignalingPort());

        // the live configuration exports to exactly the file that was applied
        CliHarness.Result again = cli.run("sip", "export");
        assertEquals(edited, again.out());
    }

    @Test
    void applyRefusesWhenTheConfigurationChangedAfterThePlanWasShown() throws Exception {
        Path file = dir.resolve("sip.yaml");
        assertEquals(0, cli.run("sip", "export", "-o", file.toString()).code());
        Files.writeString(file, Files.readString(file).replace("sipSignalingPort: 5061", "sipSignalingPort: 5070"));
        // while the operator reads the plan, someone else changes a route; then the operator answers yes
        InputStream answer = new InputStream() {
            private final InputStream yes = new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8));
            private boolean changed;

            @Override
            public int read() throws java.io.IOException {
                if (!changed) {
                    changed = true;
                    sip.setRoutes(List.of(new SipTrunkRoute("Other", "^\\+44\\d+$", List.of("sbc.one.contoso.com"))));
                }
                return yes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (!changed) {
                    read();
                    b[off] = 'y';
                    int n = yes.read(b, off + 1, len - 1);
                    b[off] = 'y';
                    return n < 0 ? 1 : n + 1;
                }
                return yes.read(b, off, len);
            }
        };
        CliHarness.Result r = cli.run(answer, true, "sip", "apply", "-f", file.toString());
        assertTrue(r.out().contains("~ sbc.one.contoso.com: port 5061 -> 5070"), r.out());
        assertTrue(r.out().contains("Do you want to apply this plan"), r.out());
        assertOneLineError(r, "CONFIGURATION_CHANGED");
        assertTrue(r.err().contains("Nothing was sent"), r.err());
        assertEquals(0, cli.sipPatches.get(), "nothing may be sent");
        assertEquals(5061, sip.getTrunk("sbc.one.contoso.com").orElseThrow().getSipSignalingPort());
        assertEquals("Other", sip.listRoutes().get(0).getName());
    }

    @Test
    void applyWithThePlanIdOfAReviewedPlan() throws Exception {
        Path file = dir.resolve("sip.yaml");
        assertEquals(0, cli.run("sip", "export", "-o", file.toString()).code());
        Files.writeString(file, Files.readString(file).replace("sipSignalingPort: 5061", "sipSignalingPort: 5090"));
        CliHarness.Result reviewed = cli.run("sip", "plan", "-f", file.toString());
        assertEquals(2, reviewed.code(), reviewed.all());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Plan id: ([0-9a-f]{16})").matcher(reviewed.out());
        assertTrue(m.find(), reviewed.out());
        String id = m.group(1);
        // the same inputs give the same id
        assertTrue(cli.run("sip", "plan", "-f", file.toString()).out().contains("Plan id: " + id));

        // someone changes the live configuration after the review: the reviewed id no longer applies
        sip.setTrunk(new SipTrunk("sbc.two.contoso.com", 5099));
        CliHarness.Result stale = cli.run("sip", "apply", "-f", file.toString(), "--yes", "--plan-id", id);
        assertOneLineError(stale, "CONFIGURATION_CHANGED");
        assertEquals(0, cli.sipPatches.get());

        CliHarness.Result fresh = cli.run("sip", "plan", "-f", file.toString());
        java.util.regex.Matcher m2 = java.util.regex.Pattern.compile("Plan id: ([0-9a-f]{16})").matcher(fresh.out());
        assertTrue(m2.find(), fresh.out());
        assertFalse(m2.group(1).equals(id));
        CliHarness.Result apply = cli.run("sip", "apply", "-f", file.toString(), "--yes", "--plan-id", m2.group(1));
        assertEquals(0, apply.code(), apply.all());
        assertEquals(1, cli.sipPatches.get());
        assertEquals(5090, sip.getTrunk("sbc.two.contoso.com").orElseThrow().getSipSignalingPort());
    }

    @Test
    void applyAsksAndRefusesWithoutATerminal() throws Exception {
        Path file = dir.resolve("sip.yaml");
        assertEquals(0, cli.run("sip", "export", "-o", file.toString()).code());
        Files.writeString(file, Files.readString(file).replace("sipSignalingPort: 5061", "sipSignalingPort: 5080"));

        CliHarness.Result pipeline = cli.run("sip", "apply", "-f", file.toString());
        assertOneLineError(pipeline, "CONFIRMATION_NEEDED");
        assertTrue(pipeline.err().contains("--yes"), pipeline.err());

        CliHarness.Result no = cli.runAnswering("n\n", "sip", "apply", "-f", file.toString());
        assertOneLineError(no, "CANCELLED");
        assertEquals(0, cli.sipPatches.get());
        assertEquals(5061, sip.getTrunk("sbc.one.contoso.com").orElseThrow().getSipSignalingPort());

        CliHarness.Result yes = cli.runAnswering("y\n", "sip", "apply", "-f", file.toString());
        assertEquals(0, yes.code(), yes.all());
        assertEquals(1, cli.sipPatches.get());
        assertEquals(5080, sip.getTrunk("sbc.one.contoso.com").orElseThrow().getSipSignalingPort());
    }

    @Test
    void yamlAndJsonRoundTripByteForByte() throws Exception {
        SipRoutingClient preview = new SipRoutingClientBuilder().connectionString(cli.emulator.connectionString())
            .serviceVersion(SipRoutingServiceVersion.V2024_11_15_PREVIEW).buildClient();
        preview.setDomain(new SipDomain("contoso.com", true));
        preview.setTrunk(SipTrunk.builder("sbc.one.contoso.com", 5061).enabled(true)
            .privacyHeader(SipTrunkPrivacyHeader.ID).build());
        preview.setRoutes(List.of(
            SipTrunkRoute.builder("Odd: 'quotes' \"and\" #hash", "^\\+1(425|206)[\\d-[5]]{7}$|^\\{x\\}$")
                .description("multi\nline: with ünïcödé, tabs\tand trailing space ").trunks("sbc.one.contoso.com")
                .build(),
            SipTrunkRoute.builder("yes", "on").description("true").trunks("sbc.two.contoso.com").build(),
            SipTrunkRoute.builder("1234", "0777").trunks(List.of()).build()));
        for (String format : List.of("yaml", "json")) {
            CliHarness.Result first = cli.run("sip", "export", "--preview", "--format", format);
            assertEquals(0, first.code(), first.all());
            SipFile.Format f = format.equals("json") ? SipFile.Format.JSON : SipFile.Format.YAML;
            SipConfiguration parsed = SipFile.parse("export." + format, first.out());
            assertEquals(first.out(), SipFile.write(parsed, f), format + " must round-trip byte for byte");
            // every value came back as text, not as a YAML boolean or number
            assertEquals("true", parsed.getRoute("yes").orElseThrow().getDescription());
            assertEquals("on", parsed.getRoute("yes").orElseThrow().getNumberPattern());
            assertEquals("0777", parsed.getRoute("1234").orElseThrow().getNumberPattern());
            assertEquals(preview.getConfiguration().getRoutes(), parsed.getRoutes());
            assertEquals(preview.listDomains(), parsed.getDomains());
            assertEquals(1, parsed.getDomains().size());
            assertEquals(Boolean.TRUE, parsed.getTrunk("sbc.one.contoso.com").orElseThrow().getEnabled());
            // a second export of the unchanged configuration is identical
            assertEquals(first.out(), cli.run("sip", "export", "--preview", "--format", format).out());
            // and the file is in sync with the service (the preview fields select the preview api-version)
            Path file = dir.resolve("sip." + format);
            Files.writeString(file, first.out());
            CliHarness.Result plan = cli.run("sip", "plan", "-f", file.toString());
            assertEquals(0, plan.code(), plan.all());
        }
    }

    @Test
    void lintAndTestAFileLocally() throws Exception {
        Path good = dir.resolve("good.yaml");
        assertEquals(0, cli.run("sip", "export", "-o", good.toString()).code());
        CliHarness.Result clean = cli.run("sip", "lint", "-f", good.toString());
        assertEquals(0, clean.code(), clean.all());
        assertTrue(clean.out().contains("0 error(s), 0 warning(s)"), clean.out());

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "trunks:\n  sbc.one.contoso.com:\n    sipSignalingPort: 5061\nroutes:\n"
            + "  - name: Broken anchor\n    numberPattern: '^+1[0-9]{10}$'\n    trunks: [sbc.one.contoso.com]\n"
            + "  - name: Everything\n    numberPattern: '^.*$'\n    trunks: [sbc.one.contoso.com]\n"
            + "  - name: Never\n    numberPattern: '^\\+44\\d+$'\n    trunks: [sbc.gone.contoso.com]\n");
        CliHarness.Result lint = cli.run("sip", "lint", "-f", bad.toString());
        assertEquals(1, lint.code(), lint.all());
        assertTrue(lint.out().contains("SUSPICIOUS_PATTERN route 'Broken anchor'"), lint.out());
        assertTrue(lint.out().contains("SHADOWED_ROUTE route 'Never'"), lint.out());
        assertTrue(lint.out().contains("MISSING_TRUNK route 'Never'"), lint.out());

        CliHarness.Result us = cli.run("sip", "test", "+14255550100", "-f", good.toString());
        assertEquals(0, us.code(), us.all());
        assertTrue(us.out().contains("route 'US' (^\\+1\\d{10}$) -> trunks [sbc.one.contoso.com:5061, "
            + "sbc.two.contoso.com:5061]"), us.out());
        assertTrue(us.out().contains("all matching routes, in order: US, Fallback"), us.out());
        assertEquals(0, cli.run("sip", "test", "+442071234567", "-f", good.toString(), "--expect-route", "Fallback")
            .code());
        CliHarness.Result wrong = cli.run("sip", "test", "+442071234567", "-f", good.toString(), "--expect-route",
            "US");
        assertEquals(1, wrong.code(), wrong.all());
        assertTrue(wrong.out().contains("Expected route 'US', but the call takes 'Fallback'"), wrong.out());
        // the suspicious ^+ reads as "start of text, repeated": +1... does not match it, as on the service
        CliHarness.Result noRoute = cli.run("sip", "test", "+14255550100", "-f", bad.toString());
        assertTrue(noRoute.out().contains("route 'Everything'"), noRoute.out());

        // the live configuration, and the service's own answer
        CliHarness.Result live = cli.run("sip", "test", "+14255550100");
        assertEquals(0, live.code(), live.all());
        assertTrue(live.out().contains("route 'US'"), live.out());
        CliHarness.Result server = cli.run("sip", "test", "+14255550100", "--server");
        assertEquals(0, server.code(), server.all());
        assertTrue(server.out().contains("route 'US'") && server.out().contains("(service)"), server.out());
    }

    @Test
    void badFilesAreOneLineErrorsNamingThePlace() throws Exception {
        CliHarness.Result missing = cli.run("sip", "plan", "-f", dir.resolve("nope.yaml").toString());
        assertOneLineError(missing, "BAD_FILE");
        assertTrue(missing.err().contains("does not exist"), missing.err());

        Path syntax = dir.resolve("syntax.yaml");
        Files.writeString(syntax, "trunks:\n  a: [\n");
        assertOneLineError(cli.run("sip", "plan", "-f", syntax.toString()), "BAD_FILE");

        Path unknown = dir.resolve("unknown.yaml");
        Files.writeString(unknown, "trunks:\n  sbc.one.contoso.com:\n    sipSignalingPort: 5061\n    port: 1\n");
        CliHarness.Result u = cli.run("sip", "plan", "-f", unknown.toString());
        assertOneLineError(u, "BAD_FILE");
        assertTrue(u.err().contains("trunks.sbc.one.contoso.com: unknown key 'port'"), u.err());

        Path type = dir.resolve("type.json");
        Files.writeString(type, "{\"trunks\": {\"sbc.one.contoso.com\": {\"sipSignalingPort\": \"5061\"}}}");
        CliHarness.Result t = cli.run("sip", "plan", "-f", type.toString());
        assertOneLineError(t, "BAD_FILE");
        assertTrue(t.err().contains("sipSignalingPort: must be a whole number"), t.err());

        Path invalid = dir.resolve("invalid.yaml");
        Files.writeString(invalid, "trunks: {}\nroutes:\n  - name: R\n    numberPattern: '^\\+1'\n"
            + "    trunks: [sbc.missing.contoso.com]\n");
        CliHarness.Result v = cli.run("sip", "apply", "-f", invalid.toString(), "--yes");
        assertOneLineError(v, "BAD_INPUT");
        assertTrue(v.err().contains("sbc.missing.contoso.com"), v.err());
        assertEquals(0, cli.sipPatches.get());
        // a usage error exits 1, never 2 (which 'sip plan' reserves for "changes pending")
        CliHarness.Result usage = cli.run("sip", "plan");
        assertEquals(1, usage.code(), usage.all());
        assertFalse(usage.all().contains("\tat "));
    }
}
