package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.SqlScriptWriter;
import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.MariaDbDump;
import org.dmspilot.testsupport.Psql;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmspilot convert} on shopwave: live with --apply, and from a dump of the same schema. */
class ConvertCommandTest {
    static TestDatabase maria;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadShopwave() throws Exception {
        maria = Databases.newMariaDbDatabase("convert_cli");
        try (Connection c = maria.connect()) {
            Shopwave.load(c);
        }
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void liveSourceConvertsWritesTheScriptAndAppliesItToTheTarget() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("convert_cli_target");
        Cli.Run r = run("convert", "--source", maria.jdbcUrlWithCredentials(), "--out", dir.toString(), "--apply",
                "--target", pg.jdbcUrlWithCredentials());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 1 file(s)").containsPattern("Applied (\\d+) of \\1 statements")
                .doesNotContain("Not applied");
        assertThat(dir.resolve("schema.sql")).exists();
        assertThat(r.out() + r.err()).doesNotContain(Databases.ADMIN_PASSWORD);
        assertThat(Files.readString(dir.resolve("schema.sql"))).doesNotContain(Databases.ADMIN_PASSWORD);
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + maria.database()
                        + "' AND table_type = 'BASE TABLE'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(Shopwave.ROW_COUNTS.size());
        }
    }

    @Test
    void allOrNothingAppliesInOneTransaction() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("convert_cli_single");
        Cli.Run r = run("convert", "--source", maria.jdbcUrlWithCredentials(), "--out", dir.toString(), "--apply",
                "--all-or-nothing", "--target", pg.jdbcUrlWithCredentials());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("in one transaction");
    }

    @Test
    void anObjectPostgresqlRefusesIsNamedTheRestIsAppliedAndTheExitCodeSaysSo() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("convert_cli_partial");
        pg.execute("CREATE SCHEMA \"" + maria.database() + "\"", "CREATE TABLE \"" + maria.database()
                + "\".customers (taken int)"); // the target already has a different customers table
        Cli.Run r = run("convert", "--source", maria.jdbcUrlWithCredentials(), "--out", dir.toString(), "--apply",
                "--target", pg.jdbcUrlWithCredentials());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("Not applied").contains("APPLY-FAILED").contains(".customers")
                .contains("already exists");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + maria.database()
                        + "' AND table_type = 'BASE TABLE'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThan(1);
        }
    }

    @Test
    void aDumpOfTheSameSchemaGivesTheSameScriptAsTheLiveServer() throws Exception {
        Path dump = MariaDbDump.dump(maria, dir.resolve("shopwave.sql"), true);
        var live = SourceArgument.load(maria.jdbcUrlWithCredentials(), java.util.List.of(), ProgressListener.NONE).catalog();
        var offline = SourceArgument.load(dump.toString(), maria.database(), ProgressListener.NONE).catalog();
        Converter converter = new Converter(ConversionOptions.defaults(), new SqlExpressions("test"),
                ProgramConverter.NOT_CONVERTED, MappingRules.none());
        String liveScript = SqlScriptWriter.script(converter.convert(live, s -> FactsSource.NONE,
                ProgressListener.NONE).statements(), "x");
        String dumpScript = SqlScriptWriter.script(converter.convert(offline, s -> FactsSource.NONE,
                ProgressListener.NONE).statements(), "x");
        assertThat(dumpScript).isEqualTo(liveScript);
        assertThat(liveScript).contains("CREATE TABLE");
    }

    @Test
    void aMissingSourceFileIsAClearError() {
        Cli.Run r = run("convert", "--source", dir.resolve("nope.sql").toString(), "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("nope.sql").contains("neither a JDBC URL");
    }

    @Test
    void theSingleFileScriptRunsInPsql() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("convert_psql");
        Cli.Run r = run("convert", "--source", maria.jdbcUrlWithCredentials(), "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        ProcessBuilder psql = new ProcessBuilder(Psql.command("-X", "-q", "-h", pg.host(), "-p",
                String.valueOf(pg.port()), "-U", pg.user(), "-d", pg.database(), "-f",
                dir.resolve("schema.sql").toString())).redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", pg.password());
        Process p = psql.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).doesNotContain("ERROR");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + maria.database()
                        + "'), (SELECT count(*) FROM information_schema.routines WHERE routine_schema = '"
                        + maria.database() + "')")) {
            rs.next();
            assertThat(rs.getInt(1)).as("tables and views").isGreaterThanOrEqualTo(8);
            assertThat(rs.getInt(2)).as("functions, procedures, trigger functions").isGreaterThanOrEqualTo(4);
        }
    }
}
