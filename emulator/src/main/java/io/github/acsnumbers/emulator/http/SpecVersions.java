package io.github.acsnumbers.emulator.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The api-version of each service, read from the spec documents the build generated the SDK's stubs from (packaged
 * with the emulator by its build as {@code <name>.spec}: our {@code api-spec/*.yaml}, or the files given with
 * {@code -Dphonenumbers.spec=..}, {@code -Dsiprouting.spec=..}, {@code -Dsiprouting.preview.spec=..},
 * {@code -Didentity.spec=..}, YAML or JSON, e.g. Microsoft's Swagger files): the one place the emulator's version
 * checks come from. Taking a new api-version into {@code api-spec/} moves these with it.
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
        String base = "/io/github/acsnumbers/emulator/api-spec/" + document;
        String resource = SpecVersions.class.getResource(base + ".spec") != null ? base + ".spec" : base + ".yaml";
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

    static String version(String text, String name) {
        if (text.stripLeading().startsWith("{")) {
            try {
                JsonElement version = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("info")
                    .get("version");
                return version.getAsString();
            } catch (RuntimeException e) {
                throw new IllegalStateException(name + " has no info.version", e);
            }
        }
        Matcher m = INFO_VERSION.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(name + " has no info.version");
        }
        return m.group(1);
    }
}
