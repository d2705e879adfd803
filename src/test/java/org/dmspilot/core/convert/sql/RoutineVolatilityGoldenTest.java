package org.dmspilot.core.convert.sql;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs for what a routine declares about itself in PostgreSQL (docs/conversion-sql.md, "Functions and
 * procedures"): volatility from the body, transaction control, result sets as refcursors. Each output is also created
 * on PostgreSQL.
 */
class RoutineVolatilityGoldenTest extends GoldenPostgres {
    @Test
    void deterministicFunctionWithoutTablesIsImmutableAndASingleStatementBodyBecomesABlock() throws Exception {
        golden(routine(function("f_immutable", List.of(in("x", "int")), "int", true, """
                RETURN x * 2""")), """
                CREATE OR REPLACE FUNCTION s.f_immutable(x integer) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    RETURN x * 2;
                END;
                $body$;
                """);
    }

    @Test
    void functionReadingTablesOrTheClockIsStable() throws Exception {
        golden(routine(function("f_stable", List.of(), "int", false, """
                BEGIN
                  RETURN (SELECT COUNT(*) FROM items WHERE updated_at < NOW());
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_stable() RETURNS integer
                LANGUAGE plpgsql STABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    RETURN (SELECT COUNT(*) FROM s.items WHERE updated_at < LOCALTIMESTAMP(0));
                END;
                $body$;
                """);
    }

    @Test
    void deterministicFunctionCallingRandIsVolatileWithAnActionItem() throws Exception {
        ConvertedSql sql = routine(function("f_volatile", List.of(), "double", true, """
                BEGIN
                  RETURN RAND();
                END"""));
        actionItems(sql, "ROUTINE-DETERMINISTIC");
        golden(sql, """
                -- DMS Pilot: ROUTINE-DETERMINISTIC: DETERMINISTIC but changes data or calls volatile functions: VOLATILE.
                CREATE OR REPLACE FUNCTION s.f_volatile() RETURNS double precision
                LANGUAGE plpgsql VOLATILE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    RETURN random();
                END;
                $body$;
                """);
    }

    @Test
    void transactionControlInAProcedure() throws Exception {
        ConvertedSql sql = routine(procedure("p_tx", List.of(in("p_sku", "varchar(10)")), """
                BEGIN
                  START TRANSACTION;
                  UPDATE stock SET qty = qty - 1 WHERE sku = p_sku;
                  IF (SELECT qty FROM stock WHERE sku = p_sku) < 0 THEN
                    ROLLBACK;
                  ELSE
                    COMMIT;
                  END IF;
                END"""));
        actionItems(sql, "ROUTINE-TRANSACTION");
        golden(sql, """
                -- DMS Pilot: ROUTINE-TRANSACTION (line 2): START TRANSACTION removed.
                CREATE OR REPLACE PROCEDURE s.p_tx(IN p_sku varchar(10))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    -- DMS Pilot: ROUTINE-TRANSACTION: START TRANSACTION removed (PostgreSQL manages it here)
                    UPDATE s.stock SET qty = qty - 1 WHERE sku = p_sku;
                    IF (SELECT qty FROM s.stock WHERE sku = p_sku) < 0 THEN
                        ROLLBACK;
                    ELSE
                        COMMIT;
                    END IF;
                END;
                $body$;
                """);
    }

    @Test
    void selectWithoutIntoInAProcedureReturnsARefcursor() throws Exception {
        ConvertedSql sql = routine(procedure("p_result", List.of(in("p_min", "int")), """
                BEGIN
                  SELECT id, name FROM items WHERE qty >= p_min ORDER BY id;
                  SELECT COUNT(*) FROM stock;
                END"""));
        actionItems(sql, "ROUTINE-RESULT-SET", "ROUTINE-RESULT-SET");
        golden(sql, """
                -- DMS Pilot: ROUTINE-RESULT-SET (line 2): SELECT returns rows to the caller; now refcursor dms_result_1.
                -- DMS Pilot: ROUTINE-RESULT-SET (line 3): SELECT returns rows to the caller; now refcursor dms_result_2.
                CREATE OR REPLACE PROCEDURE s.p_result(IN p_min integer, INOUT dms_result_1 refcursor DEFAULT NULL, INOUT dms_result_2 refcursor DEFAULT NULL)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    -- DMS Pilot: ROUTINE-RESULT-SET: rows are returned in refcursor dms_result_1
                    OPEN dms_result_1 FOR SELECT id, name FROM s.items WHERE qty >= p_min ORDER BY id;
                    -- DMS Pilot: ROUTINE-RESULT-SET: rows are returned in refcursor dms_result_2
                    OPEN dms_result_2 FOR SELECT COUNT(*) FROM s.stock;
                END;
                $body$;
                """);
    }
}
