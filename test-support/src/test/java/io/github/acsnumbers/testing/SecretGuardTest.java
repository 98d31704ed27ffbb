package io.github.acsnumbers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretGuardTest {
    @Test
    void recognisesEveryKindOfSecret() {
        SecretGuard.register("registered-secret-value");
        assertEquals(1, SecretGuard.findSecrets("x registered-secret-value y").size());
        assertEquals(1, SecretGuard.findSecrets("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256"
            + "&Signature=d1ydf29NopBKkwescSSmdVkdermdW/W5r/KMIXAxE+U=").size());
        assertEquals(1, SecretGuard.findSecrets("Authorization: Bearer abcdefghijklmnopqrstuvwxyz").size());
        assertEquals(1, SecretGuard.findSecrets("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4OmFjcyJ9.c2lnbmF0dXJlLXg").size());
        assertEquals(1, SecretGuard.findSecrets("endpoint=http://127.0.0.1:1/;accesskey=c2VjcmV0LWtleS0xMjM0NTY3ODkw").size());
        assertTrue(SecretGuard.findSecrets("GET /phoneNumbers?api-version=2025-06-01 -> 200").isEmpty());
    }

    @Test
    void recognisesCaseAndEscapeVariantsOfARegisteredKey() {
        String key = "Zm9vK2Jhci9iYXo/cXV4PT0+ab/c+d==";
        SecretGuard.register(key);
        assertEquals(1, SecretGuard.findSecrets("k " + key.toLowerCase(java.util.Locale.ROOT)).size());
        assertEquals(1, SecretGuard.findSecrets("k " + key.toUpperCase(java.util.Locale.ROOT)).size());
        assertEquals(1, SecretGuard.findSecrets("{\"k\":\"" + key.replace("=", "\\u003d") + "\"}").size());
        assertEquals(1, SecretGuard.findSecrets("?k=" + java.net.URLEncoder.encode(key,
            java.nio.charset.StandardCharsets.UTF_8)).size());
        assertEquals(1, SecretGuard.findSecrets("k " + key.replace('+', '-').replace('/', '_').replace("=", ""))
            .size());
        assertEquals(1, SecretGuard.findSecrets("endpoint=x;accesskey\\u003dc2VjcmV0LWtleS0xMjM0NTY3ODkw").size());
        assertEquals(1, SecretGuard.findSecrets("accesskey%3Dc2VjcmV0LWtleS0xMjM0NTY3ODkw").size());
    }

    @Test
    void logFilesAreReadLineByLineFromWhereTheGuardStopped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
        throws Exception {
        java.nio.file.Path log = dir.resolve("run.log");
        SecretGuard.watchLogFile(log);
        SecretGuard.checkLogFiles(); // not there yet: nothing to read
        String secret = "bG9nLWZpbGUtc2VjcmV0LWtleQ==";
        SecretGuard.register(secret);
        long before = SecretGuard.logLinesInspected();
        java.nio.file.Files.writeString(log, "DEBUG first line\nDEBUG half a line with ");
        SecretGuard.checkLogFiles();
        assertEquals(before + 1, SecretGuard.logLinesInspected(), "only the whole line was read");
        java.nio.file.Files.writeString(log, secret.toLowerCase(java.util.Locale.ROOT) + "\n",
            java.nio.file.StandardOpenOption.APPEND);
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
            SecretGuard::checkLogFiles);
        assertTrue(e.getMessage().contains("run.log") && !e.getMessage().contains(secret), e.getMessage());
        assertEquals(before + 2, SecretGuard.logLinesInspected());
        SecretGuard.checkLogFiles(); // read once: the guard's own check after this test finds nothing new
    }

    @Test
    void aModulesSharedTestSecretsAreRegisteredBeforeAnyTest() {
        // listed in this module's META-INF/services/io.github.acsnumbers.testing.TestSecrets
        assertTrue(SecretGuard.isRegistered(ProbeSecrets.KEY));
        assertEquals(1, SecretGuard.findSecrets("x " + ProbeSecrets.KEY + " y").size());
    }

    /** This module's shared test secret (loaded by SecretGuard through ServiceLoader). */
    public static final class ProbeSecrets implements TestSecrets {
        static final String KEY = "c2hhcmVkLXRlc3Qta2V5LXByb2Jl";

        @Override
        public java.util.Collection<String> secrets() {
            return java.util.List.of(KEY);
        }
    }

    @Test
    void keyLikeLiteralsAreTheProjectsFakeKeysAndTokens() {
        assertTrue(KeyLiterals.keyLike("dGVzdC1rZXk="));
        assertTrue(KeyLiterals.keyLike("c2VjcmV0LWtleS0xMjM0NTY3ODkw"));
        assertTrue(KeyLiterals.keyLike("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.MODEL-TEST-SECRET"));
        assertTrue(!KeyLiterals.keyLike("availablePhoneNumbers") && !KeyLiterals.keyLike("+14255550123")
            && !KeyLiterals.keyLike("d3Jvbmc=") && !KeyLiterals.keyLike("application/json"));
    }

    @Test
    void outputBetweenTestClassesIsCheckedWhenTheNextClassStarts() {
        SecretGuard guard = new SecretGuard();
        org.junit.jupiter.api.extension.ExtensionContext context = (org.junit.jupiter.api.extension.ExtensionContext)
            java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {org.junit.jupiter.api.extension.ExtensionContext.class},
                (proxy, method, args) -> "getDisplayName".equals(method.getName()) ? "ProbeClass" : null);
        String key = "bGF0ZS1iYWNrZ3JvdW5kLWtleQ==";
        SecretGuard.register(key);
        guard.afterAll(context); // a class ends (what this test printed so far is clean)
        System.out.println("late line from a background thread: " + key);
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
            () -> guard.beforeAll(context)); // the next class starts
        assertTrue(e.getMessage().contains("before ProbeClass started") && !e.getMessage().contains(key),
            e.getMessage());
    }

    @Test
    void skipNeverPrintsASecret() {
        String key = "c2tpcC1yZWFzb24tc2VjcmV0LWtleQ==";
        SecretGuard.register(key);
        org.opentest4j.TestAbortedException e = org.junit.jupiter.api.Assertions.assertThrows(
            org.opentest4j.TestAbortedException.class, () -> Skip.because("probe", "could not start: --key " + key));
        assertTrue(SecretGuard.findSecrets(e.getMessage()).isEmpty(), e.getMessage());
        assertTrue(e.getMessage().contains("withheld"), e.getMessage());
    }
}
