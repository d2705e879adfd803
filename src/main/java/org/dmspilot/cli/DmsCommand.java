package org.dmspilot.cli;

import picocli.CommandLine.Command;

/** {@code dmspilot dms <verb>}: AWS DMS provisioning, monitoring, cutover and cleanup. */
@Command(name = "dms", description = "Provision, run, cut over and clean up an AWS DMS migration.",
        mixinStandardHelpOptions = true,
        subcommands = {DmsCommand.Plan.class, DmsCommand.Export.class, DmsCommand.Provision.class,
                DmsCommand.Start.class, DmsCommand.Status.class, DmsCommand.Cutover.class, DmsCommand.Cleanup.class})
final class DmsCommand {
    private static final String WIZARD = "the AWS DMS wizard";

    @Command(name = "plan", description = "Show every resource and API call a migration needs.")
    static final class Plan extends NotAvailableCommand {
        @Override
        String capability() {
            return WIZARD;
        }
    }

    @Command(name = "export", description = "Export the plan as CloudFormation or an AWS CLI script.")
    static final class Export extends NotAvailableCommand {
        @Override
        String capability() {
            return WIZARD;
        }
    }

    @Command(name = "provision", description = "Create the DMS resources (idempotent, resumable).")
    static final class Provision extends NotAvailableCommand {
        @Override
        String capability() {
            return WIZARD;
        }
    }

    @Command(name = "start", description = "Start the replication task.")
    static final class Start extends NotAvailableCommand {
        @Override
        String capability() {
            return WIZARD;
        }
    }

    @Command(name = "status", description = "Task status and table statistics.")
    static final class Status extends NotAvailableCommand {
        @Override
        String capability() {
            return "the DMS monitor";
        }
    }

    @Command(name = "cutover", description = "Evaluate the cutover checklist and guide the cutover.")
    static final class Cutover extends NotAvailableCommand {
        @Override
        String capability() {
            return "the DMS cutover";
        }
    }

    @Command(name = "cleanup", description = "Delete every AWS resource the project created, in order.")
    static final class Cleanup extends NotAvailableCommand {
        @Override
        String capability() {
            return "the DMS cleanup";
        }
    }
}
