package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README "Taking a new api-version" and {@code scripts/take-new-api-version.sh} are the same commands: the script
 * is the walkthrough followed verbatim, so a change to one without the other fails here.
 */
class ApiVersionWalkthroughTest {
    @Test
    void theScriptRunsExactlyTheReadmeCommands() throws Exception {
        Path root = RegenerationTest.findRootForTests();
        String readme = Files.readString(root.resolve("README.md"));
        int section = readme.indexOf("### Taking a new api-version");
        assertTrue(section >= 0, "README has the section");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        List<String> documented = lines(readme.substring(start, readme.indexOf("```", start)));

        String script = Files.readString(root.resolve("scripts/take-new-api-version.sh"));
        int from = script.indexOf("# --- walkthrough\n") + "# --- walkthrough\n".length();
        List<String> scripted = lines(script.substring(from, script.indexOf("# --- end")));

        assertEquals(3, documented.size(), "diff, regenerate and compile, coverage and e2e");
        assertEquals(documented, scripted);
        assertTrue(documented.get(0).contains("-Pspec-diff"), documented.get(0));
    }

    private static List<String> lines(String block) {
        return Arrays.stream(block.split("\n")).map(String::trim).filter(l -> !l.isEmpty())
            .collect(Collectors.toList());
    }
}
