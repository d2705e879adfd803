package org.dmspilot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsAssessmentRuns;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dms assess-run}: a DMS premigration assessment run of the project's task. Creates the results bucket and
 * the role DMS assumes (or uses {@code --bucket}), waits with progress on stderr, prints each individual assessment
 * with its status and result on stdout. Exit 1 when the run or an assessment failed or ended in an error; Ctrl-C
 * cancels the run in DMS too.
 */
@Command(name = "assess-run", description = "Run DMS's premigration assessments on the task (creates an S3 bucket "
        + "and an IAM role unless --bucket names yours) and print each result.", mixinStandardHelpOptions = true)
final class DmsAssessRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--bucket", paramLabel = "NAME", description = "An existing S3 bucket of yours in the task's "
            + "region for the results (default: DMS Pilot creates dmspilot-<id>-assessments-<account>-<region>).")
    String bucket;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        AtomicBoolean stop = new AtomicBoolean();
        ProgressListener console = DmsCliOptions.stderr(err);
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                console.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return stop.get() || console.isCancelled();
            }
        };
        DmsAssessmentRuns.Run[] result = new DmsAssessmentRuns.Run[1];
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            UntilSignal.run(() -> result[0] = new DmsAssessmentRuns(aws, options.timing(), progress).run(
                    options.plan(project, state), state, bucket, s -> DmsStateFiles.save(options.project, s)),
                    () -> stop.set(true), err, "Cancelling the assessment run...");
        }
        DmsAssessmentRuns.Run run = result[0];
        out.println("Assessment run " + run.name() + ": " + run.status());
        int width = run.assessments().stream().mapToInt(a -> a.name().length()).max().orElse(0);
        for (DmsAssessmentRuns.Individual a : run.assessments()) {
            out.printf("  %-9s %-" + width + "s  %s%n", a.status(), a.name(), a.result());
        }
        if (run.lastFailure() != null) {
            out.println("Last failure: " + run.lastFailure());
        }
        out.println("Results: " + run.location());
        out.flush();
        return run.problems() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
