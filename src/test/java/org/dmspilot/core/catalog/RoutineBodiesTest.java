package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutineBodiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CREATE DEFINER=`a`@`%` FUNCTION `f`(x INT) RETURNS varchar(40) CHARSET utf8mb4 COLLATE utf8mb4_bin"
                + " NOT DETERMINISTIC COMMENT 'c; RETURN' RETURN CONCAT('a', x)|RETURN CONCAT('a', x)",
        "CREATE FUNCTION f() RETURNS INT UNSIGNED DETERMINISTIC NO SQL SQL SECURITY INVOKER BEGIN RETURN 1; END"
                + "|BEGIN RETURN 1; END",
        "CREATE FUNCTION f() RETURNS decimal(10,2) READS SQL DATA SELECT 1 INTO @x|SELECT 1 INTO @x",
        "CREATE PROCEDURE p(IN a INT, OUT b DECIMAL(5,2)) LANGUAGE SQL MODIFIES SQL DATA SET b = a|SET b = a",
        "CREATE PROCEDURE `p`() NOT DETERMINISTIC BEGIN END|BEGIN END",
        "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW FOLLOWS other SET NEW.a = 1|SET NEW.a = 1",
        "CREATE TRIGGER t AFTER DELETE ON x FOR EACH ROW BEGIN DELETE FROM y; END|BEGIN DELETE FROM y; END",
        "CREATE EVENT e ON SCHEDULE EVERY 1 DAY COMMENT 'DO not' DO DELETE FROM t|DELETE FROM t",
    })
    void bodyStartsAfterTheHeaderAndCharacteristics(String statement, String body) {
        for (SqlGrammar g : SqlGrammar.values()) {
            var tokens = g.tokens(statement);
            int start = RoutineBodies.bodyStart(RoutineBodies.kind(tokens), tokens);
            assertThat(statement.substring(start)).as(g.name()).isEqualTo(body);
        }
    }
}
