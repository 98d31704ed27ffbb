package io.github.acsnumbers.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test with a reason printed on the build's console. Surefire keeps test output in report files, so a
 * plain {@code System.out} notice would go unseen; this writes to the process's real standard error.
 */
public final class Skip {
    private static final PrintStream CONSOLE =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Skip() {
    }

    /**
     * Prints {@code SKIPPED <test>: <reason>} on the console and aborts the calling test (reported as skipped).
     *
     * @param test   what is skipped
     * @param reason why
     */
    public static void because(String test, String reason) {
        // a reason built from an exception message or a command line may carry a key: never print it then
        String shown = SecretGuard.findSecrets(test + " " + reason).isEmpty() ? reason
            : "(reason withheld: it contains a secret)";
        CONSOLE.println("SKIPPED " + test + ": " + shown);
        Assumptions.abort(shown);
    }
}
