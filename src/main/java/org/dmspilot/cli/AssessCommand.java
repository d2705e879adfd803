package org.dmspilot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.Assessments;
import org.dmspilot.core.report.CodeObjectState;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.core.report.ReportWriter;
import org.dmspilot.core.verify.ObjectProbes;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.convert.ConversionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot assess --source <jdbc-url | dump.sql | project> --out DIR --format html,pdf,csv}. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Write the assessment report (HTML, PDF, CSV) for a live source, a dump file or a project.",
                "Offline sources (dump, project) need no server; a live source also gets the readiness checks."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "URL|DUMP|PROJECT",
            description = "jdbc:mysql://host:port/db?user=..&password=.., a mysqldump file, or a project file.")
    String source;

    @Option(names = "--schema", paramLabel = "S", description = "Only this schema (repeatable).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the report files go.")
    Path out;

    @Option(names = "--format", defaultValue = "html,pdf,csv", paramLabel = "LIST",
            description = "Comma-separated: html, pdf, csv (default: all three).")
    String format;

    @Option(names = "--project", paramLabel = "FILE",
            description = "Convert with the options and mapping rules stored in this project file.")
    Path project;

    @Option(names = "--target", paramLabel = "URL", description = {"jdbc:postgresql://host:port/db?user=..: verify"
            + " the views, functions (and with --probe-writes procedures and triggers) by applying them there and"
            + " probing them against the live source.", "A schema the target does not have is applied, loaded and"
            + " probed in a transaction that is rolled back; one it has (after migrate) is probed as it is."})
    String target;

    @Option(names = "--probe-writes", description = "With --target: probe procedures and triggers too. Their DML"
            + " runs on the source in a transaction that is rolled back (MyISAM tables and AUTO_INCREMENT counters"
            + " are not rolled back by MySQL).")
    boolean probeWrites;

    @Override
    public Integer call() {
        if (target != null && !SourceAccess.isJdbcUrl(source)) {
            spec.commandLine().getErr().println("--target needs a live --source (a jdbc:mysql:// or jdbc:mariadb://"
                    + " URL): the code objects are probed against it.");
            return ExitCodes.USAGE;
        }
        if (probeWrites && target == null) {
            spec.commandLine().getErr().println("--probe-writes needs --target jdbc:postgresql://...");
            return ExitCodes.USAGE;
        }
        var formats = ReportFormat.parseList(format);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        SourceArgument.Loaded loaded = SourceArgument.load(source, schemas, progress);
        ConversionSettings settings = settings();
        Assessment assessment;
        if (loaded.live().isPresent()) {
            try (ConnectionHandle handle = SourceAccess.open(loaded.live().get())) {
                if (target == null) {
                    assessment = Assessments.live(handle.connection(), loaded.catalog(), settings,
                            new SqlPrograms(), progress);
                } else {
                    ParsedConnection t = JdbcUrls.parse(target, ConnectionRole.TARGET);
                    try (ConnectionHandle targetHandle = new DatabaseConnector().open(t.profile(), t.password())) {
                        assessment = Assessments.live(handle.connection(), loaded.catalog(), settings,
                                new SqlPrograms(), targetHandle.connection(), probeWrites
                                        ? ObjectProbes.Scope.READS_AND_WRITES : ObjectProbes.Scope.READS, progress);
                    }
                }
            }
        } else {
            assessment = Assessments.offline(loaded.catalog(), settings, new SqlPrograms(), progress);
        }
        List<Path> files = ReportWriter.write(assessment, out, formats, progress);
        PrintWriter o = spec.commandLine().getOut();
        o.println(summary(assessment));
        o.println("Wrote " + files.size() + " file(s) to " + out + ":");
        files.forEach(f -> o.println("  " + f.getFileName()));
        o.flush();
        return ExitCodes.OK;
    }

    private ConversionSettings settings() {
        if (project != null) {
            return ProjectFiles.load(project).conversion();
        }
        if (!SourceAccess.isJdbcUrl(source) && source.endsWith(ProjectFiles.SUFFIX)) {
            return ProjectFiles.load(Path.of(source)).conversion();
        }
        return ConversionSettings.defaults();
    }

    static String summary(Assessment a) {
        return String.format(Locale.ROOT, "Assessment: %d objects, %.1f %% converted automatically (%.1f %% of lines"
                + " of code), %d action items, estimated effort %.1f h%s.%n"
                + "Code objects: %d, %.1f %% verified equivalent (%d verified equivalent, %d converted but not"
                + " verified, %d need work). %s", a.totalObjects(),
                a.percentObjectsAutomatic(), a.percentLinesAutomatic(), a.items().size(), a.effort().hours(),
                a.readinessRun() ? ", readiness checked" : ", offline (no readiness checks)",
                a.codeObjects().size(), a.percentVerified(), a.codeObjects(CodeObjectState.VERIFIED_EQUIVALENT),
                a.codeObjects(CodeObjectState.CONVERTED_NOT_VERIFIED), a.codeObjects(CodeObjectState.NEEDS_WORK),
                a.verification());
    }
}
