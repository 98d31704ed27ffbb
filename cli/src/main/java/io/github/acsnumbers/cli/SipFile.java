package io.github.acsnumbers.cli;

import com.google.gson.GsonBuilder;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkIpAddressVersion;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The SIP configuration as a file: YAML (default) or JSON, in the shape of the service's own {@code GET /sip} body —
 * {@code trunks} keyed by FQDN, the ordered {@code routes}, and (preview) {@code domains} keyed by name.
 *
 * <p>Writing is canonical: trunks and domains sorted by name, routes in their evaluation order, fields in a fixed
 * order, unset (preview) fields left out, health never written. So reading a written file and writing it again gives
 * the same bytes, and two exports of an unchanged configuration are identical (clean diffs in version control).
 * Reading is strict: an unknown key, a wrong type or a missing field is an error naming its place in the file.
 */
final class SipFile {
    /** Largest file read (the service's configuration is far smaller). */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final String HEADER = "# SIP direct routing configuration (acs-numbers sip export).\n"
        + "# Edit it, then: acs-numbers sip plan -f FILE   and   acs-numbers sip apply -f FILE\n";

    /** File formats. */
    enum Format { YAML, JSON }

    private static final Set<String> TOP = Set.of("trunks", "routes", "domains");
    private static final Set<String> TRUNK = Set.of("sipSignalingPort", "enabled", "directTransfer", "privacyHeader",
        "ipAddressVersion");
    private static final Set<String> ROUTE = Set.of("name", "description", "numberPattern", "trunks",
        "callerIdOverride");
    private static final Set<String> DOMAIN = Set.of("enabled");

    private SipFile() {
    }

    // ---------------------------------------------------------------- writing

