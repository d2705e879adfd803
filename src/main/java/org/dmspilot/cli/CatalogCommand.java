package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot catalog}. */
@Command(name = "catalog", description = "Read a MySQL/MariaDB catalog from a server or a dump file.", mixinStandardHelpOptions = true)
final class CatalogCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "the catalog reader";
    }
}
