package org.dmspilot.cli;

import java.util.concurrent.Callable;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsCutoverBackend;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.PasswordSource;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dms cutover}: the checklist from CloudWatch, DMS statistics and both databases, then the guided steps. */
@Command(name = "cutover", description = "Evaluate the cutover checklist and guide the cutover step by step.",
        mixinStandardHelpOptions = true)
final class DmsCutoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Mixin
    CutoverConsole console;

    @Option(names = "--threshold", defaultValue = "5", description = "Target latency threshold in seconds "
            + "(default ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
        Project project = options.loadProject();
        if (project.source() == null || project.target() == null) {
            throw new DmsPilotException("The project " + options.project + " has no source or no target connection.");
        }
        DmsState state = options.loadState(project);
        PasswordSource passwords = options.passwords(project);
        CutoverSettings defaults = CutoverSettings.defaults();
        DrainSettings drain = options.pollIntervalMs == null ? DrainSettings.defaults() : new DrainSettings(1,
                options.timing().pollInterval(), DrainSettings.defaults().timeout());
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing());
                CutoverRun run = new CutoverRun(new DmsCutoverBackend(aws, options.plan(project, state), state,
                        options.timing()), new CutoverConnections(factory(project.source(), ConnectionRole.SOURCE,
                        passwords), factory(project.target(), ConnectionRole.TARGET, passwords),
                        project.source().database(), project.target()), CutoverLog.open(options.project),
                        new CutoverSettings(threshold, defaults.stableFor(), defaults.maxSampleGap()), drain)) {
            return console.run(run, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    Prompts.stdin());
        }
    }

    static org.dmspilot.core.engine.ConnectionFactory factory(ConnectionProfile profile, ConnectionRole role,
            PasswordSource passwords) {
        char[] password = passwords.password(role).map(String::toCharArray).orElseThrow(() -> new DmsPilotException(
                "No password for the " + role.name().toLowerCase(java.util.Locale.ROOT) + " database: give --"
                        + role.name().toLowerCase(java.util.Locale.ROOT) + "-password-file or set "
                        + role.passwordEnvVar() + "."));
        return EngineConnections.factory(profile, password);
    }
}