    /** The canonical tree: maps keep insertion order. */
    static Map<String, Object> toTree(SipConfiguration c) {
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, Object> trunks = new LinkedHashMap<>();
        c.getTrunks().stream().sorted(Comparator.comparing(SipTrunk::getFqdn)).forEach(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sipSignalingPort", t.getSipSignalingPort());
            putIfSet(m, "enabled", t.getEnabled());
            putIfSet(m, "directTransfer", t.getDirectTransfer());
            putIfSet(m, "privacyHeader", t.getPrivacyHeader() == null ? null : t.getPrivacyHeader().toString());
            putIfSet(m, "ipAddressVersion", t.getIpAddressVersion() == null ? null : t.getIpAddressVersion().toString());
            trunks.put(t.getFqdn(), m);
        });
        top.put("trunks", trunks);
        List<Object> routes = new ArrayList<>();
        for (SipTrunkRoute r : c.getRoutes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.getName());
            putIfSet(m, "description", r.getDescription());
            m.put("numberPattern", r.getNumberPattern());
            m.put("trunks", new ArrayList<>(r.getTrunks()));
            putIfSet(m, "callerIdOverride", r.getCallerIdOverride());
            routes.add(m);
        }
        top.put("routes", routes);
        if (!c.getDomains().isEmpty()) {
            Map<String, Object> domains = new LinkedHashMap<>();
            c.getDomains().stream().sorted(Comparator.comparing(SipDomain::getDomainName))
                .forEach(d -> domains.put(d.getDomainName(), new LinkedHashMap<>(Map.of("enabled", d.isEnabled()))));
            top.put("domains", domains);
        }
        return top;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static String write(SipConfiguration c, Format format) {
        Map<String, Object> tree = toTree(c);
        if (format == Format.JSON) {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(tree) + "\n";
        }
        DumpSettings settings = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(Integer.MAX_VALUE / 2)
            .setSplitLines(false)
            .build();
        return HEADER + new Dump(settings).dumpToString(tree);
    }

    /** @return JSON for a file name ending in .json, else YAML */
    static Format formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON : Format.YAML;
    }

    // ---------------------------------------------------------------- reading

    /** Reads a file; every problem is a {@link UserError} of kind BAD_FILE naming the file and the place. */
    static SipConfiguration read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw bad(file, "is a directory, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw bad(file, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; a SIP configuration is far "
                    + "smaller");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw bad(file, "does not exist");
        } catch (IOException e) {
            throw bad(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad(file, "is not UTF-8 text");
        }
        return parse(file.toString(), text);
    }

    /** Parses YAML or JSON text (JSON is read as YAML 1.2, of which it is a subset). */
    static SipConfiguration parse(String label, String text) {
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_BYTES).build();
            root = new Load(settings).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new UserError("BAD_FILE", label + " is not valid YAML or JSON: " + oneLine(e.getMessage())
                + ". Fix the file (sip export writes a valid one).");
        }
        if (root == null) {
            throw badAt(label, "(top)", "the file is empty; expected 'trunks' and 'routes'");
        }
        Map<String, Object> top = map(label, "(top)", root, TOP);
        List<SipTrunk> trunks = new ArrayList<>();
        Object t = top.get("trunks");
        if (t != null) {
            for (Map.Entry<String, Object> e : map(label, "trunks", t, null).entrySet()) {
                trunks.add(trunk(label, e.getKey(), e.getValue()));
            }
        }
        List<SipTrunkRoute> routes = new ArrayList<>();
        Object r = top.get("routes");
        if (r != null) {
            List<?> list = list(label, "routes", r);
            for (int i = 0; i < list.size(); i++) {
                routes.add(route(label, "routes[" + i + "]", list.get(i)));
            }
        }
        List<SipDomain> domains = new ArrayList<>();
        Object d = top.get("domains");
        if (d != null) {
            for (Map.Entry<String, Object> e : map(label, "domains", d, null).entrySet()) {
                String where = "domains." + e.getKey();
                Map<String, Object> dm = map(label, where, e.getValue(), DOMAIN);
                Boolean enabled = bool(label, where + ".enabled", dm.get("enabled"));
                if (enabled == null) {
                    throw badAt(label, where, "'enabled' (true or false) is required");
                }
                domains.add(new SipDomain(e.getKey(), enabled));
            }
        }
        try {
            return new SipConfiguration(trunks, routes, domains);
        } catch (IllegalArgumentException e) {
            throw new UserError("BAD_FILE", label + ": " + oneLine(e.getMessage()));
        }
    }

    private static SipTrunk trunk(String label, String fqdn, Object value) {
        String where = "trunks." + fqdn;
        Map<String, Object> m = map(label, where, value, TRUNK);
        Object port = m.get("sipSignalingPort");
        if (port == null) {
            throw badAt(label, where, "'sipSignalingPort' is required");
        }
        if (!(port instanceof Integer)) {
            throw badAt(label, where + ".sipSignalingPort", "must be a whole number from 1 to 65535, found "
                + describe(port));
        }
        SipTrunk.Builder b = SipTrunk.builder(fqdn, (Integer) port)
            .enabled(bool(label, where + ".enabled", m.get("enabled")))
            .directTransfer(bool(label, where + ".directTransfer", m.get("directTransfer")));
        String privacy = string(label, where + ".privacyHeader", m.get("privacyHeader"));
        if (privacy != null) {
            b.privacyHeader(SipTrunkPrivacyHeader.fromString(privacy));
        }
        String ip = string(label, where + ".ipAddressVersion", m.get("ipAddressVersion"));
        if (ip != null) {
            b.ipAddressVersion(SipTrunkIpAddressVersion.fromString(ip));
        }
        return b.build();
    }

    private static SipTrunkRoute route(String label, String where, Object value) {
        Map<String, Object> m = map(label, where, value, ROUTE);
        String name = string(label, where + ".name", m.get("name"));
        if (name == null) {
            throw badAt(label, where, "'name' is required");
        }
        String w = where + " ('" + name + "')";
        String pattern = string(label, w + ".numberPattern", m.get("numberPattern"));
        if (pattern == null) {
            throw badAt(label, w, "'numberPattern' is required");
        }
        List<String> trunks = new ArrayList<>();
        Object tv = m.get("trunks");
        if (tv != null) {
            List<?> list = list(label, w + ".trunks", tv);
            for (int i = 0; i < list.size(); i++) {
                String fqdn = string(label, w + ".trunks[" + i + "]", list.get(i));
                if (fqdn == null) {
                    throw badAt(label, w + ".trunks[" + i + "]", "must be a trunk FQDN, found null");
                }
                trunks.add(fqdn);
            }
        }
        return SipTrunkRoute.builder(name, pattern)
            .description(string(label, w + ".description", m.get("description")))
            .trunks(trunks)
            .callerIdOverride(string(label, w + ".callerIdOverride", m.get("callerIdOverride")))
            .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String label, String where, Object value, Set<String> allowed) {
        if (!(value instanceof Map)) {
            throw badAt(label, where, "must be a mapping of keys to values, found " + describe(value));
        }
        Map<Object, Object> raw = (Map<Object, Object>) value;
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : raw.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw badAt(label, where, "keys must be text, found " + describe(e.getKey()));
            }
            String key = (String) e.getKey();
            if (allowed != null && !allowed.contains(key)) {
                throw badAt(label, where, "unknown key '" + key + "' (expected one of "
                    + allowed.stream().sorted().toList() + ")");
            }
            m.put(key, e.getValue());
        }
        return m;
    }

    private static List<?> list(String label, String where, Object value) {
        if (!(value instanceof List)) {
            throw badAt(label, where, "must be a list, found " + describe(value));
        }
        return (List<?>) value;
    }

    private static String string(String label, String where, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            throw badAt(label, where, "must be text, found " + describe(value) + " (quote it)");
        }
        return (String) value;
    }

    private static Boolean bool(String label, String where, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean)) {
            throw badAt(label, where, "must be true or false, found " + describe(value));
        }
        return (Boolean) value;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            return "text '" + value + "'";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "the number " + value;
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + value;
    }

    private static UserError bad(Path file, String problem) {
        return new UserError("BAD_FILE", file + " " + problem + ".");
    }

    private static UserError badAt(String label, String where, String problem) {
        return new UserError("BAD_FILE", label + ": " + where + ": " + problem + ".");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
