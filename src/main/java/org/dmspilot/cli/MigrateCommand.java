package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot migrate}. */
@Command(name = "migrate", description = "Full load + CDC into PostgreSQL with the local engine.", mixinStandardHelpOptions = true)
final class MigrateCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "the local engine";
    }
}
