package org.dmspilot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Base for commands whose capability is not built yet: they say so plainly and exit with
 * {@link ExitCodes#NOT_AVAILABLE}, whatever arguments they get.
 */
abstract class NotAvailableCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    java.util.List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("dmspilot " + spec.qualifiedName().replaceFirst("^dmspilot ", "")
                + ": not available yet in this version of DMS Pilot (" + capability() + " is not built yet).");
        return ExitCodes.NOT_AVAILABLE;
    }

    /** What is missing, in the user's words. */
    abstract String capability();
}
