package io.github.acsnumbers.emulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The api-version of each service, read from the project's spec documents ({@code api-spec/*.yaml}, packaged with
 * the emulator by its build): the one place the emulator's version checks come from, the same documents the SDK's
 * stubs are generated from. Taking a new api-version into {@code api-spec/} moves these with it.
 */
public final class SpecVersions {
    // before the constants: they are read with it during class initialisation
    private static final Pattern INFO_VERSION = Pattern.compile("(?m)^info:[ \\t]*\\n(?:(?:[ \\t]+.*)?\\n)*?  version:\\s*"
        + "\"?([^\"\\s]+)\"?");

    /** Phone numbers ({@code api-spec/phonenumbers.yaml}). */
    public static final String PHONE_NUMBERS = read("phonenumbers");
    /** SIP routing, stable ({@code api-spec/siprouting.yaml}). */
    public static final String SIP_STABLE = read("siprouting");
    /** SIP routing, preview ({@code api-spec/siprouting-preview.yaml}). */
    public static final String SIP_PREVIEW = read("siprouting-preview");
    /** Identity ({@code api-spec/identity.yaml}). */
    public static final String IDENTITY = read("identity");

    private SpecVersions() {
    }

    /**
     * @param document the document name without {@code .yaml}
     * @return its {@code info.version}
     * @throws IllegalStateException if the document is not packaged or has no version
     */
    static String read(String document) {
        String resource = "/io/github/acsnumbers/emulator/api-spec/" + document + ".yaml";
        try (InputStream in = SpecVersions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the emulator was built without " + resource
                    + " (the build copies api-spec/ into it)");
            }
            return version(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static String version(String yaml, String name) {
        Matcher m = INFO_VERSION.matcher(yaml);
        if (!m.find()) {
            throw new IllegalStateException(name + " has no info.version");
        }
        return m.group(1);
    }
}
