package io.github.acsnumbers.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README carries the scenario guides of docs/ (whose snippets are, in turn, checked against the compiled
 * sample classes by the facade's docs tests): every Java snippet of those guides must appear in the README
 * exactly, so the README cannot drift from code that compiles.
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyGuideSnippetIsInTheReadme() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String guide : new String[] {"phone-numbers.md", "sip-routing.md", "identity.md", "observability.md"}) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(root.resolve("docs").resolve(guide)));
            while (m.find()) {
                checked++;
                if (!readme.contains(m.group(1))) {
                    missing.add(guide + ": " + m.group(1).lines().findFirst().orElse(""));
                }
            }
        }
        assertTrue(checked > 20, "expected the guides to hold snippets, found " + checked);
        assertTrue(missing.isEmpty(), "README.md lacks these snippets of docs/ (re-copy the guide sections): "
            + missing);
    }
}
