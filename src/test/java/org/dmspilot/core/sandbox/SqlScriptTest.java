package org.dmspilot.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                INSERT INTO t VALUES ('a;b', "c;d", `e;f`); -- a comment; with a semicolon
                # another; comment
                SELECT 'it''s; fine', 'back\\\\slash\\'; still quoted' /* block; comment */ FROM dual;
                """;

        assertThat(SqlScript.statements(script)).containsExactly(
                "INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`)",
                "-- a comment; with a semicolon\n# another; comment\n"
                        + "SELECT 'it''s; fine', 'back\\\\slash\\'; still quoted' /* block; comment */ FROM dual");
    }

    @Test
    void delimiterLinesSwitchTheDelimiterForRoutineBodies() {
        String script = """
                CREATE TABLE t (id INT);
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                  SELECT 2;
                END$$
                delimiter ;
                SELECT 3;
                """;

        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE t (id INT)",
                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND",
                "SELECT 3");
    }

    @Test
    void dropsCommentOnlyPiecesAndKeepsALastStatementWithoutDelimiter() {
        assertThat(SqlScript.statements("-- only a comment\n;\n/* and another */ SELECT 1\n-- trailing"))
                .containsExactly("/* and another */ SELECT 1\n-- trailing");
    }

    @Test
    void aDelimiterWordInsideAStatementIsNotADirective() {
        assertThat(SqlScript.statements("SELECT 1 AS x\nDELIMITER ;"))
                .containsExactly("SELECT 1 AS x\nDELIMITER");
    }

    @Test
    void rejectsADelimiterLineWithoutADelimiter() {
        assertThatThrownBy(() -> SqlScript.statements("DELIMITER  a b\nSELECT 1;"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
