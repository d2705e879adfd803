package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The source password, in every URL spelling the CLI accepts, never reaches a written file or the console. */
class SecretsNeverPrintedTest {
    static TestDatabase maria;

    @TempDir
    Path dir;

    @BeforeAll
    static void source() throws Exception {
        maria = Databases.newMariaDbDatabase("secrets_cli");
        maria.execute("CREATE TABLE t (id int PRIMARY KEY)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"userinfo", "PASSWORD="})
    void theSchemaScriptHeaderHoldsNoPassword(String spelling) throws Exception {
        // Issue 20 item 9: the password in schema.sql's header.
        String base = "jdbc:mysql://";
        String hostAndDb = maria.host() + ":" + maria.port() + "/" + maria.database();
        String url = spelling.equals("userinfo") ? base + maria.user() + ":" + maria.password() + "@" + hostAndDb
                : base + hostAndDb + "?user=" + maria.user() + "&PASSWORD=" + maria.password();
        Cli.Run r = Cli.run("convert", "--source", url, "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String script = Files.readString(dir.resolve("schema.sql"));
        assertThat(script).contains("CREATE TABLE").contains(maria.database()).doesNotContain(maria.password());
        assertThat(r.out() + r.err()).doesNotContain(maria.password());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "jdbc:mysql://(host=db1,port=3306,user=u,password=S3cret-pw)/shop",
        "jdbc:mysql://address=(host=db1)(password=S3cret-pw)/shop?user=u",
        "jdbc:mysql://u:S3cret-pw@db1,db2/shop",
        "jdbc:mysql://u:S3cret-pw@db1:70000/shop",
        "jdbc:mysql://u:S3cret-pw@db1/shop?password1=S3cret-pw",
    })
    void aRefusedUrlIsABadUsageErrorThatNeverEchoesThePassword(String url) {
        // Issue 20 item 9: the (host=...,password=PW) form echoed PW on stderr.
        Cli.Run r = Cli.run("catalog", "--source", url);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Error: ").doesNotContain("S3cret-pw").doesNotContain("\tat ");
    }
}
