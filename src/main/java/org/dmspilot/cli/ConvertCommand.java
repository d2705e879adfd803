package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot convert}. */
@Command(name = "convert", description = "Convert a MySQL schema to PostgreSQL.", mixinStandardHelpOptions = true)
final class ConvertCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "schema conversion";
    }
}
