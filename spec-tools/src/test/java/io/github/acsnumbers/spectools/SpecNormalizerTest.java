package io.github.acsnumbers.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecNormalizerTest {
    /** A Swagger 2.0 document in the upstream dialect, with one instance of every construct the rules handle. */
    private static final String SWAGGER2 = "{\n"
        + "  \"swagger\": \"2.0\",\n"
        + "  \"info\": {\"title\": \"t\", \"version\": \"2030-01-01\"},\n"
        + "  \"x-ms-parameterized-host\": {\"hostTemplate\": \"{endpoint}\", \"useSchemePrefix\": false,\n"
        + "    \"parameters\": [{\"name\": \"endpoint\", \"in\": \"path\", \"required\": true, \"type\": \"string\","
        + " \"x-ms-skip-url-encoding\": true}]},\n"
        + "  \"consumes\": [\"application/json\"], \"produces\": [\"application/json\"],\n"
        + "  \"securityDefinitions\": {\"azure_auth\": {\"type\": \"oauth2\", \"flow\": \"implicit\","
        + " \"authorizationUrl\": \"https://login.example/authorize\", \"scopes\": {}}},\n"
        + "  \"security\": [{\"azure_auth\": []}],\n"
        + "  \"paths\": {\n"
        + "    \"/things/{thingId}/:act\": {\"post\": {\n"
        + "      \"operationId\": \"Things_Act\",\n"
        + "      \"x-ms-long-running-operation\": true,\n"
        + "      \"parameters\": [\n"
        + "        {\"$ref\": \"#/parameters/ApiVersion\"},\n"
        + "        {\"name\": \"mode\", \"in\": \"query\", \"type\": \"string\", \"enum\": [\"fast\", \"slow\"],"
        + " \"x-ms-enum\": {\"name\": \"Mode\", \"modelAsString\": true}},\n"
        + "        {\"name\": \"thingId\", \"in\": \"path\", \"required\": true, \"type\": \"string\", \"format\": \"uuid\"},\n"
        + "        {\"name\": \"actRequest\", \"in\": \"body\", \"required\": true,"
        + " \"schema\": {\"$ref\": \"#/definitions/ActRequest\"}}\n"
        + "      ],\n"
        + "      \"responses\": {\"202\": {\"description\": \"accepted\","
        + " \"headers\": {\"Operation-Location\": {\"type\": \"string\"}}}}\n"
        + "    }}\n"
        + "  },\n"
        + "  \"parameters\": {\"ApiVersion\": {\"name\": \"api-version\", \"in\": \"query\", \"required\": true,"
        + " \"type\": \"string\"}},\n"
        + "  \"definitions\": {\n"
        + "    \"Colour\": {\"type\": \"string\", \"enum\": [\"red\", \"blue\"],"
        + " \"x-ms-enum\": {\"name\": \"Colour\", \"modelAsString\": false}},\n"
        + "    \"ActRequest\": {\"type\": \"object\", \"properties\": {\n"
        + "      \"colour\": {\"$ref\": \"#/definitions/Colour\"},\n"
        + "      \"size\": {\"type\": \"string\", \"enum\": [\"s\", \"m\"], \"x-ms-enum\": {\"name\": \"Size\","
        + " \"modelAsString\": true}},\n"
        + "      \"minutes\": {\"type\": \"integer\", \"default\": 1440},\n"
        + "      \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"enum\": [\"a\", \"b\"]}}\n"
        + "    }}\n"
        + "  }\n"
        + "}\n";

    @Test
    void upstreamConstructsBecomeTheShapeOurDocumentsHave(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("things.json");
        Files.writeString(in, SWAGGER2);
        OpenAPI api = new SpecNormalizer(Map.of()).normalize(SpecNormalizer.read(in));

        Operation op = api.getPaths().get("/things/{thingId}/:act").getPost();
        assertEquals("act", op.getOperationId(), "tag prefix removed, lower camel case");
        List<String> order = op.getParameters().stream().map(p -> resolve(api, p).getName()).collect(Collectors.toList());
        assertEquals(List.of("thingId", "mode", "api-version"), order, "path first, api-version last");
        assertEquals(Boolean.FALSE, op.getRequestBody().getRequired());
        assertEquals("body", op.getExtensions().get("x-codegen-request-body-name"));

        Parameter mode = op.getParameters().get(1);
        assertNull(mode.getSchema().getEnum(), "inline x-ms-enum on a parameter is a plain string");
        assertEquals(List.of("fast", "slow"), mode.getSchema().getExtensions().get(SpecNormalizer.EXTENSIBLE_ENUM));

        Schema<?> colour = api.getComponents().getSchemas().get("Colour");
        assertNull(colour.getEnum(), "a named enum (even modelAsString false) is a plain string");
        assertEquals("string", colour.getType());
        assertFalse(colour.getExtensions().containsKey("x-ms-enum"));
        Schema<?> request = api.getComponents().getSchemas().get("ActRequest");
        assertNull(request.getProperties().get("size").getEnum());
        assertEquals(List.of("s", "m"), request.getProperties().get("size").getExtensions()
            .get(SpecNormalizer.EXTENSIBLE_ENUM));
        assertNull(request.getProperties().get("tags").getItems().getEnum(), "enums in array items too");
        assertNull(request.getProperties().get("minutes").getDefault(), "no default pre-filled by the model");

        assertEquals("{endpoint}", api.getServers().get(0).getUrl());
        assertFalse(api.getExtensions() != null && api.getExtensions().containsKey("x-ms-parameterized-host"));
        assertNull(api.getComponents().getSecuritySchemes(), "no oauth2 scheme reaches the generator");
        assertNull(api.getSecurity());
    }

    @Test
    void renamesApplyAfterThePrefixIsRemovedAndNormalizingTwiceChangesNothing(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("things.json");
        Files.writeString(in, SWAGGER2);
        SpecNormalizer n = new SpecNormalizer(SpecNormalizer.renames("act=actOnThing"));
        Path once = tmp.resolve("once.json");
        Path twice = tmp.resolve("twice.json");
        Path thrice = tmp.resolve("thrice.json");
        n.normalizeFile(in, once);
        n.normalizeFile(once, twice);
        n.normalizeFile(twice, thrice);
        // the first re-read only spells out the parser's parameter defaults (style, explode); nothing else moves
        assertEquals(Files.readString(twice), Files.readString(thrice));
        assertEquals(Files.readString(once).replaceAll("\\s*\"(style|explode|required)\" : [^,\\n]+,", ""),
            Files.readString(twice).replaceAll("\\s*\"(style|explode|required)\" : [^,\\n]+,", ""));
        assertTrue(Files.readString(once).contains("\"operationId\" : \"actOnThing\""));
    }

    @Test
    void ourOwnDocumentsKeepTheirOperationsAndPaths() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("api-spec"))) {
            root = root.getParent();
        }
        for (String name : List.of("phonenumbers", "siprouting", "siprouting-preview", "identity")) {
            OpenAPI original = SpecNormalizer.read(root.resolve("api-spec").resolve(name + ".yaml"));
            TreeSet<String> before = operations(original);
            String servers = Json.pretty(original.getServers());
            OpenAPI normalized = new SpecNormalizer(Map.of()).normalize(original);
            assertEquals(before, operations(normalized), name);
            assertEquals(servers, Json.pretty(normalized.getServers()), name + ": our servers are kept");
        }
    }

    @Test
    void unreadableInputIsAClearError(@TempDir Path tmp) throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
            () -> SpecNormalizer.read(tmp.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("spec file not found"), missing.getMessage());
        Path junk = tmp.resolve("junk.json");
        Files.writeString(junk, "{\"hello\": 1}");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> SpecNormalizer.read(junk));
        assertTrue(bad.getMessage().contains("cannot read"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpecNormalizer.renames("a=b,c"));
    }

    private static TreeSet<String> operations(OpenAPI api) {
        TreeSet<String> ops = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
            ops.add(method + " " + path + " " + op.getOperationId())));
        return ops;
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        return p.get$ref() == null ? p
            : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }
}
