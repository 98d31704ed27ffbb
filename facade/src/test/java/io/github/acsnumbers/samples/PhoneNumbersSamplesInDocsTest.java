package io.github.acsnumbers.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/phone-numbers.md quotes PhoneNumbersSamples; this fails as soon as one of them changes alone. */
class PhoneNumbersSamplesInDocsTest {
    private static final Pattern REGION = Pattern.compile(
        "(?m)^([ \\t]*)// BEGIN: ([\\w-]+)\\n(.*?)^[ \\t]*// END: \\2\\n", Pattern.DOTALL);

    static Map<String, String> snippets(String source) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = REGION.matcher(source);
        while (m.find()) {
            String indent = m.group(1);
            List<String> lines = new ArrayList<>();
            for (String line : m.group(3).stripTrailing().split("\n", -1)) {
                lines.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
            }
            out.put(m.group(2), String.join("\n", lines));
        }
        return out;
    }

    @Test
    void everySnippetAppearsVerbatimInTheDocument() throws IOException {
        Path samples = Path.of("src/test/java/io/github/acsnumbers/samples/PhoneNumbersSamples.java");
        Path doc = Path.of("../docs/phone-numbers.md");
        String source = Files.readString(samples, StandardCharsets.UTF_8);
        String markdown = Files.readString(doc, StandardCharsets.UTF_8);
        Map<String, String> snippets = snippets(source);

        assertTrue(snippets.size() >= 15, "expected the README scenarios, found " + snippets.keySet());
        for (Map.Entry<String, String> s : snippets.entrySet()) {
            assertTrue(markdown.contains("```java\n" + s.getValue() + "\n```"),
                "docs/phone-numbers.md does not quote snippet '" + s.getKey() + "' as it is in PhoneNumbersSamples");
        }
        // and the document holds no Java block that is not a snippet
        Matcher blocks = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(markdown);
        int count = 0;
        while (blocks.find()) {
            count++;
            assertTrue(snippets.containsValue(blocks.group(1)), "a Java block of the document is not a compiled "
                + "snippet:\n" + blocks.group(1));
        }
        assertEquals(snippets.size(), count);
    }
}
