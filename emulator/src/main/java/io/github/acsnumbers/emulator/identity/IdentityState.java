package io.github.acsnumbers.emulator.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.http.JsonFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The logic and state of the emulated identity service of one resource: identities and their revocation generation,
 * deleted identities, Teams Phone access assignments, token issuing and checking. No JSON requests, no HTTP, no error
 * answers: {@link IdentityService} is the wire layer in front of it (as {@code PhoneNumbersApi} is for
 * {@code PhoneNumbersState}). Thread-safe (one lock for the state).
 */
final class IdentityState {

    /** A token issued by the emulator. */
    record IssuedToken(String token, Instant expiresAt) {
    }

    /** A Teams Phone access assignment. */
    record Assignment(String tenantId, String objectId, String principalType, List<String> clientIds) {
    }

    /** The outcome of a Teams Phone extension exchange: an identity and its token, or why it is forbidden. */
    record ExtensionExchange(String identityId, IssuedToken token, String forbidden) {
    }

    private static final JsonFields STORED = new JsonFields((member, expected) ->
            new IllegalArgumentException("'" + member + "' must be " + expected.name().toLowerCase(Locale.ROOT)));

    private final Object lock = new Object();
    private final String resourceId;
    private final Clock clock;
    private final AccessTokens tokens;
    /** Live identities and their revocation generation (incremented by each revoke). */
    private final Map<String, Long> identities = new LinkedHashMap<>();
    private final Set<String> deleted = new TreeSet<>();
    private final Map<String, Assignment> assignments = new LinkedHashMap<>();

    IdentityState(String resourceId, byte[] signingKey, Clock clock) {
        this.resourceId = resourceId;
        this.clock = clock;
        this.tokens = new AccessTokens(signingKey, resourceId);
    }

    String resourceId() {
        return resourceId;
    }

    /** Creates an identity, and a token for it when {@code scopes} is not empty. */
    Optional<IssuedToken> create(String id, List<String> scopes, int minutes) {
        synchronized (lock) {
            identities.put(id, 0L);
            if (scopes != null && !scopes.isEmpty()) {
                return Optional.of(issue(id, AccessTokens.KIND_USER, scopes, expiryAfter(minutes), 0L));
            }
            return Optional.empty();
        }
    }

    /** A new identity id of this resource. */
    String newIdentityId() {
        return "8:acs:" + resourceId + "_" + UUID.randomUUID();
    }

    /** Deletes an identity (its tokens stop working); {@code false} when it does not exist (any more). */
    boolean delete(String id) {
        synchronized (lock) {
            if (identities.remove(id) == null) {
                return false;
            }
            deleted.add(id);
            return true;
        }
    }

    /** A token for an identity, or empty when the identity does not exist (any more). */
    Optional<IssuedToken> issueFor(String id, List<String> scopes, int minutes) {
        synchronized (lock) {
            // issued under the lock so a concurrent revoke is either fully before or fully after this token
            Long current = identities.get(id);
            if (current == null) {
                return Optional.empty();
            }
            return Optional.of(issue(id, AccessTokens.KIND_USER, scopes, expiryAfter(minutes), current));
        }
    }

    /** Revokes every token issued for the identity so far; {@code false} when it does not exist (any more). */
    boolean revoke(String id) {
        synchronized (lock) {
            Long current = identities.get(id);
            if (current == null) {
                return false;
            }
            identities.put(id, current + 1);
            return true;
        }
    }

    /** The token a Teams user gets for a valid test token. */
    IssuedToken teamsUserToken(TeamsTestToken teams) {
        String subject = "8:orgid:" + teams.userId().toLowerCase(Locale.ROOT);
        return issue(subject, AccessTokens.KIND_TEAMS_USER, List.of("voip", "chat"), teamsExpiry(teams), 0L);
    }

    /** The assignment, or {@code null}. */
    Assignment assignment(String tenantId, String objectId) {
        synchronized (lock) {
            return assignments.get(assignmentKey(tenantId, objectId));
        }
    }

    /** Creates or replaces an assignment; {@code true} when it is new. */
    boolean putAssignment(Assignment a) {
        synchronized (lock) {
            return assignments.put(assignmentKey(a.tenantId(), a.objectId()), a) == null;
        }
    }

    /** Removes an assignment; {@code false} when there was none. */
    boolean removeAssignment(String tenantId, String objectId) {
        synchronized (lock) {
            return assignments.remove(assignmentKey(tenantId, objectId)) != null;
        }
    }

    /** Trades a valid Teams test token for the extension identity's token, when an assignment allows it. */
    ExtensionExchange exchangeExtension(TeamsTestToken t) {
        synchronized (lock) {
            Assignment a = assignments.get(assignmentKey(t.tenantId(), t.userId()));
            if (a == null) {
                return new ExtensionExchange(null, null,
                        "The Teams user has no Teams Phone access assignment in this resource.");
            }
            if (a.clientIds() != null && !a.clientIds().isEmpty()
                    && a.clientIds().stream().noneMatch(c -> c.equalsIgnoreCase(t.appId()))) {
                return new ExtensionExchange(null, null,
                        "The client application is not allowed by the Teams Phone access assignment.");
            }
        }
        String id = "8:acs:" + resourceId + "_" + t.tenantId().toLowerCase(Locale.ROOT) + "_"
                + t.userId().toLowerCase(Locale.ROOT);
        return new ExtensionExchange(id,
                issue(id, AccessTokens.KIND_TEAMS_EXTENSION, List.of("voip"), teamsExpiry(t), 0L), null);
    }

