package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot readiness}. */
@Command(name = "readiness", description = "Check a source for what CDC needs.", mixinStandardHelpOptions = true)
final class ReadinessCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "the readiness checks";
    }
}
