package org.dmspilot.cli;

import org.dmspilot.core.dms.DmsTasks;
import picocli.CommandLine.Command;

/** {@code dms resume}, {@code dms restart} and {@code dms stop}: a stopped or failed task started again, or stopped. */
final class DmsResumeCommand {
    private DmsResumeCommand() {
    }

    /** {@code dms resume}: resume-processing. */
    @Command(name = "resume", description = "Resume a stopped or failed task where it stopped.",
            mixinStandardHelpOptions = true)
    static final class Resume extends DmsTaskVerb {
        @Override
        public Integer call() {
            return onTask(DmsTasks::resume);
        }
    }

    /** {@code dms restart}: reload-target, every table loaded again. */
    @Command(name = "restart", description = "Restart a stopped or failed task from the beginning: every table is "
            + "loaded again.", mixinStandardHelpOptions = true)
    static final class Restart extends DmsTaskVerb {
        @Override
        public Integer call() {
            return onTask(DmsTasks::restart);
        }
    }

    /** {@code dms stop}: stop the task and wait until it is stopped. */
    @Command(name = "stop", description = "Stop the replication task.", mixinStandardHelpOptions = true)
    static final class Stop extends DmsTaskVerb {
        @Override
        public Integer call() {
            return onTask((tasks, plan, state) -> {
                tasks.stop(plan, state);
                return tasks.status(plan, state);
            });
        }
    }
}
