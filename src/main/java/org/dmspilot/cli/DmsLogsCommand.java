package org.dmspilot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.CloudWatchTaskLog;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.monitor.LogFilter;
import org.dmspilot.core.monitor.LogLine;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dms logs}: the task's CloudWatch Logs stream, oldest first like {@code tail}; {@code --follow} keeps
 * printing new lines until the task stops or fails; {@code --table S.T} (the shared option) keeps the lines naming
 * that table.
 */
@Command(name = "logs", description = "The replication task's log (CloudWatch Logs).", mixinStandardHelpOptions = true)
final class DmsLogsCommand implements Callable<Integer> {
    private static final Set<String> ENDED = Set.of("stopped", "failed", "ready");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneId.of("UTC"));

    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--follow", description = "Keep printing new lines until the task stops or fails.")
    boolean follow;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Only lines at least this severe: error, warn, "
            + "info, debug (default: ${DEFAULT-VALUE}).", defaultValue = "debug")
    String level;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between reads with --follow "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "5")
    double intervalSeconds;

    @Override
    public Integer call() throws InterruptedException {
        LogLine.Level wanted = LogLine.Level.parse(level);
        if (wanted == null) {
            throw new ParameterException(spec.commandLine(), "--level must be error, warn, info or debug, not '"
                    + level + "'.");
        }
        if (options.tables.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--table takes one table for logs.");
        }
        LogFilter filter = new LogFilter(wanted, options.tables.isEmpty() ? null : options.tables.get(0));
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        PrintWriter out = spec.commandLine().getOut();
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            DmsPlan plan = options.plan(project, state);
            CloudWatchTaskLog log = CloudWatchTaskLog.of(aws, plan, state, options.timing());
            spec.commandLine().getErr().println(log.describe());
            spec.commandLine().getErr().flush();
            print(out, filter, log.poll());
            DmsTasks tasks = new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine().getErr()));
            while (follow) {
                String status = tasks.status(plan, state).status();
                Thread.sleep(Duration.ofMillis((long) (intervalSeconds * 1000)).toMillis());
                print(out, filter, log.poll());
                if (ENDED.contains(status)) {
                    spec.commandLine().getErr().println("The task is " + status + ": no longer following.");
                    break;
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, LogFilter filter, List<LogLine> lines) {
        for (LogLine l : lines) {
            if (filter.accepts(l)) {
                out.println(TIME.format(l.at()) + "  " + l.text());
            }
        }
        out.flush();
    }
}
