package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.samples.IdentitySamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/identity.md} honest: every snippet region of {@link IdentitySamples} appears in it verbatim,
 * and every scenario runs against the mock server and prints readable lines without a token.
 */
class IdentityDocsTest extends IdentityFixtures {
    private static final Pattern REGION = Pattern.compile(
        "(?m)^[ \\t]*// BEGIN: ([\\w-]+)\\R(.*?)^[ \\t]*// END: \\1\\R", Pattern.DOTALL);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final IdentitySamples samples = new IdentitySamples(new PrintStream(printed, true,
        StandardCharsets.UTF_8));

    private static Path find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve(relative);
    }

    static Map<String, String> regions() throws IOException {
        String source = Files.readString(
            find("facade/src/test/java/io/github/acsnumbers/samples/IdentitySamples.java"));
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION.matcher(source);
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        return regions;
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everySnippetIsInTheDocsVerbatim() throws IOException {
        String doc = Files.readString(find("docs/identity.md"));
        Map<String, String> regions = regions();
        assertEquals(List.of("build-client", "build-async-client", "create-user", "issue-token",
            "create-user-and-token", "refresh-token", "revoke-tokens", "delete-user", "async", "teams-user"),
            new ArrayList<>(regions.keySet()));
        for (Map.Entry<String, String> r : regions.entrySet()) {
            assertTrue(doc.contains("```java\n" + r.getValue() + "```"),
                "docs/identity.md lacks the current '" + r.getKey() + "' snippet:\n" + r.getValue());
        }
    }

    @Test
    void theLegacyScenarioRunsAndPrintsNoToken() throws Exception {
        respond(201, CREATE_RESPONSE);
        respond(200, TOKEN_RESPONSE);
        respond(201, CREATE_WITH_TOKEN_RESPONSE);
        respond(200, TOKEN_RESPONSE);
        respond(204, null);
        respond(204, null);
        respond(404, NOT_FOUND_ENVELOPE);
        respond(200, TOKEN_RESPONSE);
        CommunicationIdentityClient identity = IdentitySamples.buildClient(
            "endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey=" + ACCESS_KEY);

        CommunicationUserIdentifier user = samples.createUser(identity);
        AccessToken token = samples.issueToken(identity, user);
        samples.createUserAndToken(identity);
        // five minutes before the expiry the refresh margin is reached
        Clock late = Clock.fixed(token.getExpiresAt().toInstant().minusSeconds(299), ZoneOffset.UTC);
        AccessToken refreshed = samples.refreshToken(identity, user, token, late);
        Clock early = Clock.fixed(OffsetDateTime.parse("2025-07-10T09:00:00Z").toInstant(), ZoneOffset.UTC);
        assertSame(refreshed, samples.refreshToken(identity, user, refreshed, early), "no refresh needed yet");
        samples.revokeTokens(identity, user);
        samples.deleteUser(identity, user);
        samples.teamsUser(identity, ENTRA_TOKEN, APP_ID, TEAMS_USER_ID);

        assertEquals(8, server.getRequestCount());
        assertEquals(List.of(
            "Created user " + USER_ID,
            "Issued a token that expires at 2025-07-10T21:39:39.324458400Z",
            "Created user " + USER_ID + " with a token that expires at 2025-07-10T21:39:39.324458400Z",
            "Refreshed the token; the new one expires at 2025-07-10T21:39:39.324458400Z",
            "Revoked the tokens of " + USER_ID,
            "Deleted " + USER_ID,
            "As expected, the deleted user has no tokens any more: IdentityNotFound",
            "Teams user token expires at 2025-07-10T21:39:39.324458400Z"), printed().lines().toList());
        assertFalse(printed().contains(TOKEN));
    }

    @Test
    void theAsyncScenarioRuns() throws Exception {
        respond(201, CREATE_RESPONSE);
        respond(200, TOKEN_RESPONSE);
        respond(204, null);
        respond(204, null);
        CommunicationIdentityAsyncClient identity = IdentitySamples.buildAsyncClient(
            "endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey=" + ACCESS_KEY);

        samples.asyncScenario(identity).get(10, TimeUnit.SECONDS);

        assertEquals(List.of("Token for " + USER_ID + " expires at 2025-07-10T21:39:39.324458400Z"),
            printed().lines().toList());
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            methods.add(taken().getMethod());
        }
        assertEquals(List.of("POST", "POST", "POST", "DELETE"), methods);
    }
}
