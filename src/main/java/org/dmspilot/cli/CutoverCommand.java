package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot cutover}. */
@Command(name = "cutover", description = "Cut over a local-engine migration.", mixinStandardHelpOptions = true)
final class CutoverCommand extends NotAvailableCommand {
    @Override
    String capability() {
        return "the local cutover";
    }
}
