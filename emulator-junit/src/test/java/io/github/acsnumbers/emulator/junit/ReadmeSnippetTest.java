package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "Testing your code" snippet is the compiled {@link ReadmeExampleTest}, character for character. */
class ReadmeSnippetTest {

    @Test
    void theReadmeQuotesTheCompiledExample() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("README.md"))) {
            root = root.getParent();
        }
        assertTrue(root != null, "README.md not found above " + Path.of("").toAbsolutePath());
        String readme = Files.readString(root.resolve("README.md"));
        int section = readme.indexOf("### Testing your code");
        assertTrue(section >= 0, "README.md has no 'Testing your code' section");
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(section), "no Java block in 'Testing your code'");
        String source = Files.readString(root.resolve("emulator-junit/src/test/java/io/github/acsnumbers/emulator/"
                + "junit/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("// README:end"));
        assertEquals(example, block.group(1), "re-copy ReadmeExampleTest (between the README markers) into README.md");
    }
}
