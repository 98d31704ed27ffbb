package io.github.acsnumbers.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * What a new version of a spec document changes, and which project code each change touches. The comparison is
 * openapi-diff's (operations, parameters, request and response fields, enum values added, removed or changed); this
 * class prepares the two documents so that their dialects compare alike and adds, per changed operation, the facade
 * methods that implement it ({@code @ImplementsOperation}) and the emulator routes that serve it.
 */
public final class SpecDiff {
    private static final Pattern IMPLEMENTS = Pattern.compile("@ImplementsOperation\\(\"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:public|protected|static|final|synchronized|"
        + "default|\\s)*[\\w<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");
    private static final Pattern ROUTE = Pattern.compile(
        "\\.add(?:AuthenticatedByHandler)?\\(\\s*\"(GET|POST|PUT|PATCH|DELETE)\"\\s*,\\s*\"([^\"]+)\"");

    private SpecDiff() {
    }

    /**
     * Compares two documents.
     *
     * @param oldSpec the current document (ours, or an upstream file)
     * @param newSpec the new version
     * @param projectRoot the project folder (with {@code facade/} and {@code emulator/}), for the touch list
     * @return the report, in Markdown
     * @throws IOException if the project sources cannot be read
     */
    public static String report(Path oldSpec, Path newSpec, Path projectRoot) throws IOException {
        OpenAPI before = prepare(SpecNormalizer.read(oldSpec));
        OpenAPI after = prepare(SpecNormalizer.read(newSpec));
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(before, after);

        Map<String, List<String>> facade = facadeMethods(projectRoot.resolve("facade/src/main/java"));
        Map<String, List<String>> routes = emulatorRoutes(projectRoot.resolve("emulator/src/main/java"));
        StringBuilder out = new StringBuilder();
        out.append("# Spec diff\n\n").append("- old: ").append(oldSpec).append(" (").append(version(before))
            .append(")\n- new: ").append(newSpec).append(" (").append(version(after)).append(")\n\n");
        out.append("## What the project must look at\n\n");
        int n = 0;
        for (Endpoint e : diff.getNewEndpoints()) {
            n += touch(out, "ADDED", e.getMethod().name(), e.getPathUrl(), e.getOperation(), facade, routes);
        }
        for (Endpoint e : diff.getMissingEndpoints()) {
            n += touch(out, "REMOVED", e.getMethod().name(), e.getPathUrl(), e.getOperation(), facade, routes);
        }
        for (ChangedOperation c : diff.getChangedOperations()) {
            n += touch(out, "CHANGED", c.getHttpMethod().name(), c.getPathUrl(), c.getNewOperation(), facade, routes);
        }
        if (n == 0) {
            out.append("Nothing: the documents describe the same operations.\n");
        }
        out.append("\n## Changes in detail (openapi-diff)\n\n");
        ByteArrayOutputStream markdown = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(markdown, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        }
        out.append(markdown.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static int touch(StringBuilder out, String kind, String method, String path, Operation op,
                             Map<String, List<String>> facade, Map<String, List<String>> routes) {
        String id = op == null || op.getOperationId() == null ? "?" : operationId(op.getOperationId());
        List<String> methods = facade.getOrDefault(id, List.of());
        List<String> served = routes.getOrDefault(method + " " + template(path), List.of());
        out.append("- ").append(kind).append(' ').append(method).append(' ').append(path).append(" (operationId `")
            .append(id).append("`)\n");
        out.append("  - facade: ").append(methods.isEmpty()
            ? "no method (@ImplementsOperation); the coverage check (OperationCoverageTest) will name it"
            : String.join(", ", methods)).append('\n');
        out.append("  - emulator: ").append(served.isEmpty() ? "no route" : String.join(", ", served)).append('\n');
        return 1;
    }

    /** Upstream ids carry a tag prefix ({@code PhoneNumbers_GetByNumber}); ours do not. */
    static String operationId(String id) {
        String s = id.contains("_") ? id.substring(id.lastIndexOf('_') + 1) : id;
        return s.isEmpty() ? id : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static String version(OpenAPI api) {
        return api.getInfo() == null ? "no version" : "version " + api.getInfo().getVersion();
    }

    /** Both dialects alike: our {@code x-extensible-enum} lists compare as enums, so added values show. */
    @SuppressWarnings("unchecked")
    static OpenAPI prepare(OpenAPI api) {
        SpecNormalizer.visitSchemas(api, s -> {
            Object known = s.getExtensions() == null ? null : s.getExtensions().get(SpecNormalizer.EXTENSIBLE_ENUM);
            if (s.getEnum() == null && known instanceof List) {
                List<Object> values = new ArrayList<>((List<Object>) known);
                ((Schema<Object>) s).setEnum(values);
            }
        });
        return api;
    }

    /**
     * @param sources facade sources
     * @return operationId to {@code Class.method} of every annotated facade method
     * @throws IOException if a file cannot be read
     */
    static Map<String, List<String>> facadeMethods(Path sources) throws IOException {
        Map<String, List<String>> result = new TreeMap<>();
        for (Path file : javaFiles(sources)) {
            List<String> lines = Files.readAllLines(file);
            String type = file.getFileName().toString().replace(".java", "");
            List<String> pending = new ArrayList<>();
            for (String line : lines) {
                Matcher a = IMPLEMENTS.matcher(line);
                if (a.find()) {
                    pending.add(a.group(1));
                    continue;
                }
                if (!pending.isEmpty() && !line.trim().startsWith("@")) {
                    Matcher m = METHOD.matcher(line);
                    if (m.find()) {
                        for (String op : pending) {
                            List<String> list = result.computeIfAbsent(operationId(op), k -> new ArrayList<>());
                            String name = type + "." + m.group(1);
                            if (!list.contains(name)) {
                                list.add(name);
                            }
                        }
                    }
                    pending.clear();
                }
            }
        }
        return result;
    }

    /**
     * @param sources emulator sources
     * @return "METHOD /template/{}" to "File.java:line" of each route registration
     * @throws IOException if a file cannot be read
     */
    static Map<String, List<String>> emulatorRoutes(Path sources) throws IOException {
        Map<String, List<String>> result = new TreeMap<>();
        for (Path file : javaFiles(sources)) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ROUTE.matcher(lines.get(i));
                while (m.find()) {
                    result.computeIfAbsent(m.group(1) + " " + template(m.group(2)), k -> new ArrayList<>())
                        .add(file.getFileName() + ":" + (i + 1));
                }
            }
        }
        return result;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
