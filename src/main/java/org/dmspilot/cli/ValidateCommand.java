package org.dmspilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.resync.Resync;
import org.dmspilot.core.validate.TableReport;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot validate}: counts and chunked checksums of source and target; exit 0 only when identical. */
@Command(name = "validate", description = "Compare source and target row by row.", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions db;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--workers", defaultValue = "4", description = "Parallel chunk checks (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--chunk-rows", defaultValue = "100000", description = "Rows per primary-key chunk.")
    long chunkRows;

    @Option(names = "--resync", description = "Copy the rows that differ again from the source (deletes, inserts and"
            + " updates on the target, in key chunks, fenced against a running local CDC), then validate those"
            + " tables again; tables without a primary key are copied whole after a confirmation.")
    boolean resync;

    @Option(names = "--yes", description = "With --resync: copy tables without a primary key whole without asking.")
    boolean yes;

    @Option(names = "--keys-per-chunk", defaultValue = "1000", description = "With --resync: keys per target"
            + " transaction (default ${DEFAULT-VALUE}).")
    int keysPerChunk;

    @Override
    public Integer call() throws Exception {
        if (resync) {
            return resync();
        }
        var out = spec.commandLine().getOut();
        ParsedConnection src = db.src();
        ParsedConnection tgt = db.tgt();
        String sourceSchema = db.schema();
        if (workers < 1 || chunkRows < 1) {
            throw new DmsPilotException("--workers and --chunk-rows must be positive.");
        }
        ValidationReport report = new Validator(EngineConnections.factory(src), EngineConnections.factory(tgt),
                workers, chunkRows, db.selection()).validate(sourceSchema, new ConsoleProgress(spec.commandLine().getErr()));
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    asJson(report)));
        } else {
            for (TableReport t : report.tables()) {
                out.println((t.identical() ? "identical  " : "DIFFERENT  ") + t.table() + ": rows " + t.sourceRows()
                        + " / " + t.targetRows() + ", chunks " + t.chunks() + (t.mismatchingKeys().isEmpty() ? ""
                        : ", keys " + t.mismatchingKeys()));
                t.columnProblems().forEach(p -> out.println("           " + p));
            }
            out.println(report.identical() ? "Identical." : "Source and target differ.");
        }
        out.flush();
        return report.identical() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private int resync() {
        var out = spec.commandLine().getOut();
        ParsedConnection src = db.src();
        ParsedConnection tgt = db.tgt();
        String sourceSchema = db.schema();
        if (workers < 1 || chunkRows < 1 || keysPerChunk < 1) {
            throw new DmsPilotException("--workers, --chunk-rows and --keys-per-chunk must be positive.");
        }
        var reader = Prompts.stdin();
        Resync.Result r = new Resync(EngineConnections.factory(src), EngineConnections.factory(tgt), workers,
                chunkRows, db.selection(), keysPerChunk).run(sourceSchema,
                table -> yes || Prompts.confirm(out, reader, "Table " + table + " has no primary key: copy it"
                        + " whole from the source (its target rows are replaced)?"),
                new ConsoleProgress(spec.commandLine().getErr()));
        if (r.repairs().isEmpty() && r.skipped().isEmpty()) {
            out.println("Identical: nothing to resync.");
        }
        for (Resync.Repair repair : r.repairs()) {
            out.println("resynced   " + repair.table() + ": " + repair.rows() + (repair.wholeTable()
                    ? " rows (whole table)" : " keys"));
        }
        r.skipped().forEach(t -> out.println("skipped    " + t + " (no primary key, not confirmed)"));
        for (TableReport t : r.after().tables()) {
            out.println((t.identical() ? "identical  " : "DIFFERENT  ") + t.table() + ": rows " + t.sourceRows()
                    + " / " + t.targetRows() + (t.mismatchingKeys().isEmpty() ? "" : ", keys "
                    + t.mismatchingKeys()));
        }
        out.println(r.repaired() ? "Resynced: the repaired tables validate identical."
                : "Source and target still differ.");
        out.flush();
        return r.repaired() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Map<String, Object> asJson(ValidationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", report.schema());
        root.put("identical", report.identical());
        root.put("millis", report.millis());
        List<Map<String, Object>> tables = report.tables().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", t.table());
            m.put("identical", t.identical());
            m.put("sourceRows", t.sourceRows());
            m.put("targetRows", t.targetRows());
            m.put("chunks", t.chunks());
            m.put("mismatchedChunks", t.mismatchedChunks());
            m.put("mismatchingKeys", t.mismatchingKeys());
            m.put("columnProblems", t.columnProblems());
            return m;
        }).toList();
        root.put("tables", tables);
        return root;
    }
}
