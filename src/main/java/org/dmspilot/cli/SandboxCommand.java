package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot sandbox start|stop|status}. */
@Command(name = "sandbox", description = "Embedded MariaDB (shopwave) + PostgreSQL to rehearse a migration.",
        mixinStandardHelpOptions = true, subcommands = {SandboxCommand.Start.class})
final class SandboxCommand {
    @Command(name = "start", description = "Start the sandbox servers.")
    static final class Start extends NotAvailableCommand {
        @Override
        String capability() {
            return "the sandbox";
        }
    }
}
