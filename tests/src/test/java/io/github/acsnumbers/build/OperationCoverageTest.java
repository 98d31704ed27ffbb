package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acsnumbers.core.ImplementsOperation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check behind "regenerate on spec change": every operation of every spec the stubs were generated from
 * must have a facade method ({@link ImplementsOperation}) or a commented line in
 * {@code api-spec/operations-without-facade.txt}. The spec files are the same Maven properties the generator uses.
 */
class OperationCoverageTest {
    private static final Pattern OPERATION_ID = Pattern.compile("\"?operationId\"?\\s*:\\s*\"?([A-Za-z0-9_.-]+)\"?");
    private static final String[] SPEC_PROPERTIES = {"phonenumbers.spec", "siprouting.spec", "siprouting.preview.spec",
        "identity.spec"};
    private static final String[] CLIENT_CLASSES = {
        "io.github.acsnumbers.phonenumbers.PhoneNumbersClient",
        "io.github.acsnumbers.siprouting.SipRoutingClient",
        "io.github.acsnumbers.identity.CommunicationIdentityClient",
    };
    /** The async twins: an operation counts as covered only when both the sync and the async client have it. */
    private static final String[] ASYNC_CLIENT_CLASSES = {
        "io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient",
        "io.github.acsnumbers.siprouting.SipRoutingAsyncClient",
        "io.github.acsnumbers.identity.CommunicationIdentityAsyncClient",
    };

    @Test
    void everySpecOperationHasAFacadeMethodOrADocumentedExclusion() throws Exception {
        Path root = projectRoot();
        List<Path> specs = new ArrayList<>();
        for (String property : SPEC_PROPERTIES) {
            String value = System.getProperty(property);
            Path spec = value == null || value.isBlank() ? root.resolve("api-spec").resolve(defaultFile(property))
                : Path.of(value);
            assertTrue(Files.exists(spec), "spec file missing: " + spec);
            specs.add(spec);
        }
        List<String> missing = missingOperations(specs);
        if (!missing.isEmpty()) {
            fail("These operations have no facade method (annotate it with @ImplementsOperation) and are not listed "
                + "in api-spec/operations-without-facade.txt:\n  " + String.join("\n  ", missing));
        }
    }

    /**
     * @param specs spec files (our YAML or upstream Swagger JSON)
     * @return "operationId (file)" for each operation with neither a facade method nor an exclusion
     * @throws Exception if a file cannot be read
     */
    static List<String> missingOperations(List<Path> specs) throws Exception {
        Path root = projectRoot();
        TreeMap<String, String> operations = new TreeMap<>();
        Map<String, String> renames = operationIdRenames(root.resolve("generator-config"));
        for (Path spec : specs) {
            Matcher m = OPERATION_ID.matcher(Files.readString(spec));
            while (m.find()) {
                String id = normalize(m.group(1));
                operations.put(renames.getOrDefault(id, id), spec.getFileName().toString());
            }
        }
        assertTrue(operations.size() >= 1, "expected the specs to define operations");

        Set<String> sync = implemented(CLIENT_CLASSES);
        Set<String> async = implemented(ASYNC_CLIENT_CLASSES);
        Set<String> excluded = exclusions(root.resolve("api-spec").resolve("operations-without-facade.txt"));
        List<String> missing = new ArrayList<>();
        operations.forEach((op, file) -> {
            if (excluded.contains(op)) {
                return;
            }
            if (!sync.contains(op) && !async.contains(op)) {
                missing.add(op + " (" + file + ")");
            } else if (!sync.contains(op)) {
                missing.add(op + " (" + file + "; only the async client has it)");
            } else if (!async.contains(op)) {
                missing.add(op + " (" + file + "; only the sync client has it)");
            }
        });
        return missing;
    }

    /** The operations the given clients' methods declare with {@link ImplementsOperation}. */
    private static Set<String> implemented(String[] classNames) {
        Set<String> implemented = new TreeSet<>();
        for (String className : classNames) {
            Class<?> type;
            try {
                type = Class.forName(className);
            } catch (ClassNotFoundException e) {
                continue; // a client not written yet: its operations then show up as missing below
            }
            for (Method method : type.getMethods()) {
                for (ImplementsOperation op : method.getAnnotationsByType(ImplementsOperation.class)) {
                    implemented.add(normalize(op.value()));
                }
            }
        }
        return implemented;
    }

    /**
     * The {@code operationIdNameMappings} of the generator options files: the generator gives an upstream operation
     * (e.g. {@code SipRouting_Get}) the name of ours ({@code getSipConfiguration}), so the check does the same.
     */
    static Map<String, String> operationIdRenames(Path configDir) throws IOException {
        Map<String, String> renames = new TreeMap<>();
        try (Stream<Path> files = Files.list(configDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList())) {
                boolean inside = false;
                for (String line : Files.readAllLines(f)) {
                    String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                    if (!l.isBlank() && !l.startsWith(" ")) {
                        inside = l.trim().equals("operationIdNameMappings:");
                    } else if (inside && l.contains(":")) {
                        renames.put(l.substring(0, l.indexOf(':')).trim(), l.substring(l.indexOf(':') + 1).trim());
                    }
                }
            }
        }
        return renames;
    }

    private static String defaultFile(String property) {
        return property.replace(".preview.spec", "-preview.yaml").replace(".spec", ".yaml");
    }

    /** Upstream Swagger ids carry a tag prefix ({@code PhoneNumbers_GetByNumber}); ours do not. */
    static String normalize(String id) {
        String s = id.contains("_") ? id.substring(id.lastIndexOf('_') + 1) : id;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static Set<String> exclusions(Path file) throws IOException {
        Set<String> result = new TreeSet<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                int hash = l.indexOf('#');
                if (hash < 0) {
                    throw new IllegalStateException("exclusion without a reason comment: '" + l + "'");
                }
                result.add(normalize(l.substring(0, hash).trim()));
            });
        }
        return result;
    }

    private static Path projectRoot() throws URISyntaxException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("api-spec"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find api-spec/ above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
