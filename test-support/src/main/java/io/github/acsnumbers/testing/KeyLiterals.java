package io.github.acsnumbers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds key-like string literals in a module's test sources that {@link SecretGuard} does not know, so that a module
 * can prove every key its tests use is registered (through its {@link TestSecrets}). A literal is key-like when it
 * is at least 12 characters of base64 (standard alphabet, optional padding) that decode to printable ASCII, which is
 * how this project writes its fake keys ({@code "dGVzdC1rZXk="} is "test-key"), or when it looks like a JWT.
 */
public final class KeyLiterals {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern BASE64 = Pattern.compile("(?=.{12,}$)[A-Za-z0-9+/]{8,}={0,2}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private KeyLiterals() {
    }

    /**
     * Fails unless every secret a module's {@link TestSecrets} lists is registered with {@link SecretGuard}.
     *
     * @param keys the module's list of test keys
     */
    public static void assertListedKeysRegistered(TestSecrets keys) {
        for (String secret : keys.secrets()) {
            assertTrue(SecretGuard.isRegistered(secret), "not registered: a key of " + secret.length() + " chars");
        }
    }

    /**
     * Fails if a key-like literal in a module's test sources is not registered (see {@link #unregistered(Path)}).
     *
     * @param keys       the module's list of test keys, named in the failure as the place to add a missing one
     * @param sourceRoot the module's test sources, relative to the module directory surefire runs in
     */
    public static void assertSourcesCovered(TestSecrets keys, Path sourceRoot) {
        assertTrue(Files.isDirectory(sourceRoot), "run from the module directory (" + sourceRoot + " not found)");
        assertEquals(List.of(), unregistered(sourceRoot),
            "add these to " + keys.getClass().getSimpleName() + " (or use one of its keys)");
    }

    /**
     * @param sourceRoot a source directory such as {@code src/test/java}
     * @return {@code file:line literal} for each key-like literal that is not a registered secret
     */
    public static List<String> unregistered(Path sourceRoot) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL.matcher(lines.get(i));
                    while (m.find()) {
                        String text = m.group(1);
                        if (keyLike(text) && !SecretGuard.isRegistered(text)) {
                            found.add(sourceRoot.relativize(f) + ":" + (i + 1) + " " + text);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * @param text a literal's text
     * @return whether it looks like a key or a token
     */
    static boolean keyLike(String text) {
        if (JWT.matcher(text).matches()) {
            return true;
        }
        if (!BASE64.matcher(text).matches()) {
            return false;
        }
        String padded = text.replace("=", "");
        padded = padded + "=".repeat((4 - padded.length() % 4) % 4);
        try {
            byte[] bytes = Base64.getDecoder().decode(padded);
            for (byte b : bytes) {
                if (b < 0x20 || b > 0x7e) {
                    return false;
                }
            }
            return bytes.length >= 8;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
