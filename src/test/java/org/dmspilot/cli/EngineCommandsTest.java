package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.model.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dmspilot migrate --mode full-load} and {@code dmspilot validate --json} end to end on shopwave, on MariaDB
 * and on Oracle MySQL (the CLI's own connections: MySQL Connector/J, caching_sha2_password over TLS).
 */
class EngineCommandsTest {
    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = DmsPilotCommand.commandLine(r -> {
        });
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void migrateConvertsLoadsAndValidateReportsIdenticalThenFindsAChangedRow(Engine engine) throws Exception {
        TestDatabase maria = Databases.newSourceDatabase(engine, "engine_cli");
        try (Connection c = maria.connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            Shopwave.load(c);
        }
        TestDatabase pg = Databases.newPostgresDatabase("engine_cli_target");
        Result m = run("migrate", "--source", maria.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--mode", "full-load", "--workers", "2");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.out()).contains("Converted " + maria.database()).contains("Loaded ")
                .contains("CDC start position: ");
        Result v = run("validate", "--source", maria.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--json");
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("\"identical\" : true").contains("\"sourceRows\"")
                .contains("\"mismatchingKeys\"");
        pg.execute("UPDATE " + maria.database() + ".customers SET email = 'x@example.org' WHERE id = 2");
        Result changed = run("validate", "--source", maria.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--json");
        assertThat(changed.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(changed.out()).contains("\"identical\" : false").contains("\"2\"");
        assertThat(m.out() + m.err() + v.out() + v.err() + changed.out() + changed.err())
                .doesNotContain(Databases.ADMIN_PASSWORD);
    }

    @Test
    void anUnknownModeIsAUsageError() {
        Result r = run("migrate", "--source", "jdbc:mysql://h/db", "--target", "jdbc:postgresql://h/db", "--mode",
                "sideways");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("full-load, cdc or full-load-and-cdc");
    }
}
