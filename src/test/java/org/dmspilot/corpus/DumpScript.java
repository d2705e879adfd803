package org.dmspilot.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.SqlScriptWriter;
import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.MariaDbDump;
import org.dmspilot.testsupport.Psql;
import org.dmspilot.testsupport.TestDatabase;

/**
 * The offline path: the schema dumped by the server's own dump client (mariadb-dump of the embedded MariaDB, mysqldump
 * of the MySQL tree), converted from the file (no live facts: tinyint(1) stays smallint), written as one script and
 * run by psql with ON_ERROR_STOP into an empty database.
 */
final class DumpScript {
    private DumpScript() {
    }

    /**
     * psql's output when it stopped on an error, or null when the whole script ran.
     *
     * @param rules the DBA's mapping rules, the same as the live conversion's (sakila's GEOMETRY as bytea)
     */
    static String runInPsql(TestDatabase source, MappingRules rules) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("corpus-dump");
        Path dump = source.engine() == Engine.MYSQL
                ? Databases.mysql().dump(source.database(), dir.resolve("dump.sql"), false)
                : MariaDbDump.dump(source, dir.resolve("dump.sql"), false);
        var catalog = DumpCatalogReader.read(dump, source.database(), ProgressListener.NONE);
        var result = new Converter(ConversionOptions.defaults(), new SqlExpressions("dump"), new SqlPrograms(),
                rules).convert(catalog, s -> FactsSource.NONE, ProgressListener.NONE);
        Path script = SqlScriptWriter.write(result.statements(), dir.resolve("out"), SqlScriptWriter.Layout.SINGLE,
                "corpus dump").get(0);
        TestDatabase target = Databases.newPostgresDatabase("corpus_psql_" + source.database());
        ProcessBuilder psql = new ProcessBuilder(Psql.command("-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                target.host(), "-p", String.valueOf(target.port()), "-U", target.user(), "-d", target.database(),
                "-f", script.toString())).redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", target.password());
        Path log = dir.resolve("psql.log");
        Process p = psql.redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "psql did not finish in 5 minutes";
        }
        return p.exitValue() == 0 ? null : Files.readString(log);
    }
}
