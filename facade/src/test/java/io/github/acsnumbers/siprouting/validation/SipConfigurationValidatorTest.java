package io.github.acsnumbers.siprouting.validation;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipConfigurationValidatorTest {
    private static List<String> codes(List<SipValidationProblem> problems) {
        return problems.stream().map(SipValidationProblem::getCode).collect(Collectors.toList());
    }

    private static SipConfiguration withRoutes(SipTrunkRoute... routes) {
        return new SipConfiguration(List.of(new SipTrunk("sbc1.contoso.com", 5061),
            new SipTrunk("sbc2.contoso.com", 5061)), List.of(routes));
    }

    @Test
    void acceptsWhatTheServiceAccepts() {
        // the JS tests sent this unescaped-plus pattern and the service took it
        assertEquals(List.of(), SipConfigurationValidator.validate(withRoutes(
            new SipTrunkRoute("All", "^+[1-9][0-9]{3,23}$", List.of("sbc1.contoso.com", "sbc2.contoso.com")),
            new SipTrunkRoute("NoTrunks", "^\\+1\\d{10}$", List.of()),
            new SipTrunkRoute("Unsupported locally", "^\\w+$", List.of("sbc1.contoso.com")))));
    }

    @Test
    void trunkRules() {
        assertEquals(List.of("InvalidTrunkFqdn"), codes(SipConfigurationValidator.validateTrunk(new SipTrunk("-1", 5061))));
        assertEquals(List.of("InvalidTrunkSipSignalingPort"),
            codes(SipConfigurationValidator.validateTrunk(new SipTrunk("sbc.contoso.com", 0))));
        assertEquals(List.of("InvalidTrunkSipSignalingPort"),
            codes(SipConfigurationValidator.validateTrunk(new SipTrunk("sbc.contoso.com", 65536))));
        assertEquals(List.of(), SipConfigurationValidator.validateTrunk(new SipTrunk("sbc.contoso.com", 65535)));
        assertEquals(List.of(), SipConfigurationValidator.validateTrunk(new SipTrunk("sbc.contoso.com", 1)));
        SipValidationProblem p = SipConfigurationValidator.validateTrunk(new SipTrunk("-1", 70000)).get(0);
        assertEquals("trunk '-1'", p.getTarget());
        assertEquals("InvalidTrunkFqdn (trunk '-1'): '-1' has a label starting or ending with '-'", p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sbc.contoso.com", "SBC-1.Contoso.com", "a", "sbc_1.contoso.com", "10.0.0.1"})
    void acceptedFqdns(String fqdn) {
        assertTrue(SipConfigurationValidator.isValidFqdn(fqdn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a..b", ".contoso.com", "sbc.contoso.com.", "sbc-.contoso.com",
        "sbc contoso.com", "sbc.contoso.com:5061", "s\u00e9c.contoso.com"})
    void rejectedFqdns(String fqdn) {
        assertFalse(SipConfigurationValidator.isValidFqdn(fqdn));
    }

    @Test
    void routeRules() {
        List<SipValidationProblem> problems = SipConfigurationValidator.validate(withRoutes(
            new SipTrunkRoute(" ", "^1$", List.of()),
            new SipTrunkRoute("US", "", List.of()),
            new SipTrunkRoute("US", "^\\+1\\d{10}$", List.of()),
            new SipTrunkRoute("Bad", "^(\\+1", List.of()),
            new SipTrunkRoute("Twice", "^1$", List.of("sbc1.contoso.com", "sbc1.contoso.com")),
            new SipTrunkRoute("Missing", "^1$", List.of("gone.contoso.com"))));
        assertEquals(List.of("InvalidRouteName", "InvalidRouteNumberPattern", "DuplicatedRoute",
            "InvalidRouteNumberPattern", "RouteWithDuplicatedTrunk", "MissingTrunk"), codes(problems));
        assertTrue(problems.get(3).getMessage().contains("not a valid .NET regular expression"));
        assertEquals("route 'Missing'", problems.get(5).getTarget());
    }

    @Test
    void requireValidListsEveryProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SipConfigurationValidator.requireValid(new SipConfiguration(List.of(new SipTrunk("-1", 0)),
                List.of(new SipTrunkRoute("R", "^1$", List.of("x.contoso.com"))))));
        assertEquals("invalid SIP configuration, nothing was sent: InvalidTrunkFqdn (trunk '-1'): '-1' has a label"
            + " starting or ending with '-'; InvalidTrunkSipSignalingPort (trunk '-1'): SIP signaling port 0 is"
            + " outside 1-65535; MissingTrunk (route 'R'): trunk 'x.contoso.com' is not in the resulting"
            + " configuration", e.getMessage());
        SipConfigurationValidator.requireValid(SipConfiguration.empty());
    }

    @Test
    void nullArguments() {
        assertThrows(IllegalArgumentException.class, () -> SipConfigurationValidator.validate(null));
        assertThrows(IllegalArgumentException.class, () -> SipConfigurationValidator.validateTrunk(null));
        assertThrows(IllegalArgumentException.class, () -> SipConfigurationValidator.validateRoutes(null, List.of()));
    }
}
