package io.github.acsnumbers.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A leaf command: the common options, the output streams, the connection and the confirmation question. */
abstract class BaseCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    /** Runs the command. */
    abstract int execute() throws Exception;

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    AcsNumbers root() {
        return (AcsNumbers) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Connection connection() {
        return root().connection(common);
    }

    /**
     * Asks before a change: returns when the user agreed (or gave {@code --yes}); otherwise throws, and nothing was
     * changed. Without a terminal and without {@code --yes} it refuses rather than guessing.
     *
     * @param what    what will change, e.g. "release 3 numbers"
     * @param cost    what it costs, as far as the service says, or null
     */
    void confirm(String what, String cost) {
        if (cost != null) {
            out().println(cost);
        }
        if (common.yes) {
            return;
        }
        Terminal t = root().terminal();
        if (!t.isInteractive()) {
            throw new UserError("CONFIRMATION_NEEDED", "Refusing to " + what + " without confirmation: standard "
                + "input is not a terminal. Pass --yes to go ahead.");
        }
        out().print("Do you want to " + what + "? Only 'yes' (or 'y') goes ahead: ");
        out().flush();
        String answer = t.readLine();
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        if (!a.equals("yes") && !a.equals("y")) {
            throw new UserError("CANCELLED", "Nothing was changed (answer was not 'yes').");
        }
    }
}
