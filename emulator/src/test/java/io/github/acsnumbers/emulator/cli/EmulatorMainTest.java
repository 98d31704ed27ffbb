package io.github.acsnumbers.emulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Command-line parsing (the process itself is exercised by running the shaded jar). */
class EmulatorMainTest {

    @Test
    void parsesDurations() {
        EmulatorMain.DurationConverter c = new EmulatorMain.DurationConverter();
        assertEquals(Duration.ofMillis(300), c.convert("300ms"));
        assertEquals(Duration.ofSeconds(8), c.convert("8s"));
        assertEquals(Duration.ofMillis(1500), c.convert("1.5s"));
        assertEquals(Duration.ofMinutes(2), c.convert("2m"));
        assertEquals(Duration.ofSeconds(20), c.convert("PT20S"));
        assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("soon"));
    }

    @Test
    void helpNamesEveryServiceAndTheNewOptions() {
        String help = new CommandLine(new EmulatorMain()).getUsageMessage();
        for (String expected : new String[] {"Phone Numbers", "SIP Routing", "Identity", "--log-requests",
            "--sip-domains", "--read-timeout"}) {
            org.junit.jupiter.api.Assertions.assertTrue(help.contains(expected), expected + " in:\n" + help);
        }
    }

    @Test
    void parsesTheDocumentedFlags() {
        EmulatorMain main = new EmulatorMain();
        new CommandLine(main).parseArgs("--port", "8080", "--access-key", "dGVzdC1rZXk=", "--seed", "3",
                "--purchased", "100000", "--data-file", "x.mv.db", "--faults", "0.1", "--fault-seed", "9",
                "--fault-kinds", "drop-after-apply,internal-error", "--fault-families", "purchase,release",
                "--operation-delay", "8s");
        assertEquals(8080, main.port);
        assertEquals(100_000, main.purchased);
        assertEquals(0.1, main.faultRate);
        assertEquals(9, main.faultSeed);
        assertEquals(2, main.faultKinds.size());
        assertEquals(Duration.ofSeconds(8), main.operationDelay);
    }
}
