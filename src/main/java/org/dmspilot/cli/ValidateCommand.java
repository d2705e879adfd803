package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot validate}. */
@Command(name = "validate", description = "Compare source and target row by row.", mixinStandardHelpOptions = true)
final class ValidateCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "validation";
    }
}
