package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot assess}. */
@Command(name = "assess", description = "Write the assessment report (HTML, PDF, CSV).", mixinStandardHelpOptions = true)
final class AssessCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "the assessment report";
    }
}
