package org.dmspilot.core.sqlparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MysqlScriptTest {

    private static List<String> texts(String script) {
        return MysqlScript.statements(script, "t.sql").stream().map(MysqlScript.Statement::text).toList();
    }

    @Test
    void splitsAtSemicolonsOutsideQuotesAndCommentsAndDropsCommentsBetweenStatements() {
        String script = """
                INSERT INTO t VALUES ('a;b', "c;d", `e;f`); -- a comment; with a semicolon
                # another; comment
                SELECT 'it''s; fine', 'back\\\\slash\\'; still quoted' /* block; comment */ FROM dual;
                """;

        assertThat(texts(script)).containsExactly(
                "INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`)",
                "SELECT 'it''s; fine', 'back\\\\slash\\'; still quoted' /* block; comment */ FROM dual");
    }

    @Test
    void delimiterLinesSwitchTheDelimiterForRoutineBodies() {
        String script = """
                CREATE TABLE t (id INT);
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1; -- the body keeps its comments
                  SELECT 2;
                END$$
                delimiter ;
                SELECT 3;
                """;

        assertThat(texts(script)).containsExactly(
                "CREATE TABLE t (id INT)",
                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1; -- the body keeps its comments\n  SELECT 2;\nEND",
                "SELECT 3");
    }

    @Test
    void dropsCommentOnlyPiecesAndKeepsALastStatementWithoutDelimiter() {
        assertThat(texts("-- only a comment\n;\n/* and another */ SELECT 1\n-- trailing"))
                .containsExactly("SELECT 1\n-- trailing");
    }

    @Test
    void aStreamedStatementWithoutItsDelimiterAtTheEndIsATruncatedFile() throws IOException {
        MysqlScript script = new MysqlScript(new StringReader("SELECT 0;\n/* a */ SELECT 1\n-- trailing"), "t.sql",
                null, Integer.MAX_VALUE);
        assertThat(script.next().text()).isEqualTo("SELECT 0");
        assertThatThrownBy(script::next).isInstanceOf(ScriptSyntaxException.class)
                .hasMessage("t.sql:2:9: the statement starting here is not terminated (the file ends; is it"
                        + " truncated?)");
    }

    @Test
    void aDelimiterWordInsideAStatementIsNotADirective() {
        assertThat(texts("SELECT 1 AS x\nDELIMITER ;")).containsExactly("SELECT 1 AS x\nDELIMITER");
    }

    @Test
    void rejectsADelimiterLineWithoutADelimiterNamingTheLine() {
        assertThatThrownBy(() -> texts("SELECT 1;\nDELIMITER  a b\nSELECT 1;"))
                .isInstanceOf(ScriptSyntaxException.class).hasMessage("t.sql:2:1: DELIMITER needs one delimiter string");
    }

    @Test
    void sourceLinesComeBackAsSourceStatementsWithTheirLine() {
        List<MysqlScript.Statement> statements = MysqlScript.statements("""
                CREATE TABLE t (id INT);
                  source load_t.dump ;
                SELECT 1;
                """, "t.sql");

        assertThat(statements).extracting(MysqlScript.Statement::keyword, MysqlScript.Statement::text,
                MysqlScript.Statement::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CREATE", "CREATE TABLE t (id INT)", 1),
                org.assertj.core.groups.Tuple.tuple("SOURCE", "load_t.dump", 2),
                org.assertj.core.groups.Tuple.tuple("SELECT", "SELECT 1", 3));
    }

    @Test
    void versionedCommentsAreCodeKeptAsWrittenOrUnwrappedKeepingColumns() throws IOException {
        String script = "/*!40101 SET NAMES utf8mb4 */;\n/*M!999999\\- enable the sandbox mode */\n"
                + "/*M!100100 SET a = 1 */;";
        assertThat(texts(script)).containsExactly("/*!40101 SET NAMES utf8mb4 */", "/*M!100100 SET a = 1 */");

        MysqlScript unwrapped = new MysqlScript(new StringReader(script), "t.sql", null, 100).unwrapVersioned();
        List<MysqlScript.Statement> out = new ArrayList<>();
        for (MysqlScript.Statement s = unwrapped.next(); s != null; s = unwrapped.next()) {
            out.add(s);
        }
        assertThat(out).extracting(MysqlScript.Statement::text).containsExactly("SET NAMES utf8mb4   ",
                "SET a = 1   ");
        assertThat(out).extracting(MysqlScript.Statement::keyword).containsExactly("SET", "SET");
        assertThat(out.get(0).column()).isEqualTo(10);
    }

    @Test
    void statementsNotKeptAreScannedButComeBackWithoutText() throws IOException {
        MysqlScript script = new MysqlScript(new StringReader("INSERT INTO t VALUES ('x;y');\nCREATE TABLE u (a INT);"),
                "t.sql", Set.of("CREATE"), 100);
        MysqlScript.Statement insert = script.next();
        MysqlScript.Statement create = script.next();

        assertThat(insert.keyword()).isEqualTo("INSERT");
        assertThat(insert.text()).isNull();
        assertThat(create.text()).isEqualTo("CREATE TABLE u (a INT)");
        assertThat(create.line()).isEqualTo(2);
        assertThat(script.next()).isNull();
    }
}
