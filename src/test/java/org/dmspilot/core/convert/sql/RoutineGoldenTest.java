package org.dmspilot.core.convert.sql;

import java.util.List;
import org.dmspilot.model.catalog.Routine.Mode;
import org.dmspilot.model.catalog.Routine.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs for functions and procedures: parameters, return types, variables and control flow
 * (docs/conversion-sql.md, "Functions and procedures"). MySQL routine in, the whole PL/pgSQL out; each output is also
 * created on PostgreSQL.
 */
class RoutineGoldenTest extends GoldenPostgres {
    @Test
    void inOutAndInoutParametersKeepTheirModesAndMappedTypes() throws Exception {
        golden(routine(procedure("p_modes", List.of(in("a", "int"), new Parameter("b", Mode.OUT, "varchar(20)"),
                new Parameter("c", Mode.INOUT, "decimal(10,2)")), """
                BEGIN
                  SET b = CONCAT('n', a);
                  SET c = c + a;
                END""")), """
                CREATE OR REPLACE PROCEDURE s.p_modes(IN a integer, OUT b varchar(20), INOUT c numeric(10,2))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    b := ('n' || a::text);
                    c := c + a;
                END;
                $body$;
                """);
    }

    @Test
    void functionReturnTypeIsMapped() throws Exception {
        golden(routine(function("f_flag", List.of(in("p", "tinyint(1)"), in("kind", "enum('a','b')")),
                "datetime", true, """
                BEGIN
                  RETURN '2024-01-01 10:00:00';
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_flag(p integer, kind text) RETURNS timestamp
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    RETURN '2024-01-01 10:00:00';
                END;
                $body$;
                """);
    }

    @Test
    void declareWithDefaultAndSetBecomeDeclareSectionAndAssignments() throws Exception {
        golden(routine(function("f_declare", List.of(in("n", "int")), "int", true, """
                BEGIN
                  DECLARE i, j INT DEFAULT 1;
                  DECLARE ok BOOLEAN DEFAULT 0;
                  DECLARE label VARCHAR(10);
                  SET ok = 1, i = n * 2;
                  SET label = 'x';
                  IF ok THEN
                    SET j = i + 1;
                  END IF;
                  RETURN j;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_declare(n integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        i integer := 1;
                        j integer := 1;
                        ok boolean := false;
                        label varchar(10);
                    BEGIN
                        ok := true;
                        i := n * 2;
                        label := 'x';
                        IF ok THEN
                            j := i + 1;
                        END IF;
                        RETURN j;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void ifElseifElseBecomesIfElsif() throws Exception {
        golden(routine(function("f_grade", List.of(in("score", "int")), "char(1)", true, """
                BEGIN
                  IF score >= 90 THEN
                    RETURN 'A';
                  ELSEIF score >= 50 THEN
                    RETURN 'B';
                  ELSE
                    RETURN 'C';
                  END IF;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_grade(score integer) RETURNS char(1)
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    IF score >= 90 THEN
                        RETURN 'A';
                    ELSIF score >= 50 THEN
                        RETURN 'B';
                    ELSE
                        RETURN 'C';
                    END IF;
                END;
                $body$;
                """);
    }

    @Test
    void numericConditionIsComparedWithZero() throws Exception {
        golden(routine(function("f_nonzero", List.of(in("v", "int")), "int", true, """
                BEGIN
                  IF v THEN
                    RETURN 1;
                  END IF;
                  WHILE v DO
                    SET v = v - 1;
                  END WHILE;
                  RETURN 0;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_nonzero(v integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    IF (v <> 0) THEN
                        RETURN 1;
                    END IF;
                    WHILE (v <> 0) LOOP
                        v := v - 1;
                    END LOOP;
                    RETURN 0;
                END;
                $body$;
                """);
    }

    @Test
    void caseStatementSimpleAndSearched() throws Exception {
        golden(routine(function("f_case", List.of(in("k", "int")), "varchar(10)", true, """
                BEGIN
                  DECLARE r VARCHAR(10);
                  CASE k
                    WHEN 1 THEN SET r = 'one';
                    WHEN 2 THEN SET r = 'two';
                    ELSE SET r = 'many';
                  END CASE;
                  CASE
                    WHEN k < 0 THEN SET r = 'neg';
                  END CASE;
                  RETURN r;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_case(k integer) RETURNS varchar(10)
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        r varchar(10);
                    BEGIN
                        CASE k
                        WHEN 1 THEN
                            r := 'one';
                        WHEN 2 THEN
                            r := 'two';
                        ELSE
                            r := 'many';
                        END CASE;
                        CASE
                        WHEN k < 0 THEN
                            r := 'neg';
                        END CASE;
                        RETURN r;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void whileLoopBecomesWhileLoop() throws Exception {
        golden(routine(function("f_while", List.of(in("n", "int")), "int", true, """
                BEGIN
                  DECLARE s INT DEFAULT 0;
                  w: WHILE n > 0 DO
                    SET s = s + n;
                    SET n = n - 1;
                  END WHILE w;
                  RETURN s;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_while(n integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        s integer := 0;
                    BEGIN
                        <<w>>
                        WHILE n > 0 LOOP
                            s := s + n;
                            n := n - 1;
                        END LOOP w;
                        RETURN s;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void repeatUntilBecomesLoopWithExitWhen() throws Exception {
        golden(routine(function("f_repeat", List.of(in("n", "int")), "int", true, """
                BEGIN
                  DECLARE s INT DEFAULT 0;
                  REPEAT
                    SET s = s + 1;
                  UNTIL s >= n END REPEAT;
                  RETURN s;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_repeat(n integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        s integer := 0;
                    BEGIN
                        <<dms_repeat_1>>
                        LOOP
                            s := s + 1;
                            EXIT dms_repeat_1 WHEN s >= n;
                        END LOOP dms_repeat_1;
                        RETURN s;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void labelledLoopWithLeaveAndIterateBecomesExitAndContinue() throws Exception {
        golden(routine(function("f_loop", List.of(in("n", "int")), "int", true, """
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  DECLARE odd INT DEFAULT 0;
                  outer_loop: LOOP
                    SET i = i + 1;
                    IF i > n THEN
                      LEAVE outer_loop;
                    END IF;
                    IF MOD(i, 2) = 0 THEN
                      ITERATE outer_loop;
                    END IF;
                    SET odd = odd + 1;
                  END LOOP outer_loop;
                  RETURN odd;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_loop(n integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        i integer := 0;
                        odd integer := 0;
                    BEGIN
                        <<outer_loop>>
                        LOOP
                            i := i + 1;
                            IF i > n THEN
                                EXIT outer_loop;
                            END IF;
                            IF i % NULLIF(2, 0) = 0 THEN
                                CONTINUE outer_loop;
                            END IF;
                            odd := odd + 1;
                        END LOOP outer_loop;
                        RETURN odd;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void nestedBlockWithItsOwnDeclarationsBecomesNestedBlock() throws Exception {
        golden(routine(function("f_block", List.of(in("n", "int")), "int", true, """
                BEGIN
                  DECLARE a INT DEFAULT n;
                  inner_block: BEGIN
                    DECLARE b INT DEFAULT 2;
                    IF a > 10 THEN
                      LEAVE inner_block;
                    END IF;
                    SET a = a * b;
                  END inner_block;
                  RETURN a;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_block(n integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        a integer := n;
                    BEGIN
                        <<inner_block>>
                        DECLARE
                            b integer := 2;
                        BEGIN
                            IF a > 10 THEN
                                EXIT inner_block;
                            END IF;
                            a := a * b;
                        END inner_block;
                        RETURN a;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void callIsQualifiedWithTheSchema() throws Exception {
        golden(routine(procedure("p_call", List.of(in("a", "int")), """
                BEGIN
                  CALL p_log(a);
                END""")), """
                CREATE OR REPLACE PROCEDURE s.p_call(IN a integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    CALL s.p_log(a);
                END;
                $body$;
                """);
    }
}
