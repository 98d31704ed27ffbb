package io.github.acsnumbers.siprouting.routing;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipRoutingLintTest {
    private static List<SipLintFinding> of(List<SipLintFinding> all, SipLintFinding.Kind kind) {
        return all.stream().filter(f -> f.getKind() == kind).collect(Collectors.toList());
    }

    @Test
    void aCleanConfigurationOnlyGetsTheDigitNote() {
        List<SipLintFinding> findings = SipRoutingLint.lint(RouteDryRunTest.exampleConfiguration());
        assertTrue(findings.stream().allMatch(f -> f.getKind() == SipLintFinding.Kind.JAVA_DIFFERENCE
            && f.getSeverity() == SipLintFinding.Severity.INFO), findings.toString());
        assertEquals(4, findings.size());
    }

    @Test
    void routesAfterACatchAllAreShadowed() {
        SipConfiguration c = new SipConfiguration(List.of(new SipTrunk("a.contoso.com", 5061)), List.of(
            new SipTrunkRoute("Everything", "^.*$", List.of("a.contoso.com")),
            new SipTrunkRoute("US", "^\\+1[0-9]{10}$", List.of("a.contoso.com")),
            new SipTrunkRoute("UK", "^\\+44[0-9]+$", List.of("a.contoso.com"))));
        List<SipLintFinding> shadowed = of(SipRoutingLint.lint(c), SipLintFinding.Kind.SHADOWED_ROUTE);
        assertEquals(List.of("US", "UK"), shadowed.stream().map(SipLintFinding::getRouteName)
            .collect(Collectors.toList()));
        assertEquals("WARNING SHADOWED_ROUTE route 'US': never chosen: the earlier route 'Everything' matches every"
            + " number", shadowed.get(0).toString());
    }

    @Test
    void e164CatchAllIsNotTreatedAsMatchingEverything() {
        SipConfiguration c = new SipConfiguration(List.of(new SipTrunk("a.contoso.com", 5061)), List.of(
            new SipTrunkRoute("AllE164", "^\\+[0-9]+$", List.of("a.contoso.com")),
            new SipTrunkRoute("Short", "^[0-9]{3}$", List.of("a.contoso.com"))));
        assertTrue(of(SipRoutingLint.lint(c), SipLintFinding.Kind.SHADOWED_ROUTE).isEmpty());
    }

    @Test
    void identicalPatternShadowsTheLaterRoute() {
        SipConfiguration c = new SipConfiguration(List.of(new SipTrunk("a.contoso.com", 5061)), List.of(
            new SipTrunkRoute("First", "^\\+1[0-9]{10}$", List.of("a.contoso.com")),
            new SipTrunkRoute("Second", "^\\+1[0-9]{10}$", List.of("a.contoso.com"))));
        List<SipLintFinding> shadowed = of(SipRoutingLint.lint(c), SipLintFinding.Kind.SHADOWED_ROUTE);
        assertEquals(1, shadowed.size());
        assertEquals("Second", shadowed.get(0).getRouteName());
        assertTrue(shadowed.get(0).getMessage().contains("same number pattern"));
    }

    @Test
    void trunkProblems() {
        SipConfiguration c = new SipConfiguration(
            List.of(new SipTrunk("used.contoso.com", 5061), new SipTrunk("idle.contoso.com", 5062)), List.of(
            new SipTrunkRoute("Empty", "^\\+1[0-9]{10}$", List.of()),
            new SipTrunkRoute("Broken", "^\\+44[0-9]+$", List.of("used.contoso.com", "gone.contoso.com"))));
        List<SipLintFinding> all = SipRoutingLint.lint(c);
        assertEquals("Empty", of(all, SipLintFinding.Kind.ROUTE_WITHOUT_TRUNKS).get(0).getRouteName());
        SipLintFinding missing = of(all, SipLintFinding.Kind.MISSING_TRUNK).get(0);
        assertEquals("gone.contoso.com", missing.getTrunkFqdn());
        assertEquals(SipLintFinding.Severity.ERROR, missing.getSeverity());
        List<SipLintFinding> unused = of(all, SipLintFinding.Kind.UNUSED_TRUNK);
        assertEquals(1, unused.size());
        assertEquals("idle.contoso.com", unused.get(0).getTrunkFqdn());
    }

    @Test
    void patternFindings() {
        SipConfiguration c = new SipConfiguration(List.of(new SipTrunk("a.contoso.com", 5061)), List.of(
            new SipTrunkRoute("Plus", "^+[1-9][0-9]{3,23}$", List.of("a.contoso.com")),
            new SipTrunkRoute("Subtract", "^\\+1[0-9-[9]]+$", List.of("a.contoso.com")),
            new SipTrunkRoute("Word", "^\\w+$", List.of("a.contoso.com")),
            new SipTrunkRoute("Bad", "^(\\+1", List.of("a.contoso.com"))));
        List<SipLintFinding> all = SipRoutingLint.lint(c);
        SipLintFinding suspicious = of(all, SipLintFinding.Kind.SUSPICIOUS_PATTERN).get(0);
        assertEquals("Plus", suspicious.getRouteName());
        assertTrue(suspicious.getMessage().contains("does not match a literal '+'"));
        SipLintFinding diff = of(all, SipLintFinding.Kind.JAVA_DIFFERENCE).get(0);
        assertEquals("Subtract", diff.getRouteName());
        assertTrue(diff.getMessage().contains("union"), diff.getMessage());
        assertEquals("Word", of(all, SipLintFinding.Kind.UNSUPPORTED_PATTERN).get(0).getRouteName());
        SipLintFinding invalid = of(all, SipLintFinding.Kind.INVALID_PATTERN).get(0);
        assertEquals("Bad", invalid.getRouteName());
        assertEquals(SipLintFinding.Severity.ERROR, invalid.getSeverity());
    }

    @Test
    void nullConfigurationIsRejectedClearly() {
        assertEquals("'configuration' must not be null",
            assertThrows(IllegalArgumentException.class, () -> SipRoutingLint.lint(null)).getMessage());
    }
}