    /** A Teams test token that parses and has not expired on the emulator's clock. */
    Optional<TeamsTestToken> validTeamsToken(String text) {
        Optional<TeamsTestToken> t = TeamsTestToken.parse(text);
        if (t.isPresent() && t.get().expiresAt() != null && !clock.instant().isBefore(t.get().expiresAt())) {
            return Optional.empty();
        }
        return t;
    }

    TokenStatus checkToken(String token) {
        Optional<AccessTokens.Claims> claims = tokens.read(token);
        if (claims.isEmpty() || !claims.get().resourceId().equals(resourceId)) {
            return TokenStatus.UNKNOWN_OR_INVALID;
        }
        AccessTokens.Claims c = claims.get();
        if (AccessTokens.KIND_USER.equals(c.kind())) {
            synchronized (lock) {
                Long generation = identities.get(c.subject());
                if (generation == null) {
                    return deleted.contains(c.subject()) ? TokenStatus.REVOKED : TokenStatus.UNKNOWN_OR_INVALID;
                }
                if (c.revision() < generation) {
                    return TokenStatus.REVOKED;
                }
            }
        }
        return clock.instant().isBefore(c.expiresAt()) ? TokenStatus.VALID : TokenStatus.EXPIRED;
    }

    boolean identityExists(String id) {
        synchronized (lock) {
            return identities.containsKey(id);
        }
    }

    /** Forgets every identity and assignment (as a new resource). */
    void clear() {
        synchronized (lock) {
            identities.clear();
            deleted.clear();
            assignments.clear();
        }
    }

    JsonObject snapshot() {
        synchronized (lock) {
            JsonObject json = new JsonObject();
            JsonObject ids = new JsonObject();
            identities.forEach((id, generation) -> {
                JsonObject o = new JsonObject();
                o.addProperty("revocationGeneration", generation);
                ids.add(id, o);
            });
            json.add("identities", ids);
            JsonArray gone = new JsonArray();
            deleted.forEach(gone::add);
            json.add("deletedIdentities", gone);
            JsonArray list = new JsonArray();
            assignments.values().forEach(a -> list.add(assignmentJson(a)));
            json.add("assignments", list);
            return json;
        }
    }

    void restore(JsonObject state) {
        if (state == null) {
            throw new IllegalArgumentException("identity state must not be null");
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        Set<String> gone = new TreeSet<>();
        Map<String, Assignment> list = new LinkedHashMap<>();
        try {
            JsonElement idJson = state.get("identities");
            if (idJson != null && !idJson.isJsonNull()) {
                for (Map.Entry<String, JsonElement> e : idJson.getAsJsonObject().entrySet()) {
                    ids.put(e.getKey(), e.getValue().getAsJsonObject().get("revocationGeneration").getAsLong());
                }
            }
            JsonElement goneJson = state.get("deletedIdentities");
            if (goneJson != null && !goneJson.isJsonNull()) {
                goneJson.getAsJsonArray().forEach(e -> gone.add(e.getAsString()));
            }
            JsonElement assignmentJson = state.get("assignments");
            if (assignmentJson != null && !assignmentJson.isJsonNull()) {
                for (JsonElement e : assignmentJson.getAsJsonArray()) {
                    JsonObject o = e.getAsJsonObject();
                    List<String> clients = STORED.strings(o, "clientIds", false);
                    Assignment a = new Assignment(o.get("tenantId").getAsString(), o.get("objectId").getAsString(),
                            o.get("principalType").getAsString(), clients == null ? null : List.copyOf(clients));
                    list.put(assignmentKey(a.tenantId(), a.objectId()), a);
                }
            }
        } catch (RuntimeException e) {
            // covers missing members and wrong JSON types (IllegalStateException, NullPointerException, ...)
            throw new IllegalArgumentException("identity state is not in the snapshot format", e);
        }
        synchronized (lock) {
            identities.clear();
            identities.putAll(ids);
            deleted.clear();
            deleted.addAll(gone);
            assignments.clear();
            assignments.putAll(list);
        }
    }

    /** The JSON shape of an assignment, the same on the wire and in the data file. */
    static JsonObject assignmentJson(Assignment a) {
        JsonObject o = new JsonObject();
        o.addProperty("objectId", a.objectId());
        o.addProperty("tenantId", a.tenantId());
        o.addProperty("principalType", a.principalType());
        if (a.clientIds() != null) {
            JsonArray clients = new JsonArray();
            a.clientIds().forEach(clients::add);
            o.add("clientIds", clients);
        }
        return o;
    }

    private IssuedToken issue(String subject, String kind, List<String> scopes, Instant expiresAt, long revision) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new IssuedToken(tokens.issue(subject, kind, scopes, issuedAt, expiresAt, revision,
                UUID.randomUUID().toString()), expiresAt);
    }

    private Instant expiryAfter(int minutes) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(minutes));
    }

    private Instant teamsExpiry(TeamsTestToken t) {
        return t.expiresAt() != null ? t.expiresAt() : expiryAfter(TeamsTestToken.DEFAULT_LIFETIME_MINUTES);
    }

    private static String assignmentKey(String tenantId, String objectId) {
        return tenantId.toLowerCase(Locale.ROOT) + "/" + objectId.toLowerCase(Locale.ROOT);
    }
}
