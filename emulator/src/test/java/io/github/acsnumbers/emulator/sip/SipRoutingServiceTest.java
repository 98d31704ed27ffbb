package io.github.acsnumbers.emulator.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.emulator.http.ApiResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SipRoutingServiceTest {

    private static final String STABLE = "2023-03-01";
    private static final String PREVIEW = "2024-11-15-preview";

    private final SipRoutingService sip = new SipRoutingService();

    private static JsonElement json(String text) {
        return JsonParser.parseString(text.replace('\'', '"'));
    }

    private static JsonObject body(ApiResult r) {
        return r.body().getAsJsonObject();
    }

    private ApiResult patchOk(String version, String patch) {
        ApiResult r = sip.patch(version, json(patch));
        assertEquals(200, r.status(), () -> String.valueOf(r.body()));
        return r;
    }

    private static void assertValidationError(ApiResult r, int status, String innerCode, String innerMessage) {
        assertEquals(status, r.status());
        JsonObject error = body(r).getAsJsonObject("error");
        assertEquals("UnprocessableConfiguration", error.get("code").getAsString());
        assertEquals("One or more request inputs are not valid.", error.get("message").getAsString());
        assertEquals(innerCode, error.getAsJsonObject("innererror").get("code").getAsString());
        assertEquals(innerMessage, error.getAsJsonObject("innererror").get("message").getAsString());
    }

    @Nested
    class Get {
        @Test
        void emptyStableConfigurationHasTrunksAndRoutesOnly() {
            ApiResult r = sip.get(STABLE, null);
            assertEquals(200, r.status());
            assertEquals(json("{'trunks':{},'routes':[]}"), r.body());
            assertEquals("2023-03-01, 2023-04-01-preview, 2024-11-15-preview", r.headers().get("api-supported-versions"));
        }

        @Test
        void emptyPreviewConfigurationAlsoHasDomainsFirst() {
            ApiResult r = sip.get(PREVIEW, null);
            assertEquals(json("{'domains':{},'trunks':{},'routes':[]}"), r.body());
            assertEquals("domains", body(r).keySet().iterator().next());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2021-05-01", "2023-04-01-preview", "", "2023-03-01 "})
        void otherApiVersionsAreRejected(String version) {
            for (ApiResult r : List.of(sip.get(version, null), sip.patch(version, json("{}")),
                    sip.testRoutesWithNumber(version, "+1", null))) {
                assertEquals(400, r.status());
                JsonObject error = body(r).getAsJsonObject("error");
                assertTrue(error.get("code").getAsString().startsWith("ApiVersion")
                        || error.get("code").getAsString().equals("UnsupportedApiVersion"));
            }
            ApiResult r = sip.get(version, null);
            if (!version.isEmpty()) {
                assertEquals("UnsupportedApiVersion", body(r).getAsJsonObject("error").get("code").getAsString());
                assertTrue(body(r).getAsJsonObject("error").get("message").getAsString().contains("'" + version + "'"));
            }
        }

        @Test
        void missingApiVersionIsRejected() {
            ApiResult r = sip.get(null, null);
            assertEquals(400, r.status());
            assertEquals("ApiVersionUnspecified", body(r).getAsJsonObject("error").get("code").getAsString());
        }
    }

    @Nested
    class VersionDifferences {
        @Test
        void previewTrunkFieldsAreStoredButOnlyShownOnPreview() {
            patchOk(PREVIEW, "{'trunks':{'sbc.example.com':{'sipSignalingPort':1122,'enabled':false,"
                    + "'directTransfer':true,'privacyHeader':'id','ipAddressVersion':'ipv6'}}}");
            assertEquals(json("{'trunks':{'sbc.example.com':{'sipSignalingPort':1122}},'routes':[]}"),
                    sip.get(STABLE, null).body());
            assertEquals(json("{'domains':{},'trunks':{'sbc.example.com':{'sipSignalingPort':1122,'enabled':false,"
                    + "'directTransfer':true,'privacyHeader':'id','ipAddressVersion':'ipv6'}},'routes':[]}"),
                    sip.get(PREVIEW, null).body());
        }

        @Test
        void stableTrunkShowsDefaultsOnPreview() {
            patchOk(STABLE, "{'trunks':{'sbc.example.com':{'sipSignalingPort':5061}}}");
            assertEquals(json("{'sipSignalingPort':5061,'enabled':true,'directTransfer':false,"
                    + "'privacyHeader':'none','ipAddressVersion':'ipv4'}"),
                    body(sip.get(PREVIEW, null)).getAsJsonObject("trunks").get("sbc.example.com"));
        }

        @Test
        void stablePatchIgnoresPreviewMembersAndKeepsStoredFlags() {
            patchOk(PREVIEW, "{'trunks':{'sbc.example.com':{'sipSignalingPort':1122,'enabled':false}}}");
            ApiResult r = patchOk(STABLE, "{'domains':{'x.example.com':{'enabled':true}},"
                    + "'trunks':{'sbc.example.com':{'sipSignalingPort':2233,'enabled':true}}}");
            assertEquals(json("{'trunks':{'sbc.example.com':{'sipSignalingPort':2233}},'routes':[]}"), r.body());
            SipTrunk stored = sip.configuration().trunks().get("sbc.example.com");
            assertEquals(2233, stored.sipSignalingPort());
            assertEquals(Boolean.FALSE, stored.enabled());
            assertTrue(sip.configuration().domains().isEmpty());
        }

        @Test
        void previewRoutesCarryNullCallerIdOverrideAndStableRoutesDoNot() {
            patchOk(STABLE, "{'trunks':{'sbc.example.com':{'sipSignalingPort':5061}},'routes':[{'name':'r1',"
                    + "'numberPattern':'^\\\\+1\\\\d{10}$','trunks':['sbc.example.com']}]}");
            JsonObject previewRoute = body(sip.get(PREVIEW, null)).getAsJsonArray("routes").get(0).getAsJsonObject();
            assertTrue(previewRoute.has("callerIdOverride"));
            assertTrue(previewRoute.get("callerIdOverride").isJsonNull());
            // JsonElement.toString() keeps the null member on the wire
            assertTrue(sip.get(PREVIEW, null).body().toString().contains("\"callerIdOverride\":null"));
            JsonObject stableRoute = body(sip.get(STABLE, null)).getAsJsonArray("routes").get(0).getAsJsonObject();
            assertFalse(stableRoute.has("callerIdOverride"));
            assertEquals(json("{'name':'r1','numberPattern':'^\\\\+1\\\\d{10}$','trunks':['sbc.example.com']}"),
                    stableRoute);
        }

        @Test
        void callerIdOverrideIsKeptOnPreviewAndDroppedByAStableRouteReplace() {
            patchOk(PREVIEW, "{'trunks':{'sbc.example.com':{'sipSignalingPort':5061}},'routes':[{'name':'r1',"
                    + "'numberPattern':'^\\\\+1','trunks':['sbc.example.com'],'callerIdOverride':'+1234567890'}]}");
            assertEquals("+1234567890", body(sip.get(PREVIEW, null)).getAsJsonArray("routes").get(0)
                    .getAsJsonObject().get("callerIdOverride").getAsString());
            patchOk(STABLE, "{'routes':[{'name':'r1','numberPattern':'^\\\\+1','trunks':['sbc.example.com'],"
                    + "'callerIdOverride':'+1999'}]}");
            assertNull(sip.configuration().routes().get(0).callerIdOverride());
        }

        @Test
        void routeWithoutOptionalMembersIsEchoedWithoutThem() {
            ApiResult r = patchOk(STABLE, "{'routes':[{'name':'LocalRoute','numberPattern':'^\\\\+1[0-9]{10}$'}]}");
            assertEquals(json("{'trunks':{},'routes':[{'name':'LocalRoute','numberPattern':'^\\\\+1[0-9]{10}$'}]}"),
                    r.body());
        }
    }

    @Nested
    class Health {
        @Test
        void healthOnlyWithExpandOnPreview() {
            patchOk(PREVIEW, "{'trunks':{'a.example.com':{'sipSignalingPort':5061}}}");
            JsonObject unknown = json("{'tls':{'status':'unknown'},'ping':{'status':'unknown'},"
                    + "'overall':{'status':'unknown'}}").getAsJsonObject();
            assertEquals(unknown, trunk(sip.get(PREVIEW, "trunks/health"), "a.example.com").get("health"));
            assertFalse(trunk(sip.get(PREVIEW, null), "a.example.com").has("health"));
            assertFalse(trunk(sip.get(PREVIEW, "something"), "a.example.com").has("health"));
            assertTrue(trunk(sip.get(PREVIEW, "trunks%2Fhealth"), "a.example.com").has("health"));
            assertTrue(trunk(sip.get(PREVIEW, "Trunks/Health"), "a.example.com").has("health"));
            assertFalse(trunk(sip.get(STABLE, "trunks/health"), "a.example.com").has("health"));
            ApiResult patched = sip.patch(PREVIEW, json("{}"));
            assertFalse(trunk(patched, "a.example.com").has("health"));
        }

        @Test
        void injectedHealthIsShownAndDroppedWithTheTrunk() {
            patchOk(PREVIEW, "{'trunks':{'a.example.com':{'sipSignalingPort':5061}}}");
            sip.setTrunkHealth("a.example.com", new TrunkHealth("certExpiring", "ok", "inactive", "noRecentCalls"));
            assertEquals(json("{'tls':{'status':'certExpiring'},'ping':{'status':'ok'},"
                    + "'overall':{'status':'inactive','reason':'noRecentCalls'}}"),
                    trunk(sip.get(PREVIEW, "trunks/health"), "a.example.com").get("health"));
            patchOk(PREVIEW, "{'trunks':{'a.example.com':null}}");
            patchOk(PREVIEW, "{'trunks':{'a.example.com':{'sipSignalingPort':5061}}}");
            assertEquals("unknown", trunk(sip.get(PREVIEW, "trunks/health"), "a.example.com")
                    .getAsJsonObject("health").getAsJsonObject("tls").get("status").getAsString());
            assertThrows(IllegalArgumentException.class, () -> sip.setTrunkHealth("nope.example.com", null));
        }

        private JsonObject trunk(ApiResult r, String fqdn) {
            return body(r).getAsJsonObject("trunks").getAsJsonObject(fqdn);
        }
    }

    @Nested
    class MergePatch {
        @Test
        void trunkUpsertLeavesOtherTrunksAlone() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111},'b.example.com':"
                    + "{'sipSignalingPort':2222}}}");
            ApiResult r = patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1231}}}");
            assertEquals(json("{'trunks':{'a.example.com':{'sipSignalingPort':1231},'b.example.com':"
                    + "{'sipSignalingPort':2222}},'routes':[]}"), r.body());
        }

        @Test
        void trunkPatchMergesFieldsOnPreview() {
            patchOk(PREVIEW, "{'trunks':{'a.example.com':{'sipSignalingPort':1111,'directTransfer':true}}}");
            patchOk(PREVIEW, "{'trunks':{'a.example.com':{'enabled':false}}}");
            assertEquals(new SipTrunk(1111, false, true, null, null), sip.configuration().trunks().get("a.example.com"));
        }

        @Test
        void nullDeletesTrunkAndDeletingAnAbsentTrunkIsANoOp() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111},'b.example.com':"
                    + "{'sipSignalingPort':2222}}}");
            ApiResult r = patchOk(STABLE, "{'trunks':{'a.example.com':null}}");
            assertEquals(json("{'trunks':{'b.example.com':{'sipSignalingPort':2222}},'routes':[]}"), r.body());
            ApiResult again = patchOk(STABLE, "{'trunks':{'notExisting.fqdn.com':null}}");
            assertEquals(r.body(), again.body());
        }

        @Test
        void onePatchMixesUpsertsAndDeletes() {
            patchOk(STABLE, "{'trunks':{'old.example.com':{'sipSignalingPort':1111}}}");
            ApiResult r = patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1},"
                    + "'b.example.com':{'sipSignalingPort':65535},'old.example.com':null}}");
            assertEquals(json("{'a.example.com':{'sipSignalingPort':1},'b.example.com':{'sipSignalingPort':65535}}"),
                    body(r).get("trunks"));
        }

        @Test
        void routesReplaceTheWholeListAndLeaveTrunksAlone() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}},'routes':["
                    + "{'name':'r1','numberPattern':'1','trunks':['a.example.com']},"
                    + "{'name':'r2','numberPattern':'2','trunks':['a.example.com']}]}");
            ApiResult r = patchOk(STABLE, "{'routes':[{'name':'r3','numberPattern':'3'}]}");
            assertEquals(json("{'trunks':{'a.example.com':{'sipSignalingPort':1111}},'routes':"
                    + "[{'name':'r3','numberPattern':'3'}]}"), r.body());
            ApiResult cleared = patchOk(STABLE, "{'routes':[]}");
            assertEquals(json("{'trunks':{'a.example.com':{'sipSignalingPort':1111}},'routes':[]}"), cleared.body());
        }

        @Test
        void trunksPatchLeavesRoutesAlone() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}},'routes':["
                    + "{'name':'r1','numberPattern':'1','trunks':['a.example.com']}]}");
            ApiResult r = patchOk(STABLE, "{'trunks':{'b.example.com':{'sipSignalingPort':2222}}}");
            assertEquals(1, body(r).getAsJsonArray("routes").size());
            assertEquals("r1", sip.configuration().routes().get(0).name());
        }

        @Test
        void routeOrderIsKept() {
            patchOk(STABLE, "{'routes':[{'name':'z','numberPattern':'1'},{'name':'a','numberPattern':'2'},"
                    + "{'name':'m','numberPattern':'3'}]}");
            JsonArray routes = body(sip.get(STABLE, null)).getAsJsonArray("routes");
            List<String> names = new ArrayList<>();
            routes.forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
            assertEquals(List.of("z", "a", "m"), names);
        }

        @Test
        void domainsAreAddedDisabledAndDeletedWithNull() {
            ApiResult r = patchOk(PREVIEW, "{'domains':{'x.test':{'enabled':true},'y.test':{'enabled':false}}}");
            assertEquals(json("{'x.test':{'enabled':false},'y.test':{'enabled':false}}"), body(r).get("domains"));
            sip.setDomainEnabled("x.test", true);
            assertEquals(json("{'x.test':{'enabled':true},'y.test':{'enabled':false}}"),
                    body(sip.get(PREVIEW, null)).get("domains"));
            ApiResult deleted = patchOk(PREVIEW, "{'domains':{'x.test':null,'absent.test':null}}");
            assertEquals(json("{'y.test':{'enabled':false}}"), body(deleted).get("domains"));
        }

        @Test
        void emptyAndNullBodiesChangeNothing() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}}}");
            SipConfiguration before = sip.configuration();
            assertEquals(200, sip.patch(STABLE, null).status());
            assertEquals(200, sip.patch(STABLE, json("{}")).status());
            assertEquals(200, sip.patch(STABLE, json("{'trunks':null,'routes':null}")).status());
            assertEquals(before, sip.configuration());
        }

        @Test
        void unprefixedPlusPatternIsAccepted() {
            ApiResult r = patchOk(STABLE, "{'routes':[{'name':'js','numberPattern':'^+[1-9][0-9]{3,23}$'}]}");
            assertEquals("^+[1-9][0-9]{3,23}$", body(r).getAsJsonArray("routes").get(0).getAsJsonObject()
                    .get("numberPattern").getAsString());
        }
    }

    @Nested
    class Validation {
        @Test
        void invalidTrunkFqdnKeepsTheServiceMessage() {
            assertValidationError(sip.patch(STABLE, json("{'trunks':{'-1':{'sipSignalingPort':5061}}}")), 422,
                    "InvalidTrunkFqdn", "Domain '-1' is not properly formatted domnain name.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"localhost", "a..example.com", "-a.example.com", "a-.example.com", "a_b.example.com",
            "example.com.", "", "a b.example.com"})
        void malformedFqdnsAreRejected(String fqdn) {
            ApiResult r = sip.patch(STABLE, json("{'trunks':{'" + fqdn + "':{'sipSignalingPort':5061}}}"));
            assertValidationError(r, 422, "InvalidTrunkFqdn",
                    "Domain '" + fqdn + "' is not properly formatted domnain name.");
        }

        @Test
        void tooLongFqdnIsRejected() {
            String fqdn = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".com";
            assertEquals(247, fqdn.length());
            assertEquals(200, sip.patch(STABLE, json("{'trunks':{'" + fqdn + "':{'sipSignalingPort':1}}}")).status());
            String longer = "e".repeat(10) + "." + fqdn;
            assertEquals(422, sip.patch(STABLE, json("{'trunks':{'" + longer + "':{'sipSignalingPort':1}}}"))
                    .status());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 65536, 100000})
        void portOutsideRangeIsRejected(int port) {
            assertValidationError(sip.patch(STABLE, json("{'trunks':{'a.example.com':{'sipSignalingPort':" + port
                    + "}}}")), 422, "InvalidTrunkSipSignalingPort", "Trunk with an invalid SIP signaling port.");
        }

        @Test
        void newTrunkWithoutPortIsRejected() {
            assertValidationError(sip.patch(PREVIEW, json("{'trunks':{'a.example.com':{'enabled':true}}}")), 422,
                    "InvalidTrunkSipSignalingPort", "Trunk with an invalid SIP signaling port.");
        }

        @Test
        void portBoundariesAreAccepted() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1},'b.example.com':"
                    + "{'sipSignalingPort':65535}}}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"''", "'   '", "null"})
        void invalidRouteName(String name) {
            assertValidationError(sip.patch(STABLE, json("{'routes':[{'name':" + name + ",'numberPattern':'1'}]}")),
                    422, "InvalidRouteName", "Route with an invalid name.");
        }

        @Test
        void routeNameOver256IsRejected() {
            assertEquals(200, sip.patch(STABLE, json("{'routes':[{'name':'" + "n".repeat(256)
                    + "','numberPattern':'1'}]}")).status());
            assertValidationError(sip.patch(STABLE, json("{'routes':[{'name':'" + "n".repeat(257)
                    + "','numberPattern':'1'}]}")), 422, "InvalidRouteName", "Route with an invalid name.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"''", "null", "'[0-9'", "'(abc'", "'[0-9]++'", "'*1'"})
        void invalidRouteNumberPattern(String pattern) {
            assertValidationError(sip.patch(STABLE, json("{'routes':[{'name':'r','numberPattern':" + pattern
                    + "}]}")), 422, "InvalidRouteNumberPattern", "Route with an invalid number pattern.");
        }

        @Test
        void numberPatternOver1024IsRejected() {
            assertEquals(422, sip.patch(STABLE, json("{'routes':[{'name':'r','numberPattern':'" + "1".repeat(1025)
                    + "'}]}")).status());
        }

        @Test
        void routeToUnknownTrunk() {
            assertValidationError(sip.patch(STABLE, json("{'routes':[{'name':'r','numberPattern':'1',"
                    + "'trunks':['nope.example.com']}]}")), 422, "MissingTrunk", "Route targeting a missing trunk.");
        }

        @Test
        void deletionThatOrphansARouteIsRejectedAndChangesNothing() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}},'routes':["
                    + "{'name':'r1','numberPattern':'1','trunks':['a.example.com']}]}");
            SipConfiguration before = sip.configuration();
            assertValidationError(sip.patch(STABLE, json("{'trunks':{'a.example.com':null}}")), 422, "MissingTrunk",
                    "Route targeting a missing trunk.");
            assertEquals(before, sip.configuration());
            // deleting the trunk together with the routes that use it works
            patchOk(STABLE, "{'trunks':{'a.example.com':null},'routes':[]}");
        }

        @Test
        void routeMayTargetATrunkAddedInTheSamePatch() {
            patchOk(STABLE, "{'trunks':{'new.example.com':{'sipSignalingPort':5061}},'routes':["
                    + "{'name':'r1','numberPattern':'1','trunks':['new.example.com']}]}");
        }

        @Test
        void duplicatedRouteIs400WithTheSameOuterCode() {
            assertValidationError(sip.patch(STABLE, json("{'routes':[{'name':'r','numberPattern':'1'},"
                    + "{'name':'r','numberPattern':'2'}]}")), 400, "DuplicatedRoute", "There is a duplicated route.");
        }

        @Test
        void routeWithDuplicatedTrunkIs400() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}}}");
            assertValidationError(sip.patch(STABLE, json("{'routes':[{'name':'r','numberPattern':'1',"
                    + "'trunks':['a.example.com','a.example.com']}]}")), 400, "RouteWithDuplicatedTrunk",
                    "There is a duplicated trunk in a route.");
        }

        @Test
        void withoutRegisteredDomainsAnyTrunkIsAccepted() {
            patchOk(STABLE, "{'trunks':{'sbc.fabrikam.com':{'sipSignalingPort':5061}}}");
            patchOk(PREVIEW, "{'trunks':{'sbc.contoso.com':{'sipSignalingPort':5062}}}");
            assertEquals(2, sip.configuration().trunks().size());
        }

        @Test
        void onceADomainIsRegisteredATrunkOutsideItIsMissingDomainAndNothingChanges() {
            patchOk(STABLE, "{'trunks':{'old.fabrikam.com':{'sipSignalingPort':5060}}}");
            // registering a first domain does not fail because of the older trunk
            patchOk(PREVIEW, "{'domains':{'contoso.com':{'enabled':true}}}");
            patchOk(STABLE, "{'trunks':{'sbc.contoso.com':{'sipSignalingPort':5061}},'routes':[{'name':'r',"
                    + "'numberPattern':'.*','trunks':['sbc.contoso.com']}]}");
            JsonElement before = sip.get(PREVIEW, null).body();
            SipConfiguration stored = sip.configuration();
            assertValidationError(sip.patch(STABLE, json("{'trunks':{'sbc.fabrikam.com':{'sipSignalingPort':5061}},"
                    + "'routes':[]}")), 422, "MissingDomain", "Missing Domain for coresponding Trunk");
            // a changed trunk outside the domains is refused too; a lookalike suffix is not the domain
            assertEquals(422, sip.patch(STABLE, json("{'trunks':{'old.fabrikam.com':{'sipSignalingPort':5070}}}"))
                    .status());
            assertEquals(422, sip.patch(STABLE, json("{'trunks':{'sbc.notcontoso.com':{'sipSignalingPort':5061}}}"))
                    .status());
            assertEquals(before, sip.get(PREVIEW, null).body());
            assertEquals(stored, sip.configuration());
            // deleting the untouched old trunk is fine, and so is a trunk in the domain
            patchOk(STABLE, "{'trunks':{'old.fabrikam.com':null,'b.sbc.contoso.com':{'sipSignalingPort':5063}}}");
        }

        @Test
        void registerDomainSwitchesTheRuleOn() {
            sip.registerDomain("contoso.com");
            assertTrue(sip.configuration().domains().get("contoso.com").enabled());
            assertEquals(422, sip.patch(STABLE, json("{'trunks':{'sbc.fabrikam.com':{'sipSignalingPort':5061}}}"))
                    .status());
            patchOk(STABLE, "{'trunks':{'sbc.contoso.com':{'sipSignalingPort':5061}}}");
            assertThrows(IllegalArgumentException.class, () -> sip.registerDomain("not a domain"));
        }

        @Test
        void missingDomainOnlyWhenRequired() {
            SipRoutingService strict = new SipRoutingService(true);
            assertValidationError(strict.patch(STABLE, json("{'trunks':{'sbc.contoso.com':{'sipSignalingPort':5061}}}")),
                    422, "MissingDomain", "Missing Domain for coresponding Trunk");
            assertEquals(200, strict.patch(PREVIEW, json("{'domains':{'contoso.com':{'enabled':true}}}")).status());
            assertEquals(200, strict.patch(STABLE, json("{'trunks':{'sbc.contoso.com':{'sipSignalingPort':5061}}}"))
                    .status());
            assertEquals(422, strict.patch(STABLE, json("{'trunks':{'sbc.fabrikam.com':{'sipSignalingPort':5061}}}"))
                    .status());
        }

        @Test
        void rejectedPatchIsAtomic() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}},'routes':["
                    + "{'name':'r1','numberPattern':'1','trunks':['a.example.com']}]}");
            JsonElement before = sip.get(PREVIEW, null).body();
            // valid trunk upsert + valid route replace + one invalid trunk: nothing may be applied
            ApiResult r = sip.patch(PREVIEW, json("{'domains':{'d.test':{'enabled':true}},'trunks':{'b.example.com':"
                    + "{'sipSignalingPort':2222},'a.example.com':{'sipSignalingPort':3333},'c.example.com':"
                    + "{'sipSignalingPort':0}},'routes':[]}"));
            assertEquals(422, r.status());
            assertEquals(before, sip.get(PREVIEW, null).body());
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "'text'", "{'trunks':[]}", "{'trunks':{'a.example.com':5061}}",
            "{'trunks':{'a.example.com':{'sipSignalingPort':'5061'}}}",
            "{'trunks':{'a.example.com':{'sipSignalingPort':50.5}}}",
            "{'trunks':{'a.example.com':{'sipSignalingPort':99999999999}}}",
            "{'routes':{}}", "{'routes':['r']}", "{'routes':[{'name':1,'numberPattern':'1'}]}",
            "{'routes':[{'name':'r','numberPattern':'1','trunks':'a'}]}",
            "{'routes':[{'name':'r','numberPattern':'1','trunks':[1]}]}"})
        void malformedBodiesAre400(String patch) {
            ApiResult r = sip.patch(STABLE, json(patch));
            assertEquals(400, r.status());
            assertEquals("BadRequest", body(r).getAsJsonObject("error").get("code").getAsString());
            assertEquals(json("{'trunks':{},'routes':[]}"), sip.get(STABLE, null).body());
        }

        @ParameterizedTest
        @ValueSource(strings = {"{'trunks':{'a.example.com':{'sipSignalingPort':1,'enabled':'yes'}}}",
            "{'trunks':{'a.example.com':{'sipSignalingPort':1,'privacyHeader':'full'}}}",
            "{'trunks':{'a.example.com':{'sipSignalingPort':1,'ipAddressVersion':'ipv5'}}}",
            "{'domains':{'x.test':true}}", "{'domains':[]}"})
        void malformedPreviewMembersAre400(String patch) {
            assertEquals(400, sip.patch(PREVIEW, json(patch)).status());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'trunks':{'a.example.com':{'sipSignalingPort':'5061'}}} | "
                    + "'trunks.a.example.com.sipSignalingPort' must be a 32-bit integer.",
            "{'trunks':{'a.example.com':{'sipSignalingPort':99999999999}}} | "
                    + "'trunks.a.example.com.sipSignalingPort' must be a 32-bit integer.",
            "{'trunks':{'a.example.com':{'sipSignalingPort':{}}}} | "
                    + "'trunks.a.example.com.sipSignalingPort' must be a 32-bit integer.",
            "{'trunks':{'a.example.com':{'sipSignalingPort':1,'enabled':'yes'}}} | "
                    + "'trunks.a.example.com.enabled' must be true or false.",
            "{'trunks':{'a.example.com':{'sipSignalingPort':1,'directTransfer':[true]}}} | "
                    + "'trunks.a.example.com.directTransfer' must be true or false.",
            "{'routes':[{'name':1,'numberPattern':'1'}]} | 'routes[0].name' must be a string.",
            "{'routes':[{'name':'r','numberPattern':{}}]} | 'routes[0].numberPattern' must be a string.",
            "{'trunks':{'a.example.com':{'sipSignalingPort':1,'privacyHeader':5}}} | "
                    + "'trunks.a.example.com.privacyHeader' must be a string."})
        void wrongMemberTypesSayWhatTheMemberMustBe(String patch, String message) {
            ApiResult r = sip.patch(PREVIEW, json(patch));
            assertEquals(400, r.status());
            assertEquals(message, body(r).getAsJsonObject("error").get("message").getAsString());
        }
    }

    @Nested
    class TestRoutesWithNumber {
        private static final String EXAMPLE = "{'domains':{'contoso.com':{'enabled':true}},'trunks':{"
                + "'seattle.contoso.com':{'sipSignalingPort':5011},'us1.contoso.com':{'sipSignalingPort':5012},"
                + "'us2.contoso.com':{'sipSignalingPort':5013},'russia.contoso.com':{'sipSignalingPort':5014},"
                + "'global.contoso.com':{'sipSignalingPort':5015}},'routes':["
                + "{'name':'Seattle','description':'Seattle route','numberPattern':'^\\\\+1(425|206)\\\\d{7}$',"
                + "'trunks':['seattle.contoso.com']},"
                + "{'name':'US','description':'US route','numberPattern':'^\\\\+1\\\\d{10}$',"
                + "'trunks':['us1.contoso.com','us2.contoso.com']},"
                + "{'name':'Russia','description':'Russian route','numberPattern':'^\\\\+7\\\\d+$',"
                + "'trunks':['russia.contoso.com']},"
                + "{'name':'Global','description':'Fallback route','numberPattern':'^\\\\+\\\\d+$',"
                + "'trunks':['global.contoso.com'],'callerIdOverride':'+1234567890'}]}";

        @Test
        void everyMatchingRouteIsListedInOrder() {
            ApiResult r = sip.testRoutesWithNumber(PREVIEW, "+14251234567", json(EXAMPLE));
            assertEquals(200, r.status());
            JsonArray matching = body(r).getAsJsonArray("matchingRoutes");
            List<String> names = new ArrayList<>();
            matching.forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
            assertEquals(List.of("Seattle", "US", "Global"), names);
            assertEquals("+1234567890", matching.get(2).getAsJsonObject().get("callerIdOverride").getAsString());
            assertEquals(json("['us1.contoso.com','us2.contoso.com']"), matching.get(1).getAsJsonObject().get("trunks"));
            // the body is only tested, never stored
            assertEquals(SipConfiguration.EMPTY, sip.configuration());
        }

        @Test
        void noMatchGivesAnEmptyList() {
            assertEquals(json("{'matchingRoutes':[]}"),
                    sip.testRoutesWithNumber(PREVIEW, "+11234567890", json("{'domains':{},'trunks':{},'routes':[]}"))
                            .body());
            ApiResult r = sip.testRoutesWithNumber(PREVIEW, "+33123456789", json(EXAMPLE));
            assertEquals(List.of("Global"), List.of(body(r).getAsJsonArray("matchingRoutes").get(0).getAsJsonObject()
                    .get("name").getAsString()));
        }

        @Test
        void withoutBodyTheStoredConfigurationIsTested() {
            patchOk(PREVIEW, "{'routes':[{'name':'all','numberPattern':'^\\\\+'},{'name':'uk','numberPattern':'^\\\\+44'}]}");
            ApiResult r = sip.testRoutesWithNumber(PREVIEW, "+441234", null);
            assertEquals(2, body(r).getAsJsonArray("matchingRoutes").size());
        }

        @Test
        void dotNetSemanticsAreUsedForMatching() {
            String config = "{'routes':[{'name':'js','numberPattern':'^+[1-9][0-9]{3,23}$'},"
                    + "{'name':'no5','numberPattern':'^\\\\+[\\\\d-[5]]+$'}]}";
            assertEquals(List.of("no5"), names(sip.testRoutesWithNumber(PREVIEW, "+1234", json(config))));
            assertEquals(List.of("js"), names(sip.testRoutesWithNumber(PREVIEW, "12345", json(config))));
            assertEquals(List.of(), names(sip.testRoutesWithNumber(PREVIEW, "+12345", json(config))));
        }

        @Test
        void invalidTestConfigurationIsRejectedLikeAPatch() {
            assertValidationError(sip.testRoutesWithNumber(PREVIEW, "+1", json("{'routes':[{'name':'r',"
                    + "'numberPattern':'1','trunks':['x.example.com']}]}")), 422, "MissingTrunk",
                    "Route targeting a missing trunk.");
            assertEquals(400, sip.testRoutesWithNumber(PREVIEW, "+1", json("{'routes':5}")).status());
        }

        @Test
        void restoredRouteWithABadPatternNeverMatches() {
            sip.restore(json("{'routes':[{'name':'bad','numberPattern':'[0-9'},{'name':'nopattern'},"
                    + "{'name':'good','numberPattern':'^\\\\+1'}]}").getAsJsonObject());
            assertEquals(List.of("good"), names(sip.testRoutesWithNumber(PREVIEW, "+1425", null)));
        }

        @Test
        void formDecodedPlusIsTakenAsPlus() {
            assertEquals(List.of("Seattle", "US", "Global"),
                    names(sip.testRoutesWithNumber(PREVIEW, " 14251234567", json(EXAMPLE))));
        }

        @Test
        void onlyOnThePreviewAndWithATarget() {
            assertEquals(400, sip.testRoutesWithNumber(STABLE, "+1", json(EXAMPLE)).status());
            ApiResult r = sip.testRoutesWithNumber(PREVIEW, null, json(EXAMPLE));
            assertEquals(400, r.status());
            assertEquals("BadRequest", body(r).getAsJsonObject("error").get("code").getAsString());
        }

        private List<String> names(ApiResult r) {
            assertEquals(200, r.status(), () -> String.valueOf(r.body()));
            List<String> names = new ArrayList<>();
            body(r).getAsJsonArray("matchingRoutes").forEach(e -> names.add(e.getAsJsonObject().get("name")
                    .getAsString()));
            return names;
        }
    }

    @Nested
    class State {
        @Test
        void snapshotRoundTripsEveryField() {
            patchOk(PREVIEW, "{'domains':{'contoso.com':{}},'trunks':{'a.contoso.com':{'sipSignalingPort':5061,"
                    + "'enabled':false,'privacyHeader':'id'},'b.contoso.com':{'sipSignalingPort':5062}},"
                    + "'routes':[{'name':'r','description':'d','numberPattern':'^\\\\+1','trunks':['b.contoso.com',"
                    + "'a.contoso.com'],'callerIdOverride':'+1555'}]}");
            sip.setDomainEnabled("contoso.com", true);
            sip.setTrunkHealth("a.contoso.com", new TrunkHealth("ok", "ok", "active", null));
            JsonObject snapshot = sip.snapshot();

            SipRoutingService copy = new SipRoutingService();
            copy.restore(snapshot);
            assertEquals(sip.configuration(), copy.configuration());
            assertEquals(sip.get(PREVIEW, "trunks/health").body(), copy.get(PREVIEW, "trunks/health").body());
            assertEquals(snapshot, copy.snapshot());
            // unset flags stay unset (they are not frozen to their displayed defaults)
            assertNull(copy.configuration().trunks().get("b.contoso.com").enabled());
        }

        @Test
        void restoreRejectsMalformedStateAndKeepsTheOldOne() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}}}");
            SipConfiguration before = sip.configuration();
            assertThrows(IllegalArgumentException.class, () -> sip.restore(null));
            assertThrows(IllegalArgumentException.class,
                    () -> sip.restore(json("{'trunks':[]}").getAsJsonObject()));
            assertThrows(IllegalArgumentException.class,
                    () -> sip.restore(json("{'trunks':{'a.example.com':{'sipSignalingPort':'x'}}}")
                            .getAsJsonObject()));
            assertThrows(IllegalArgumentException.class,
                    () -> sip.restore(json("{'trunkHealth':{'a.example.com':{'tls':{}}}}").getAsJsonObject()));
            assertEquals(before, sip.configuration());
        }

        @Test
        void restoringAnEmptyObjectClears() {
            patchOk(STABLE, "{'trunks':{'a.example.com':{'sipSignalingPort':1111}}}");
            sip.restore(new JsonObject());
            assertEquals(SipConfiguration.EMPTY, sip.configuration());
        }
    }

    @Nested
    class Concurrency {
        @Test
        void concurrentPatchesLoseNoUpdate() throws Exception {
            int threads = 8;
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int id = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        int ok = 0;
                        for (int i = 0; i < perThread; i++) {
                            String fqdn = "t" + id + "-" + i + ".example.com";
                            // each patch adds one trunk and replaces the routes with one pointing at it
                            ApiResult r = sip.patch(STABLE, json("{'trunks':{'" + fqdn + "':{'sipSignalingPort':"
                                    + (i + 1) + "}},'routes':[{'name':'last','numberPattern':'1','trunks':['" + fqdn
                                    + "']}]}"));
                            if (r.status() == 200) {
                                ok++;
                            }
                        }
                        return ok;
                    }));
                }
                start.countDown();
                int total = 0;
                for (Future<Integer> f : results) {
                    total += f.get(60, TimeUnit.SECONDS);
                }
                assertEquals(threads * perThread, total);
            } finally {
                pool.shutdownNow();
            }
            SipConfiguration c = sip.configuration();
            assertEquals(threads * perThread, c.trunks().size());
            assertEquals(1, c.routes().size());
            assertTrue(c.trunks().containsKey(c.routes().get(0).trunks().get(0)));
        }
    }
}
