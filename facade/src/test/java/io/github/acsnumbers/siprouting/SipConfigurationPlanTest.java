package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipConfigurationPlanTest {
    private static final SipTrunkRoute US = SipTrunkRoute.builder("US", "^\\+1\\d{10}$").description("US numbers")
        .trunks("sbc1.contoso.com").build();
    private static final SipTrunkRoute DEFAULT = new SipTrunkRoute("Default", "^\\+\\d+$",
        List.of("sbc1.contoso.com", "old.contoso.com"));

    private static SipConfiguration current() {
        return new SipConfiguration(
            List.of(new SipTrunk("sbc1.contoso.com", 5061), new SipTrunk("old.contoso.com", 5062)),
            List.of(US, DEFAULT), List.of(new SipDomain("contoso.com", true)));
    }

    @Test
    void onePatchCarriesUpsertsDeletionsAndTheNewRouteList() {
        SipConfiguration desired = new SipConfiguration(
            List.of(new SipTrunk("sbc1.contoso.com", 5063), new SipTrunk("sbc2.contoso.com", 5061)),
            List.of(new SipTrunkRoute("EU", "^\\+3\\d+$", List.of("sbc2.contoso.com")),
                new SipTrunkRoute("Default", "^\\+\\d+$", List.of("sbc1.contoso.com", "sbc2.contoso.com")), US));
        SipConfigurationPlan plan = SipConfigurationPlan.between(current(), desired);

        assertEquals("{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5063},"
            + "\"sbc2.contoso.com\":{\"sipSignalingPort\":5061},\"old.contoso.com\":null},"
            + "\"routes\":[{\"name\":\"EU\",\"numberPattern\":\"^\\\\+3\\\\d+$\",\"trunks\":[\"sbc2.contoso.com\"]},"
            + "{\"name\":\"Default\",\"numberPattern\":\"^\\\\+\\\\d+$\",\"trunks\":[\"sbc1.contoso.com\",\"sbc2.contoso.com\"]},"
            + "{\"description\":\"US numbers\",\"name\":\"US\",\"numberPattern\":\"^\\\\+1\\\\d{10}$\","
            + "\"trunks\":[\"sbc1.contoso.com\"]}]}", plan.toMergePatchJson());

        assertEquals("sbc2.contoso.com", plan.getTrunksAdded().get(0).getFqdn());
        assertEquals(5061, plan.getTrunksChanged().get(0).getBefore().getSipSignalingPort());
        assertEquals("old.contoso.com", plan.getTrunksRemoved().get(0).getFqdn());
        assertEquals("EU", plan.getRoutesAdded().get(0).getName());
        assertTrue(plan.getRoutesRemoved().isEmpty());
        assertEquals("Default", plan.getRoutesChanged().get(0).getAfter().getName());
        assertTrue(plan.isRoutesReordered());
        assertFalse(plan.isEmpty());
        assertEquals("SIP configuration plan:\n"
            + "  trunks:\n"
            + "    + sbc2.contoso.com port 5061\n"
            + "    ~ sbc1.contoso.com: port 5061 -> 5063\n"
            + "    - old.contoso.com\n"
            + "  routes (reordered):\n"
            + "    + 'EU' ^\\+3\\d+$ -> [sbc2.contoso.com]\n"
            + "    ~ 'Default': trunks [sbc1.contoso.com, old.contoso.com] -> [sbc1.contoso.com, sbc2.contoso.com]\n"
            + "    order: EU, Default, US\n", plan.toString());
        assertEquals(List.of(new SipDomain("contoso.com", true)), plan.getResultingConfiguration().getDomains());
    }

    @Test
    void trunkOnlyChangesLeaveRoutesOut() {
        SipConfiguration desired = current().withTrunks(List.of(new SipTrunk("sbc1.contoso.com", 5061),
            new SipTrunk("old.contoso.com", 5062), new SipTrunk("new.contoso.com", 5070)));
        SipConfigurationPlan plan = SipConfigurationPlan.between(current(), desired);
        assertEquals("{\"trunks\":{\"new.contoso.com\":{\"sipSignalingPort\":5070}}}", plan.toMergePatchJson());
        assertFalse(plan.isRoutesReplaced());
        assertFalse(plan.isRoutesReordered());
    }

    @Test
    void routeRemovalAndPreviewFields() {
        SipConfiguration desired = new SipConfiguration(
            List.of(SipTrunk.builder("sbc1.contoso.com", 5061).enabled(false).privacyHeader(SipTrunkPrivacyHeader.NONE)
                .build(), new SipTrunk("old.contoso.com", 5062)),
            List.of(US.toBuilder().callerIdOverride("+14255550100").build()));
        SipConfigurationPlan plan = SipConfigurationPlan.between(current(), desired);
        assertEquals("{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5061,\"enabled\":false,"
            + "\"privacyHeader\":\"none\"}},\"routes\":[{\"description\":\"US numbers\",\"name\":\"US\","
            + "\"numberPattern\":\"^\\\\+1\\\\d{10}$\",\"trunks\":[\"sbc1.contoso.com\"],"
            + "\"callerIdOverride\":\"+14255550100\"}]}", plan.toMergePatchJson());
        assertEquals("Default", plan.getRoutesRemoved().get(0).getName());
        assertFalse(plan.isRoutesReordered());
        assertTrue(plan.usesPreviewFields());
        assertTrue(plan.toString().contains("~ sbc1.contoso.com: enabled null -> false, privacyHeader null -> none"),
            plan.toString());
        assertTrue(plan.toString().contains("- 'Default'"));
    }

    @Test
    void unsetPreviewFieldsMeanKeepAndAreNotAChange() {
        SipConfiguration withPreview = new SipConfiguration(List.of(SipTrunk.builder("sbc1.contoso.com", 5061)
            .enabled(true).build()), List.of());
        SipConfigurationPlan plan = SipConfigurationPlan.between(withPreview,
            new SipConfiguration(List.of(new SipTrunk("sbc1.contoso.com", 5061)), List.of()));
        assertTrue(plan.isEmpty());
        assertEquals("{}", plan.toMergePatchJson());
        assertEquals("SIP configuration plan: no changes", plan.toString());
        assertEquals(Boolean.TRUE, plan.getResultingConfiguration().getTrunk("sbc1.contoso.com").get().getEnabled());
    }

    @Test
    void baselineCheckIgnoresOrderButNotChanges() {
        SipConfigurationPlan plan = SipConfigurationPlan.between(current(), current().withRoutes(List.of(US)));
        assertTrue(plan.isBasedOn(current()));
        assertTrue(plan.isBasedOn(current().withTrunks(List.of(new SipTrunk("old.contoso.com", 5062),
            new SipTrunk("sbc1.contoso.com", 5061)))));
        assertFalse(plan.isBasedOn(current().withTrunks(List.of(new SipTrunk("sbc1.contoso.com", 5061)))));
        assertFalse(plan.isBasedOn(current().withTrunks(List.of(new SipTrunk("sbc1.contoso.com", 5999),
            new SipTrunk("old.contoso.com", 5062)))));
        assertFalse(plan.isBasedOn(current().withRoutes(List.of(DEFAULT, US))));
        assertFalse(plan.isBasedOn(null));
    }

    @Test
    void anInvalidResultIsRefusedBeforeAnythingIsPlanned() {
        SipConfiguration desired = current().withTrunks(List.of(new SipTrunk("sbc1.contoso.com", 5061)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SipConfigurationPlan.between(current(), desired));
        assertTrue(e.getMessage().contains("MissingTrunk (route 'Default'): trunk 'old.contoso.com'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SipConfigurationPlan.between(null, desired));
    }
}
