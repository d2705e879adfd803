package org.dmspilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.core.readiness.ReadinessChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot readiness --source <jdbc-url> [--schema S] [--json]}; exit 1 when a check fails. */
@Command(name = "readiness", mixinStandardHelpOptions = true,
        description = {"Check a live source for what a migration with CDC needs (binary log, privileges, tables).",
                "Exit code 0 when nothing fails, 1 when a check fails."})
final class ReadinessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "<jdbc-url>",
            description = "JDBC URL of the source, as the migration user.")
    String source;

    @Option(names = "--schema", paramLabel = "S", description = "Schema to migrate (repeatable). Default: the URL's "
            + "database, else every non-system schema.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--json", description = "Print {\"checks\":[{\"id\",\"status\",\"found\",\"why\",\"fix\"}]}.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (!SourceAccess.isJdbcUrl(source)) {
            throw new DmsPilotException("Readiness checks need a live source (a jdbc:mysql:// or jdbc:mariadb:// "
                    + "URL); " + source + " is not one.");
        }
        ParsedConnection parsed = SourceAccess.parse(source);
        List<String> wanted = schemas.isEmpty() && parsed.profile().database() != null
                ? List.of(parsed.profile().database()) : schemas;
        List<CheckResult> results;
        try (ConnectionHandle handle = SourceAccess.open(parsed)) {
            results = ReadinessChecker.run(handle.connection(), wanted,
                    new ConsoleProgress(spec.commandLine().getErr(), json));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> checks = new ArrayList<>();
            for (CheckResult r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("title", r.title());
                m.put("status", r.status().name().toLowerCase(Locale.ROOT));
                m.put("found", r.found());
                m.put("why", r.why());
                m.put("fix", r.fix());
                checks.add(m);
            }
            out.println(ProjectFiles.mapper().writeValueAsString(Map.of("checks", checks)));
        } else {
            printHuman(out, results);
        }
        out.flush();
        return ReadinessChecker.anyFailed(results) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static void printHuman(PrintWriter out, List<CheckResult> results) {
        for (CheckResult r : results) {
            out.printf("%-4s %-28s %s%n", r.status(), r.id(), r.found());
            if (r.status() != CheckStatus.PASS) {
                out.printf("     why: %s%n", r.why());
                for (String line : r.fix().split("\n")) {
                    out.printf("     fix: %s%n", line);
                }
            }
        }
        long failed = results.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
        long warned = results.stream().filter(r -> r.status() == CheckStatus.WARN).count();
        out.printf("%n%d checks: %d failed, %d warnings.%n", results.size(), failed, warned);
    }
}
