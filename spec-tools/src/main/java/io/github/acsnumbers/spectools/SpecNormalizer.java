package io.github.acsnumbers.spectools;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings a spec document into the one shape the generator configuration expects, so that our own OpenAPI 3 files,
 * Microsoft's Swagger 2.0 files (with their {@code x-ms-*} extensions) and OpenAPI 3 emitted from TypeSpec all give
 * the same generated Java surface. It runs in the build between the input document and openapi-generator; the
 * generated sources themselves are never edited.
 *
 * <p>The rules, each idempotent (a normalized document normalizes to itself):
 * <ol>
 *   <li><b>Enumerations become strings.</b> Every string {@code enum}, inline or named, {@code x-ms-enum} with
 *       {@code modelAsString} or not, becomes a plain string whose known values move to {@code x-extensible-enum}:
 *       the service adds values between versions, and the facade has its own extensible-enum types.</li>
 *   <li><b>Operation ids lose their tag prefix</b> ({@code PhoneNumbers_GetByNumber} becomes {@code getByNumber})
 *       and are then renamed by the table given (an upstream id that differs from ours).</li>
 *   <li><b>Path parameters come first</b>, in the order of the spec, then the other parameters with
 *       {@code api-version} last: the generated methods take required parameters positionally (a reordering among
 *       strings would not even fail to compile), and upstream files put {@code api-version} anywhere.</li>
 *   <li><b>Every request body is optional and named {@code body}</b>, so the generated call always sets it with
 *       {@code .body(..)} whatever the document calls it and whether it marks it required (the facade validates
 *       its arguments itself).</li>
 *   <li><b>{@code x-ms-parameterized-host}</b> becomes a server {@code {endpoint}}, as in our documents (the facade
 *       sets the real endpoint).</li>
 *   <li><b>No security schemes</b>: authentication (HMAC or Entra ID) is the facade's HTTP pipeline, and an oauth2
 *       scheme would make the generated client import an OAuth library.</li>
 *   <li><b>No property defaults</b>: a generated model pre-fills them, so a request would carry a value (such as an
 *       upstream {@code expiresInMinutes: 1440}) the caller never set; the service applies its defaults itself.</li>
 *   <li><b>A request body of any media type is JSON</b> (a Swagger 2.0 operation without {@code consumes}).</li>
 * </ol>
 * {@code format: uuid} is left alone: the generator configuration maps {@code UUID} to {@code String}. Colon actions
 * ({@code /countries/{countryCode}/:search}) and {@code x-ms-long-running-operation} (a 202 with
 * {@code Operation-Location}) need no rewriting: the generator keeps the path as written and the facade follows the
 * operation itself.
 */
public final class SpecNormalizer {
    /** The extension our documents use for the known values of an open set of strings. */
    public static final String EXTENSIBLE_ENUM = "x-extensible-enum";
    private static final String BODY_NAME = "x-codegen-request-body-name";
    private static final String DEFAULT_ENDPOINT = "https://contoso.communication.azure.com";

    private final Map<String, String> operationIdRenames;

    /**
     * @param operationIdRenames operation ids (after the tag prefix is removed) to rename, e.g.
     *                           {@code get -> getSipConfiguration}; empty for none
     */
    public SpecNormalizer(Map<String, String> operationIdRenames) {
        this.operationIdRenames = Map.copyOf(operationIdRenames);
    }

