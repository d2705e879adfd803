package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot dms <verb>}: AWS DMS provisioning, monitoring, cutover and cleanup. */
@Command(name = "dms", description = "Provision, run, cut over and clean up an AWS DMS migration.",
        mixinStandardHelpOptions = true,
        subcommands = {DmsAccountCommand.class, DmsPlanCommand.class, DmsExportCommand.class, DmsProvisionCommand.class,
                DmsStartCommand.class, DmsStatusCommand.class, DmsLogsCommand.class, DmsReloadCommand.class,
                DmsResumeCommand.Resume.class, DmsResumeCommand.Restart.class, DmsResumeCommand.Stop.class,
                DmsCutoverCommand.class, DmsCleanupCommand.class, DmsAssessRunCommand.class})
final class DmsCommand {
}
