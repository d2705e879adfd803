package org.dmspilot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.Assessments;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.core.report.ReportWriter;
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

    @Override
    public Integer call() {
        var formats = ReportFormat.parseList(format);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        SourceArgument.Loaded loaded = SourceArgument.load(source, schemas, progress);
        ConversionSettings settings = settings();
        Assessment assessment;
        if (loaded.live().isPresent()) {
            try (ConnectionHandle handle = SourceAccess.open(loaded.live().get())) {
                assessment = Assessments.live(handle.connection(), loaded.catalog(), settings,
                        new SqlPrograms(), progress);
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
                + " of code), %d action items, estimated effort %.1f h%s.", a.totalObjects(),
                a.percentObjectsAutomatic(), a.percentLinesAutomatic(), a.items().size(), a.effort().hours(),
                a.readinessRun() ? ", readiness checked" : ", offline (no readiness checks)");
    }
}
