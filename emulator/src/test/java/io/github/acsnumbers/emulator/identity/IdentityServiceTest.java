package io.github.acsnumbers.emulator.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.acsnumbers.emulator.ManualClock;
import io.github.acsnumbers.emulator.http.ApiResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityServiceTest {

    private static final String V = IdentityService.API_VERSION;
    private static final UUID RESOURCE = UUID.fromString("2dee53b4-368b-45b4-ab52-8493fb117652");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String APP = "2c3e1e83-8fd7-4615-ad2b-b8c1229845ac";
    private static final String USER = "32c0a5db-05ec-78ea-51ab-3f06b329397e";
    private static final String TENANT = "c70d068c-2f32-484d-9455-73070cd5aadd";
    private static final String OBJECT = "b27b64b9-39d2-44a3-869d-67700b74e805";

    private final ManualClock clock = new ManualClock(Instant.parse("2025-07-10T20:39:39.3244584Z"));
    private final IdentityService service = new IdentityService(RESOURCE, KEY, clock);

    private static JsonElement json(String text) {
        return JsonParser.parseString(text.replace('\'', '"'));
    }

    private static JsonObject body(ApiResult r) {
        return r.body().getAsJsonObject();
    }

    private static JsonObject error(ApiResult r) {
        return body(r).getAsJsonObject("error");
    }

    private static void assertError(ApiResult r, int status, String code, String message, String target) {
        assertEquals(status, r.status(), () -> String.valueOf(r.body()));
        assertEquals(code, error(r).get("code").getAsString());
        assertEquals(message, error(r).get("message").getAsString());
        if (target == null) {
            assertFalse(error(r).has("target"));
        } else {
            assertEquals(target, error(r).get("target").getAsString());
        }
    }

    private String createUser() {
        ApiResult r = service.createIdentity(V, null);
        assertEquals(201, r.status());
        return body(r).getAsJsonObject("identity").get("id").getAsString();
    }

    private String token(String id) {
        ApiResult r = service.issueAccessToken(V, id, json("{'scopes':['chat']}"));
        assertEquals(200, r.status(), () -> String.valueOf(r.body()));
        return body(r).get("token").getAsString();
    }

    private static JsonObject payload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    @Nested
    class Create {
        @Test
        void withoutBodyCreatesOnlyAnIdentityInTheServiceForm() {
            ApiResult r = service.createIdentity(V, null);
            assertEquals(201, r.status());
            String id = body(r).getAsJsonObject("identity").get("id").getAsString();
            assertTrue(id.matches("8:acs:2dee53b4-368b-45b4-ab52-8493fb117652_[0-9a-f-]{36}"), id);
            assertFalse(body(r).has("accessToken"));
            assertTrue(service.identityExists(id));
            assertEquals("2023-10-01, 2025-06-30, 2026-09-23", r.headers().get("api-supported-versions"));
        }

        @Test
        void withScopesAlsoIssuesAToken() {
            ApiResult r = service.createIdentity(V, json("{'createTokenWithScopes':['chat','voip','chat.join',"
                    + "'chat.join.limited','voip.join'],'expiresInMinutes':60}"));
            assertEquals(201, r.status());
            JsonObject token = body(r).getAsJsonObject("accessToken");
            assertEquals("2025-07-10T21:39:39.0000000+00:00", token.get("expiresOn").getAsString());
            assertEquals(TokenStatus.VALID, service.checkToken(token.get("token").getAsString()));
            JsonObject claims = payload(token.get("token").getAsString());
            String id = body(r).getAsJsonObject("identity").get("id").getAsString();
            assertEquals(id, claims.get("sub").getAsString());
            assertEquals(id.substring(2), claims.get("skypeid").getAsString());
            assertEquals("chat,voip,chat.join,chat.join.limited,voip.join", claims.get("acsScope").getAsString());
            assertEquals(RESOURCE.toString(), claims.get("resourceId").getAsString());
            assertEquals(OffsetDateTime.parse("2025-07-10T21:39:39Z").toEpochSecond(), claims.get("exp").getAsLong());
        }

        @Test
        void defaultLifetimeIs1440Minutes() {
            ApiResult r = service.createIdentity(V, json("{'createTokenWithScopes':['voip']}"));
            assertEquals("2025-07-11T20:39:39.0000000+00:00",
                    body(r).getAsJsonObject("accessToken").get("expiresOn").getAsString());
        }

        @Test
        void emptyScopesCreateNoToken() {
            ApiResult r = service.createIdentity(V, json("{'createTokenWithScopes':[]}"));
            assertEquals(201, r.status());
            assertFalse(body(r).has("accessToken"));
        }

        @Test
        void eachIdentityIsNew() {
            assertFalse(createUser().equals(createUser()));
        }
    }

    @Nested
    class Lifetime {
        @ParameterizedTest
        @ValueSource(ints = {59, 1441, 0, -5})
        void outOfRangeIsRejectedWithTheServiceMessage(int minutes) {
            String expected = "ExpiresInMinutes value " + minutes
                    + " is invalid. Value must be within the [60, 1440] interval.";
            assertError(service.createIdentity(V, json("{'createTokenWithScopes':['chat'],'expiresInMinutes':"
                    + minutes + "}")), 400, "ValidationError", expected, "ExpiresInMinutes");
            String id = createUser();
            assertError(service.issueAccessToken(V, id, json("{'scopes':['chat'],'expiresInMinutes':" + minutes + "}")),
                    400, "ValidationError", expected, "ExpiresInMinutes");
        }

        @ParameterizedTest
        @ValueSource(ints = {60, 61, 1439, 1440})
        void boundariesAreAccepted(int minutes) {
            String id = createUser();
            ApiResult r = service.issueAccessToken(V, id, json("{'scopes':['chat'],'expiresInMinutes':" + minutes
                    + "}"));
            assertEquals(200, r.status());
            Instant expected = Instant.parse("2025-07-10T20:39:39Z").plus(Duration.ofMinutes(minutes));
            assertEquals(expected, OffsetDateTime.parse(body(r).get("expiresOn").getAsString()).toInstant());
        }

        @Test
        void failedCreateCreatesNoIdentity() {
            ApiResult r = service.createIdentity(V, json("{'createTokenWithScopes':['chat'],'expiresInMinutes':30}"));
            assertEquals(400, r.status());
            assertEquals(0, service.snapshot().getAsJsonObject("identities").size());
        }

        @Test
        void tokenExpiresWithTheClock() {
            String id = createUser();
            ApiResult r = service.issueAccessToken(V, id, json("{'scopes':['voip'],'expiresInMinutes':60}"));
            String token = body(r).get("token").getAsString();
            clock.advance(Duration.ofMinutes(59));
            assertEquals(TokenStatus.VALID, service.checkToken(token));
            // issue time was cut to 20:39:39, so expiry is 21:39:39 sharp
            clock.advance(Duration.ofSeconds(60).minusMillis(325));
            assertEquals(TokenStatus.VALID, service.checkToken(token));
            clock.advance(Duration.ofMillis(1));
            assertEquals(TokenStatus.EXPIRED, service.checkToken(token));
        }

        @Test
        void nonIntegerLifetimeIsRejected() {
            String id = createUser();
            ApiResult r = service.issueAccessToken(V, id, json("{'scopes':['chat'],'expiresInMinutes':'60'}"));
            assertEquals(400, r.status());
            assertEquals("ValidationError", error(r).get("code").getAsString());
            assertEquals(400, service.issueAccessToken(V, id, json("{'scopes':['chat'],'expiresInMinutes':60.5}"))
                    .status());
        }
    }

    @Nested
    class IssueRevokeDelete {
        @Test
        void issueNeedsScopes() {
            String id = createUser();
            for (String b : new String[] {"{}", "{'scopes':[]}", "null"}) {
                assertError(service.issueAccessToken(V, id, json(b)), 400, "ValidationError",
                        "Scopes: The Scopes field is required.", "Scopes");
            }
            assertError(service.issueAccessToken(V, id, json("{'scopes':['email']}")), 400, "ValidationError",
                    "Scope 'email' is not a valid scope.", "scopes");
            assertEquals(400, service.issueAccessToken(V, id, json("{'scopes':'chat'}")).status());
            assertEquals(400, service.issueAccessToken(V, id, json("[]")).status());
        }

        @Test
        void revokeInvalidatesEarlierTokensOnly() {
            String id = createUser();
            String before1 = token(id);
            String before2 = token(id);
            ApiResult revoke = service.revokeAccessTokens(V, id);
            assertEquals(204, revoke.status());
            assertNull(revoke.body());
            String after = token(id);
            assertEquals(TokenStatus.REVOKED, service.checkToken(before1));
            assertEquals(TokenStatus.REVOKED, service.checkToken(before2));
            assertEquals(TokenStatus.VALID, service.checkToken(after));
            assertEquals(204, service.revokeAccessTokens(V, id).status());
            assertEquals(TokenStatus.REVOKED, service.checkToken(after));
        }

        @Test
        void revokeOnlyAffectsItsIdentity() {
            String a = createUser();
            String b = createUser();
            String tokenB = token(b);
            service.revokeAccessTokens(V, a);
            assertEquals(TokenStatus.VALID, service.checkToken(tokenB));
        }

        @Test
        void deleteRevokesAndLaterCallsAre404() {
            String id = createUser();
            String t = token(id);
            ApiResult r = service.deleteIdentity(V, id);
            assertEquals(204, r.status());
            assertNull(r.body());
            assertFalse(service.identityExists(id));
            assertEquals(TokenStatus.REVOKED, service.checkToken(t));
            for (ApiResult later : new ApiResult[] {service.deleteIdentity(V, id),
                service.issueAccessToken(V, id, json("{'scopes':['chat']}")), service.revokeAccessTokens(V, id)}) {
                assertError(later, 404, "IdentityNotFound", "Identity not found.", null);
            }
        }

        @Test
        void unknownOrForeignIdentitiesAre404() {
            String unknown = "8:acs:" + RESOURCE + "_" + UUID.randomUUID();
            assertEquals(404, service.issueAccessToken(V, unknown, json("{'scopes':['chat']}")).status());
            String foreign = "8:acs:" + UUID.randomUUID() + "_" + UUID.randomUUID();
            assertEquals(404, service.deleteIdentity(V, foreign).status());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "abc", "8:orgid:123", "8:acs:not-a-guid_x", "8:acs:2dee53b4-368b-45b4-ab52-8493fb117652_"})
        void malformedIdentityIdsAre400(String id) {
            assertError(service.revokeAccessTokens(V, id), 400, "ValidationError", "Provided Id has invalid format.",
                    "id");
        }

        @Test
        void nullIdIs400() {
            assertEquals(400, service.deleteIdentity(V, null).status());
        }
    }

    @Nested
    class Tokens {
        @Test
        void garbageAndForeignTokensAreUnknown() {
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, service.checkToken(null));
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, service.checkToken(""));
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, service.checkToken("a.b.c"));
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, service.checkToken("not a token"));
            String id = createUser();
            String t = token(id);
            IdentityService otherKey = new IdentityService(RESOURCE, "ffffffffffffffffffffffffffffffff".getBytes(
                    StandardCharsets.US_ASCII), clock);
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, otherKey.checkToken(t));
            IdentityService otherResource = new IdentityService(UUID.randomUUID(), KEY, clock);
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, otherResource.checkToken(t));
        }

        @Test
        void tamperedPayloadIsRejected() {
            String t = token(createUser());
            String[] parts = t.split("\\.");
            JsonObject claims = payload(t);
            claims.addProperty("exp", claims.get("exp").getAsLong() + 86400);
            String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    claims.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, service.checkToken(forged));
        }

        @Test
        void tokensSurviveARestoreWithTheSameKey() {
            String id = createUser();
            String revoked = token(id);
            service.revokeAccessTokens(V, id);
            String valid = token(id);
            String gone = createUser();
            String goneToken = token(gone);
            service.deleteIdentity(V, gone);
            JsonObject snapshot = service.snapshot();

            IdentityService restarted = new IdentityService(RESOURCE, KEY, clock);
            restarted.restore(snapshot);
            assertEquals(TokenStatus.VALID, restarted.checkToken(valid));
            assertEquals(TokenStatus.REVOKED, restarted.checkToken(revoked));
            assertEquals(TokenStatus.REVOKED, restarted.checkToken(goneToken));
            assertEquals(404, restarted.issueAccessToken(V, gone, json("{'scopes':['chat']}")).status());
            assertEquals(snapshot, restarted.snapshot());
            // a fresh instance that does not know the identity treats its tokens as unknown
            assertEquals(TokenStatus.UNKNOWN_OR_INVALID, new IdentityService(RESOURCE, KEY, clock).checkToken(valid));
        }

        @Test
        void restoreRejectsMalformedState() {
            String id = createUser();
            assertThrows(IllegalArgumentException.class, () -> service.restore(null));
            assertThrows(IllegalArgumentException.class,
                    () -> service.restore(json("{'identities':[]}").getAsJsonObject()));
            assertThrows(IllegalArgumentException.class,
                    () -> service.restore(json("{'assignments':[{'tenantId':'x'}]}").getAsJsonObject()));
            assertTrue(service.identityExists(id));
        }

        @Test
        void constructorChecksArguments() {
            assertThrows(IllegalArgumentException.class, () -> new IdentityService(null, clock));
            assertThrows(IllegalArgumentException.class, () -> new IdentityService(RESOURCE, null));
            assertThrows(IllegalArgumentException.class, () -> new IdentityService(RESOURCE, new byte[8], clock));
            IdentityService random = new IdentityService(RESOURCE, clock);
            assertEquals(RESOURCE.toString(), random.resourceId());
        }
    }

    @Nested
    class Concurrency {
        @Test
        void concurrentCreatesIssuesAndRevokesKeepConsistentState() throws Exception {
            String shared = createUser();
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        List<String> created = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            created.add(createUser());
                            assertEquals(200, service.issueAccessToken(V, shared, json("{'scopes':['chat']}"))
                                    .status());
                            assertEquals(204, service.revokeAccessTokens(V, shared).status());
                        }
                        return created;
                    }));
                }
                start.countDown();
                Set<String> all = new HashSet<>();
                for (Future<List<String>> f : futures) {
                    all.addAll(f.get(60, TimeUnit.SECONDS));
                }
                assertEquals(threads * 20, all.size());
                all.forEach(id -> assertTrue(service.identityExists(id)));
            } finally {
                pool.shutdownNow();
            }
            // every revoke counted: the generation equals the number of revokes
            assertEquals(threads * 20, service.snapshot().getAsJsonObject("identities").getAsJsonObject(shared)
                    .get("revocationGeneration").getAsLong());
            String fresh = token(shared);
            assertEquals(TokenStatus.VALID, service.checkToken(fresh));
        }
    }

    @Nested
    class ApiVersions {
        @ParameterizedTest
        @ValueSource(strings = {"2021-03-07", "2026-09-24", "2022-10-01"})
        void unknownVersionsAreRejected(String version) {
            ApiResult r = service.createIdentity(version, null);
            assertError(r, 400, "UnsupportedApiVersion", "The HTTP resource that matches the request URI "
                    + "'/identities' does not support the API version '" + version + "'.", null);
        }

        @Test
        void olderGaVersionsServeIdentitiesButNotTheTeamsExtension() {
            assertEquals(201, service.createIdentity("2023-10-01", null).status());
            assertEquals(400, service.getTeamsExtensionAssignment("2023-10-01", TENANT, OBJECT).status());
            assertEquals(404, service.getTeamsExtensionAssignment("2025-06-30", TENANT, OBJECT).status());
            assertEquals(400, service.createIdentity(null, null).status());
        }
    }

    @Nested
    class TeamsUserExchange {
        private ApiResult exchange(String token, String appId, String userId) {
            JsonObject b = new JsonObject();
            if (token != null) {
                b.addProperty("token", token);
            }
            if (appId != null) {
                b.addProperty("appId", appId);
            }
            if (userId != null) {
                b.addProperty("userId", userId);
            }
            return service.exchangeTeamsUserAccessToken(V, b);
        }

        @Test
        void matchingTokenIsExchanged() {
            ApiResult r = exchange(TeamsTestToken.of(APP, USER), APP, USER);
            assertEquals(200, r.status(), () -> String.valueOf(r.body()));
            assertEquals("2025-07-10T21:39:39.0000000+00:00", body(r).get("expiresOn").getAsString());
            String token = body(r).get("token").getAsString();
            assertEquals(TokenStatus.VALID, service.checkToken(token));
            assertEquals("8:orgid:" + USER, payload(token).get("sub").getAsString());
        }

        @Test
        void expiryFollowsTheTeamsToken() {
            Instant exp = Instant.parse("2025-07-10T21:00:00Z");
            String teams = new TeamsTestToken(APP, USER, TENANT, exp).text();
            ApiResult r = exchange(teams, APP, USER);
            assertEquals("2025-07-10T21:00:00.0000000+00:00", body(r).get("expiresOn").getAsString());
            clock.advance(Duration.ofHours(1));
            assertError(exchange(teams, APP, USER), 401, "InvalidAccessToken", "Provided access token is not valid.",
                    null);
        }

        @Test
        void mismatchedAppIdIsRejected() {
            String otherApp = UUID.randomUUID().toString();
            assertError(exchange(TeamsTestToken.of(otherApp, USER), APP, USER), 400, "ValidationError",
                    "AAD application is not the expected one.", "appId");
        }

        @Test
        void mismatchedUserIdIsRejected() {
            String otherUser = UUID.randomUUID().toString();
            assertError(exchange(TeamsTestToken.of(APP, otherUser), APP, USER), 400, "ValidationError",
                    "Provided AAD token issued for unexpected user.", "userId");
        }

        @Test
        void missingParts() {
            assertError(service.exchangeTeamsUserAccessToken(V, null), 400, "ValidationError",
                    "The body is either missing or doesn't contain any token.", null);
            assertError(exchange(null, APP, USER), 400, "ValidationError",
                    "The body is either missing or doesn't contain any token.", null);
            assertError(exchange(TeamsTestToken.of(APP, USER), null, USER), 400, "ValidationError",
                    "AppId: The AppId field is required.", "AppId");
            assertError(exchange(TeamsTestToken.of(APP, USER), APP, ""), 400, "ValidationError",
                    "UserId: The UserId field is required.", "UserId");
        }

        @Test
        void malformedIds() {
            assertError(exchange(TeamsTestToken.of(APP, USER), "not-a-guid", USER), 400, "ValidationError",
                    "Provided AppId has invalid format.", "appId");
            assertError(exchange(TeamsTestToken.of(APP, USER), APP, "1234"), 400, "ValidationError",
                    "Provided UserId has invalid format.", "userId");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "AzureActiveDirectoryAccessTokenOfATeamsUser", "emulator-teams:",
            "emulator-teams:x:y", "emulator-teams:2c3e1e83-8fd7-4615-ad2b-b8c1229845ac",
            "emulator-teams:2c3e1e83-8fd7-4615-ad2b-b8c1229845ac:32c0a5db-05ec-78ea-51ab-3f06b329397e:bad",
            "emulator-teams:2c3e1e83-8fd7-4615-ad2b-b8c1229845ac:32c0a5db-05ec-78ea-51ab-3f06b329397e:"
                + "c70d068c-2f32-484d-9455-73070cd5aadd:soon"})
        void tokensNotOfTheTestShapeAre401(String token) {
            assertError(exchange(token, APP, USER), 401, "InvalidAccessToken", "Provided access token is not valid.",
                    null);
        }

        @Test
        void testTokenHelperNeverPrintsTheText() {
            TeamsTestToken t = TeamsTestToken.parse(TeamsTestToken.of(APP, USER)).orElseThrow();
            assertEquals(TeamsTestToken.DEFAULT_TENANT_ID, t.tenantId());
            assertFalse(t.toString().contains(TeamsTestToken.PREFIX));
            assertThrows(IllegalArgumentException.class, () -> TeamsTestToken.of("x", USER));
        }
    }

    @Nested
    class TeamsExtension {
        private static final String EXT = "2025-06-30";

        @Test
        void upsertCreatesThenReplaces() {
            ApiResult created = service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'resourceAccount'}"));
            assertEquals(201, created.status());
            assertEquals(json("{'objectId':'" + OBJECT + "','tenantId':'" + TENANT
                    + "','principalType':'resourceAccount'}"), created.body());
            ApiResult replaced = service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'user','clientIds':['" + APP + "']}"));
            assertEquals(200, replaced.status());
            assertEquals(json("{'objectId':'" + OBJECT + "','tenantId':'" + TENANT
                    + "','principalType':'user','clientIds':['" + APP + "']}"), replaced.body());
            assertEquals(replaced.body(), service.getTeamsExtensionAssignment(V, TENANT, OBJECT).body());
        }

        @Test
        void getAndDeleteOfAbsentAssignmentAre404() {
            assertError(service.getTeamsExtensionAssignment(V, TENANT, OBJECT), 404, "AssignmentNotFound",
                    "Teams Phone access assignment not found.", null);
            assertEquals(404, service.deleteTeamsExtensionAssignment(V, TENANT, OBJECT).status());
            service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT, json("{'principalType':'user'}"));
            ApiResult deleted = service.deleteTeamsExtensionAssignment(EXT, TENANT, OBJECT);
            assertEquals(204, deleted.status());
            assertNull(deleted.body());
            assertEquals(404, service.getTeamsExtensionAssignment(V, TENANT, OBJECT).status());
        }

        @Test
        void upsertValidation() {
            assertError(service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT, json("{}")), 400, "ValidationError",
                    "PrincipalType: The PrincipalType field is required.", "PrincipalType");
            assertError(service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT, null), 400, "ValidationError",
                    "PrincipalType: The PrincipalType field is required.", "PrincipalType");
            assertEquals(400, service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'group'}")).status());
            assertEquals(400, service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'user','clientIds':['nope']}")).status());
            assertEquals(400, service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'user','clientIds':'nope'}")).status());
            assertError(service.upsertTeamsExtensionAssignment(V, "tenant", OBJECT, json("{'principalType':'user'}")),
                    400, "ValidationError", "Provided TenantId has invalid format.", "tenantId");
            assertError(service.getTeamsExtensionAssignment(V, TENANT, "x"), 400, "ValidationError",
                    "Provided ObjectId has invalid format.", "objectId");
            assertEquals(0, service.snapshot().getAsJsonArray("assignments").size());
        }

        @Test
        void exchangeNeedsAnAssignment() {
            String teams = new TeamsTestToken(APP, OBJECT, TENANT, null).text();
            assertEquals(403, service.exchangeTeamsExtensionToken(V, teams, json("{}")).status());
            service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT, json("{'principalType':'user'}"));
            ApiResult r = service.exchangeTeamsExtensionToken(V, teams, json("{}"));
            assertEquals(200, r.status(), () -> String.valueOf(r.body()));
            assertEquals("8:acs:" + RESOURCE + "_" + TENANT + "_" + OBJECT,
                    body(r).getAsJsonObject("identity").get("id").getAsString());
            String token = body(r).getAsJsonObject("accessToken").get("token").getAsString();
            assertEquals(TokenStatus.VALID, service.checkToken(token));
            assertEquals("2025-07-10T21:39:39.0000000+00:00",
                    body(r).getAsJsonObject("accessToken").get("expiresOn").getAsString());
        }

        @Test
        void exchangeHonoursClientIds() {
            service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'user','clientIds':['" + APP + "']}"));
            String allowed = new TeamsTestToken(APP, OBJECT, TENANT, null).text();
            String other = new TeamsTestToken(UUID.randomUUID().toString(), OBJECT, TENANT, null).text();
            assertEquals(200, service.exchangeTeamsExtensionToken(V, allowed, null).status());
            assertEquals(200, service.exchangeTeamsExtensionToken(V, "Bearer " + allowed, null).status());
            ApiResult r = service.exchangeTeamsExtensionToken(V, other, null);
            assertEquals(403, r.status());
            assertEquals("Forbidden", error(r).get("code").getAsString());
            // another tenant's user with the same object id has no assignment
            String otherTenant = new TeamsTestToken(APP, OBJECT, UUID.randomUUID().toString(), null).text();
            assertEquals(403, service.exchangeTeamsExtensionToken(V, otherTenant, null).status());
        }

        @Test
        void exchangeRejectsBadTokensAndBodies() {
            assertError(service.exchangeTeamsExtensionToken(V, null, json("{}")), 401, "InvalidAccessToken",
                    "Provided access token is not valid.", null);
            assertEquals(401, service.exchangeTeamsExtensionToken(V, "Bearer xyz", json("{}")).status());
            assertEquals(400, service.exchangeTeamsExtensionToken(V, TeamsTestToken.of(APP, USER), json("[]"))
                    .status());
            assertEquals(400, service.exchangeTeamsExtensionToken("2023-10-01", TeamsTestToken.of(APP, USER), null)
                    .status());
        }

        @Test
        void assignmentsAreSnapshotted() {
            service.upsertTeamsExtensionAssignment(V, TENANT, OBJECT,
                    json("{'principalType':'resourceAccount','clientIds':['" + APP + "']}"));
            IdentityService copy = new IdentityService(RESOURCE, KEY, clock);
            copy.restore(service.snapshot());
            assertEquals(service.getTeamsExtensionAssignment(V, TENANT, OBJECT).body(),
                    copy.getTeamsExtensionAssignment(V, TENANT, OBJECT).body());
        }
    }
}