    /**
     * Reads a document: OpenAPI 3 (YAML or JSON) or Swagger 2.0 (converted), with external {@code $ref}s (such as
     * Microsoft's {@code common.json}) resolved relative to the file.
     *
     * @param spec the document
     * @return the model
     * @throws IllegalArgumentException if the file cannot be read as either dialect
     */
    public static OpenAPI read(Path spec) {
        if (!Files.isRegularFile(spec)) {
            throw new IllegalArgumentException("spec file not found: " + spec.toAbsolutePath());
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(spec.toAbsolutePath().toUri().toString(), null,
            options);
        if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
            throw new IllegalArgumentException("cannot read " + spec + " as OpenAPI 3 or Swagger 2.0: "
                + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /**
     * Applies the rules in place.
     *
     * @param api the document
     * @return the same document
     */
    public OpenAPI normalize(OpenAPI api) {
        servers(api);
        // rule 6: authentication is the facade's pipeline (HMAC or Entra ID), never the generated client's
        api.setSecurity(null);
        if (api.getComponents() != null) {
            api.getComponents().setSecuritySchemes(null);
        }
        visitSchemas(api, SpecNormalizer::schema);
        if (api.getPaths() != null) {
            for (PathItem item : api.getPaths().values()) {
                for (Operation op : item.readOperations()) {
                    op.setSecurity(null);
                    operation(api, op);
                }
            }
        }
        return api;
    }

    /**
     * Calls the visitor once for every schema of the document: components, parameters, bodies, responses and
     * headers, and everything nested in them (properties, items, additional properties, compositions).
     *
     * @param api the document
     * @param visitor what to do with each schema
     */
    public static void visitSchemas(OpenAPI api, Consumer<Schema<?>> visitor) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema<?>> all = s -> walk(s, seen, visitor);
        if (api.getComponents() != null) {
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().values().forEach(s -> all.accept(s));
            }
            if (api.getComponents().getParameters() != null) {
                api.getComponents().getParameters().values().forEach(p -> parameterSchemas(p, all));
            }
            if (api.getComponents().getRequestBodies() != null) {
                api.getComponents().getRequestBodies().values().forEach(b -> contentSchemas(b.getContent(), all));
            }
            if (api.getComponents().getResponses() != null) {
                api.getComponents().getResponses().values().forEach(r -> responseSchemas(r, all));
            }
            if (api.getComponents().getHeaders() != null) {
                api.getComponents().getHeaders().values().forEach(h -> headerSchema(h, all));
            }
        }
        if (api.getPaths() != null) {
            for (PathItem item : api.getPaths().values()) {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> parameterSchemas(p, all));
                }
                for (Operation op : item.readOperations()) {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> parameterSchemas(p, all));
                    }
                    if (op.getRequestBody() != null) {
                        contentSchemas(op.getRequestBody().getContent(), all);
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().values().forEach(r -> responseSchemas(r, all));
                    }
                }
            }
        }
    }

    private void operation(OpenAPI api, Operation op) {
        if (op.getOperationId() != null) {
            String id = op.getOperationId();
            id = id.contains("_") ? id.substring(id.lastIndexOf('_') + 1) : id;
            id = id.isEmpty() ? op.getOperationId() : id.substring(0, 1).toLowerCase(Locale.ROOT) + id.substring(1);
            op.setOperationId(operationIdRenames.getOrDefault(id, id));
        }
        if (op.getParameters() != null) {
            List<Parameter> path = new ArrayList<>();
            List<Parameter> rest = new ArrayList<>();
            for (Parameter p : op.getParameters()) {
                ("path".equals(resolve(api, p).getIn()) ? path : rest).add(p);
            }
            // api-version last, after the other query parameters, as in our documents (fixes the query order)
            rest.sort(java.util.Comparator.comparing(p -> "api-version".equals(resolve(api, p).getName())));
            path.addAll(rest);
            op.setParameters(path);
        }
        RequestBody body = op.getRequestBody();
        if (body != null) {
            if (body.get$ref() != null && api.getComponents() != null && api.getComponents().getRequestBodies() != null) {
                RequestBody target = api.getComponents().getRequestBodies().get(simpleName(body.get$ref()));
                if (target != null) {
                    body = copy(target);
                    op.setRequestBody(body);
                }
            }
            body.setRequired(false);
            anyMediaTypeIsJson(body.getContent());
            op.addExtension(BODY_NAME, "body");
        }
    }

    /**
     * Rule 8: a Swagger 2.0 operation without {@code consumes} converts to {@code *}{@code /*}, which leaves the
     * generated call without a Content-Type to serialize the body with; these services take JSON.
     */
    private static void anyMediaTypeIsJson(Content content) {
        if (content != null && content.containsKey("*/*") && !content.containsKey("application/json")) {
            MediaType any = content.remove("*/*");
            content.addMediaType("application/json", any);
        }
    }

    private static RequestBody copy(RequestBody b) {
        return new RequestBody().description(b.getDescription()).content(b.getContent()).required(b.getRequired())
            .extensions(b.getExtensions());
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        if (p.get$ref() != null && api.getComponents() != null && api.getComponents().getParameters() != null) {
            Parameter target = api.getComponents().getParameters().get(simpleName(p.get$ref()));
            if (target != null) {
                return target;
            }
        }
        return p;
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static void servers(OpenAPI api) {
        boolean parameterized = api.getExtensions() != null
            && api.getExtensions().remove("x-ms-parameterized-host") != null;
        boolean absolute = api.getServers() != null && api.getServers().stream()
            .anyMatch(s -> s.getUrl() != null && (s.getUrl().contains("://") || s.getUrl().startsWith("{")));
        if (parameterized || !absolute) {
            ServerVariables variables = new ServerVariables();
            variables.addServerVariable("endpoint", new ServerVariable()._default(DEFAULT_ENDPOINT)
                .description("The Communication Services resource endpoint, without a trailing slash."));
            api.setServers(new ArrayList<>(List.of(new Server().url("{endpoint}").variables(variables))));
        }
    }

    private static void parameterSchemas(Parameter p, Consumer<Schema<?>> visitor) {
        if (p.getSchema() != null) {
            visitor.accept(p.getSchema());
        }
        contentSchemas(p.getContent(), visitor);
    }

    private static void responseSchemas(ApiResponse r, Consumer<Schema<?>> visitor) {
        contentSchemas(r.getContent(), visitor);
        if (r.getHeaders() != null) {
            r.getHeaders().values().forEach(h -> headerSchema(h, visitor));
        }
    }

    private static void headerSchema(Header h, Consumer<Schema<?>> visitor) {
        if (h.getSchema() != null) {
            visitor.accept(h.getSchema());
        }
    }

    private static void contentSchemas(Content content, Consumer<Schema<?>> visitor) {
        if (content != null) {
            for (MediaType m : content.values()) {
                if (m.getSchema() != null) {
                    visitor.accept(m.getSchema());
                }
            }
        }
    }

    private static void walk(Schema<?> s, Set<Schema<?>> seen, Consumer<Schema<?>> visitor) {
        if (s == null || !seen.add(s)) {
            return;
        }
        visitor.accept(s);
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> walk(p, seen, visitor));
        }
        walk(s.getItems(), seen, visitor);
        if (s.getAdditionalProperties() instanceof Schema) {
            walk((Schema<?>) s.getAdditionalProperties(), seen, visitor);
        }
        for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (list != null) {
                list.forEach(x -> walk(x, seen, visitor));
            }
        }
        walk(s.getNot(), seen, visitor);
    }

    /** Rules 1 and 7 on one schema. */
    @SuppressWarnings("unchecked")
    private static void schema(Schema<?> s) {
        if (s.getEnum() != null && !s.getEnum().isEmpty() && isStringy(s)) {
            List<String> values = new ArrayList<>();
            for (Object v : s.getEnum()) {
                if (v != null) {
                    values.add(v.toString());
                }
            }
            ((Schema<Object>) s).setEnum(null);
            if (s.getType() == null && (s.getTypes() == null || s.getTypes().isEmpty())) {
                s.setType("string");
            }
            if (s.getExtensions() != null) {
                s.getExtensions().remove("x-ms-enum");
            }
            if (s.getExtensions() == null || !s.getExtensions().containsKey(EXTENSIBLE_ENUM)) {
                s.addExtension(EXTENSIBLE_ENUM, values);
            }
        }
        if (s.getProperties() != null) {
            // rule 7: a generated model would pre-fill a default and send it though the caller set nothing
            s.getProperties().values().forEach(p -> p.setDefault(null));
        }
    }

    private static boolean isStringy(Schema<?> s) {
        if (s.getType() != null) {
            return "string".equals(s.getType());
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return s.getTypes().contains("string");
        }
        return s.getEnum().stream().allMatch(v -> v instanceof String);
    }

    /**
     * Reads, normalizes and writes one document as JSON (which the generator reads like the original).
     *
     * @param in the input document
     * @param out where to write the normalized document
     * @throws IOException if writing fails
     */
    public void normalizeFile(Path in, Path out) throws IOException {
        OpenAPI api = normalize(read(in));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, Json.pretty(api));
    }

    /**
     * Parses {@code a=b,c=d} into a map.
     *
     * @param spec the renames, possibly blank
     * @return the map
     */
    public static Map<String, String> renames(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec != null) {
            for (String pair : spec.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("an operation id rename is 'from=to', not '" + pair.trim() + "'");
                }
                m.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
