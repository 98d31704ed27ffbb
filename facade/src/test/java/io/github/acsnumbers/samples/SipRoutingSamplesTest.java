package io.github.acsnumbers.samples;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps docs/sip-routing.md and the compiled samples identical, and runs the samples against a mock service. */
class SipRoutingSamplesTest {
    private static final Path SAMPLES = Path.of("src/test/java/io/github/acsnumbers/samples/SipRoutingSamples.java");
    private static final Path DOC = Path.of("../docs/sip-routing.md");

    static Map<String, String> sampleRegions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)// BEGIN: (\\S+)\\n(.*?)\\n\\s*// END: \\1").matcher(Files.readString(SAMPLES));
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        return regions;
    }

    static Map<String, String> docSnippets() throws IOException {
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)<!-- snippet: (\\S+) -->\\n```java\\n(.*?)\\n```").matcher(Files.readString(DOC));
        while (m.find()) {
            snippets.put(m.group(1), m.group(2));
        }
        return snippets;
    }

    private static String dedent(String block) {
        String[] lines = block.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        return String.join("\n", out);
    }

    @Test
    void everyDocumentSnippetIsACompiledSample() throws Exception {
        Map<String, String> regions = sampleRegions();
        Map<String, String> snippets = docSnippets();
        assertTrue(regions.size() >= 9, regions.keySet().toString());
        assertEquals(regions.keySet(), snippets.keySet());
        regions.forEach((name, code) -> assertEquals(code, snippets.get(name), "snippet " + name + " drifted"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SipRoutingSamplesTest.class.getResourceAsStream("/siprouting/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    @Test
    void theSamplesRunAgainstAMockService() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            String config = fixture("samples-config.json");
            for (int i = 0; i < 16; i++) {
                server.enqueue(new MockResponse.Builder().code(200)
                    .addHeader("Content-Type", "application/json; charset=utf-8").body(config).build());
            }
            SipRoutingClient client = new SipRoutingClientBuilder().endpoint("http://127.0.0.1:" + server.getPort())
                .credential(new KeyCredential("dGVzdC1rZXk=")).retryOptions(RetryOptions.none()).buildClient();
            SipRoutingSamples.listTrunksAndRoutes(client);
            SipRoutingSamples.replaceTrunksAndRoutes(client);
            SipRoutingSamples.getTrunk(client);
            SipRoutingSamples.setTrunk(client);
            SipRoutingSamples.deleteTrunk(client);
            java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
            java.io.PrintStream original = System.out;
            System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                assertFalse(SipRoutingSamples.planAndApply(client).getTrunks().isEmpty());
            } finally {
                System.setOut(original);
            }
            // the plan printed by the sample is the one shown on the page
            String page = Files.readString(DOC);
            int start = page.indexOf("SIP configuration plan:\n");
            String shown = page.substring(start, page.indexOf("```", start));
            assertTrue(captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").contains(shown),
                captured.toString(StandardCharsets.UTF_8));
            SipRoutingSamples.dryRun(client);
            SipRoutingSamples.lint(client);
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < server.getRequestCount(); i++) {
                RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
                seen.add(r.getMethod());
            }
            assertEquals(List.of("GET", "GET", "GET", "PATCH", "PATCH", "GET", "PATCH", "PATCH", "GET", "GET", "PATCH",
                "GET", "GET", "GET"), seen);
        }
    }
}
