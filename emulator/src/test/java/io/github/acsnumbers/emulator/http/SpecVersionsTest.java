package io.github.acsnumbers.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.emulator.identity.IdentityService;
import io.github.acsnumbers.emulator.sip.SipApiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecVersionsTest {
    @Test
    void theVersionsAreThoseOfOurSpecDocuments() throws Exception {
        Path specs = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(specs.resolve("api-spec"))) {
            specs = specs.getParent();
        }
        specs = specs.resolve("api-spec");
        assertEquals(SpecVersions.version(Files.readString(specs.resolve("phonenumbers.yaml")), "pn"),
            SpecVersions.PHONE_NUMBERS);
        assertEquals("2025-06-01", SpecVersions.PHONE_NUMBERS);
        assertEquals("2023-03-01", SpecVersions.SIP_STABLE);
        assertEquals("2024-11-15-preview", SpecVersions.SIP_PREVIEW);
        assertEquals("2026-09-23", SpecVersions.IDENTITY);
        // the checks use them
        assertEquals(java.util.Set.of(SpecVersions.PHONE_NUMBERS), ApiVersionPolicy.PHONE_NUMBERS.accepted());
        assertEquals(SpecVersions.SIP_PREVIEW, SipApiVersion.V2024_11_15_PREVIEW.wire());
        assertEquals(SpecVersions.IDENTITY, IdentityService.API_VERSION);
        assertTrue(ApiVersionPolicy.IDENTITY.accepted().contains(SpecVersions.IDENTITY));
    }

    @Test
    void aDocumentWithoutVersionIsAClearError() {
        assertEquals("2030-01-01", SpecVersions.version("openapi: 3.0.3\ninfo:\n  title: t\n  version: \"2030-01-01\"\n",
            "x"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> SpecVersions.version("openapi: 3.0.3\ninfo:\n  title: t\n", "x.yaml"));
        assertTrue(e.getMessage().contains("x.yaml has no info.version"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> SpecVersions.read("no-such-document"));
    }

    @Test
    void swaggerJsonDocumentsAsGivenWithTheBuildsSpecPropertiesAreReadToo() {
        assertEquals("2025-06-01", SpecVersions.version("{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", "
            + "\"contact\": {\"name\": \"x\", \"version\": \"no\"}, \"version\": \"2025-06-01\"}}", "pn.json"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> SpecVersions.version("{\"swagger\": \"2.0\", \"info\": {}}", "x.json"));
        assertTrue(e.getMessage().contains("x.json has no info.version"), e.getMessage());
    }

    @Test
    void theBuildPackagesTheDocumentsItUsed() {
        // emulator/pom.xml copies ${phonenumbers.spec} etc. next to our YAML as <name>.spec; SpecVersions reads those
        for (String document : new String[] {"phonenumbers", "siprouting", "siprouting-preview", "identity"}) {
            assertTrue(SpecVersions.class.getResource("/io/github/acsnumbers/emulator/api-spec/" + document + ".spec")
                != null, document);
        }
    }
}
