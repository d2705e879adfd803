package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Routine.Mode;
import org.dmspilot.model.catalog.Routine.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MySQL's XOR is logical on numbers ({@code 1 XOR 2} is 0: both sides are true); the conversion gives the same answer
 * on PostgreSQL for integer variables, literals and NULL, not the inequality of the two numbers.
 */
class XorExecutionTest {
    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void xorOfIntegersIsLogicalOnBothEngines(Engine source) throws Exception {
        try (TwoEngines db = new TwoEngines(source, "xor")) {
            Routine r = new Routine("fn_xor", Routine.Type.FUNCTION, List.of(new Parameter("a", Mode.IN, "int"),
                    new Parameter("b", Mode.IN, "int")), "varchar(10)", """
                    BEGIN
                      IF (a XOR b) IS NULL THEN RETURN 'null'; END IF;
                      IF a XOR b THEN RETURN 'one'; END IF;
                      IF 1 XOR 2 THEN RETURN 'literal'; END IF;
                      RETURN 'none';
                    END""", true, "CONTAINS SQL", "DEFINER", null, null, null);
            db.mariadb("CREATE FUNCTION fn_xor(a int, b int) RETURNS varchar(10) DETERMINISTIC\n" + r.body());
            db.postgres(SqlTranslator.routine(db.schema, r, (s, t) -> Optional.empty()).sql());
            for (String args : List.of("1, 2", "1, 0", "0, 2", "0, 0", "-1, 5", "NULL, 1", "3, NULL")) {
                String query = "SELECT fn_xor(" + args + ")";
                assertThat(db.postgresRows(query)).as(query).isEqualTo(db.mariadbRows(query));
            }
            assertThat(db.mariadbRows("SELECT fn_xor(1, 2)")).containsExactly(List.of("none"));
        }
    }
}
