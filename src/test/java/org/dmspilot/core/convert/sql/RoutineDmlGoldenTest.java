package org.dmspilot.core.convert.sql;

import java.util.List;
import org.dmspilot.model.catalog.Routine.Mode;
import org.dmspilot.model.catalog.Routine.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs for statements inside routines: SELECT INTO, LAST_INSERT_ID(), ROW_COUNT(), upserts, INSERT IGNORE,
 * REPLACE, INSERT ... SET, dynamic SQL, temporary tables, user variables, transactions, result sets, statements that
 * are not converted, and volatility (docs/conversion-sql.md). Each output is also created on PostgreSQL.
 */
class RoutineDmlGoldenTest extends GoldenPostgres {
    @Test
    void selectIntoAFreshVariableAndIntoOneThatHoldsAValue() throws Exception {
        ConvertedSql sql = routine(function("f_select_into", List.of(in("p_id", "int")), "decimal(10,2)", false, """
                BEGIN
                  DECLARE v_price DECIMAL(10,2);
                  DECLARE v_fallback DECIMAL(10,2) DEFAULT -1;
                  SELECT price INTO v_price FROM items WHERE id = p_id;
                  SELECT price INTO v_fallback FROM items WHERE id = p_id + 1;
                  RETURN COALESCE(v_price, v_fallback);
                END"""));
        actionItems(sql);
        golden(sql, """
                CREATE OR REPLACE FUNCTION s.f_select_into(p_id integer) RETURNS numeric(10,2)
                LANGUAGE plpgsql VOLATILE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        v_price numeric(10,2);
                        v_fallback numeric(10,2) := -1;
                    BEGIN
                        SELECT price INTO v_price FROM s.items WHERE id = p_id;
                        FOR v_fallback IN SELECT price FROM s.items WHERE id = p_id + 1 LOOP
                            EXIT;
                        END LOOP;
                        RETURN COALESCE(v_price, v_fallback);
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void lastInsertIdAfterASingleRowInsertUsesReturning() throws Exception {
        ConvertedSql sql = routine(procedure("p_last_id", List.of(in("p_name", "varchar(40)"),
                new Parameter("p_id", Mode.OUT, "int")), """
                BEGIN
                  INSERT INTO items (name, qty) VALUES (p_name, 0);
                  SET p_id = LAST_INSERT_ID();
                END"""));
        actionItems(sql);
        golden(sql, """
                CREATE OR REPLACE PROCEDURE s.p_last_id(IN p_name varchar(40), OUT p_id integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                DECLARE
                    dms_last_insert_id bigint;
                BEGIN
                    INSERT INTO s.items (name, qty)
                    VALUES (p_name, 0)
                    RETURNING id INTO dms_last_insert_id;
                    p_id := dms_last_insert_id;
                END;
                $body$;
                """);
    }

    @Test
    void lastInsertIdWithoutAnInsertUsesLastval() throws Exception {
        ConvertedSql sql = routine(function("f_last_id", List.of(), "bigint", false, """
                BEGIN
                  RETURN LAST_INSERT_ID();
                END"""));
        actionItems(sql, "ROUTINE-LAST-INSERT-ID");
        golden(sql, """
                -- DMS Pilot: ROUTINE-LAST-INSERT-ID (line 2): LAST_INSERT_ID() without a preceding INSERT in this routine.
                CREATE OR REPLACE FUNCTION s.f_last_id() RETURNS bigint
                LANGUAGE plpgsql VOLATILE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    RETURN lastval();
                END;
                $body$;
                """);
    }

    @Test
    void rowCountReadsGetDiagnosticsAfterTheDml() throws Exception {
        ConvertedSql sql = routine(procedure("p_row_count", List.of(new Parameter("p_n", Mode.OUT, "int")), """
                BEGIN
                  UPDATE stock SET qty = qty + 1 WHERE qty > 0;
                  SET p_n = ROW_COUNT();
                END"""));
        golden(sql, """
                CREATE OR REPLACE PROCEDURE s.p_row_count(OUT p_n integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                DECLARE
                    dms_row_count bigint := 0;
                BEGIN
                    UPDATE s.stock SET qty = qty + 1 WHERE qty > 0;
                    GET DIAGNOSTICS dms_row_count = ROW_COUNT;
                    p_n := dms_row_count;
                END;
                $body$;
                """);
    }

    @Test
    void onDuplicateKeyUpdateWithValuesBecomesOnConflict() throws Exception {
        ConvertedSql sql = routine(procedure("p_upsert", List.of(in("p_sku", "varchar(10)"), in("p_qty", "int")), """
                BEGIN
                  INSERT INTO stock (sku, qty) VALUES (p_sku, p_qty)
                    ON DUPLICATE KEY UPDATE qty = VALUES(qty) + qty;
                END"""));
        actionItems(sql);
        golden(sql, """
                CREATE OR REPLACE PROCEDURE s.p_upsert(IN p_sku varchar(10), IN p_qty integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, p_qty)
                    ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty + stock.qty;
                END;
                $body$;
                """);
    }

    @Test
    void upsertOnATableWithSeveralUniqueKeysUsesThePrimaryKey() throws Exception {
        ConvertedSql sql = routine(procedure("p_upsert_keys", List.of(in("p_id", "int")), """
                BEGIN
                  INSERT INTO accounts (id, email, name) VALUES (p_id, 'a@x', 'a')
                    ON DUPLICATE KEY UPDATE name = VALUES(name);
                END"""));
        actionItems(sql, "ROUTINE-UPSERT-KEYS");
        golden(sql, """
                -- DMS Pilot: ROUTINE-UPSERT-KEYS (line 2): accounts has 2 unique keys.
                CREATE OR REPLACE PROCEDURE s.p_upsert_keys(IN p_id integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.accounts (id, email, name)
                    VALUES (p_id, 'a@x', 'a')
                    ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name;
                END;
                $body$;
                """);
    }

    @Test
    void upsertOnATableWithUnknownKeysLeavesTheTargetToFillIn() throws Exception {
        ConvertedSql sql = routine(procedure("p_upsert_unknown", List.of(in("p_id", "int")), """
                BEGIN
                  INSERT INTO notes (id, msg) VALUES (p_id, 'n') ON DUPLICATE KEY UPDATE msg = 'again';
                END"""));
        actionItems(sql, "ROUTINE-UPSERT-KEY");
        golden(sql, """
                -- DMS Pilot: ROUTINE-UPSERT-KEY (line 2): Keys of notes unknown.
                CREATE OR REPLACE PROCEDURE s.p_upsert_unknown(IN p_id integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.notes (id, msg)
                    VALUES (p_id, 'n')
                    ON CONFLICT /* DMS Pilot: ROUTINE-UPSERT-KEY: (key columns of notes) */ DO UPDATE SET msg = 'again';
                END;
                $body$;
                """);
    }

    @Test
    void insertIgnoreBecomesOnConflictDoNothing() throws Exception {
        ConvertedSql sql = routine(procedure("p_ignore", List.of(in("p_sku", "varchar(10)")), """
                BEGIN
                  INSERT IGNORE INTO stock (sku, qty) VALUES (p_sku, 0);
                END"""));
        actionItems(sql, "ROUTINE-INSERT-IGNORE");
        golden(sql, """
                -- DMS Pilot: ROUTINE-INSERT-IGNORE (line 2): INSERT IGNORE became ON CONFLICT DO NOTHING.
                CREATE OR REPLACE PROCEDURE s.p_ignore(IN p_sku varchar(10))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, 0)
                    ON CONFLICT DO NOTHING;
                END;
                $body$;
                """);
    }

    @Test
    void replaceBecomesAnUpsertOfEveryColumn() throws Exception {
        ConvertedSql sql = routine(procedure("p_replace", List.of(in("p_sku", "varchar(10)")), """
                BEGIN
                  REPLACE INTO stock (sku, qty) VALUES (p_sku, 7);
                END"""));
        actionItems(sql, "ROUTINE-REPLACE");
        golden(sql, """
                -- DMS Pilot: ROUTINE-REPLACE (line 2): REPLACE became INSERT ... ON CONFLICT DO UPDATE.
                CREATE OR REPLACE PROCEDURE s.p_replace(IN p_sku varchar(10))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, 7)
                    ON CONFLICT (sku) DO UPDATE SET sku = EXCLUDED.sku, qty = EXCLUDED.qty;
                END;
                $body$;
                """);
    }

    @Test
    void insertSetBecomesColumnsAndValues() throws Exception {
        ConvertedSql sql = routine(procedure("p_insert_set", List.of(in("p_sku", "varchar(10)")), """
                BEGIN
                  INSERT INTO stock SET sku = p_sku, qty = 3;
                END"""));
        actionItems(sql);
        golden(sql, """
                CREATE OR REPLACE PROCEDURE s.p_insert_set(IN p_sku varchar(10))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, 3);
                END;
                $body$;
                """);
    }

    @Test
    void prepareAndExecuteBecomeExecuteOfTheText() throws Exception {
        ConvertedSql sql = routine(procedure("p_dynamic", List.of(in("p_table", "varchar(64)")), """
                BEGIN
                  SET @sql = CONCAT('DELETE FROM ', p_table, ' WHERE qty = ?');
                  SET @q = 0;
                  PREPARE stmt FROM @sql;
                  EXECUTE stmt USING @q;
                  DEALLOCATE PREPARE stmt;
                END"""));
        actionItems(sql, "ROUTINE-DYNAMIC-SQL", "ROUTINE-USER-VARIABLE", "ROUTINE-USER-VARIABLE");
        golden(sql, """
                -- DMS Pilot: ROUTINE-USER-VARIABLE (line 2): User variable @sql.
                -- DMS Pilot: ROUTINE-USER-VARIABLE (line 3): User variable @q.
                -- DMS Pilot: ROUTINE-DYNAMIC-SQL (line 4): PREPARE stmt.
                CREATE OR REPLACE PROCEDURE s.p_dynamic(IN p_table varchar(64))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                DECLARE
                    uv_sql text;
                    uv_q text;
                BEGIN
                    uv_sql := ('DELETE FROM ' || p_table::text || ' WHERE qty = ?');
                    uv_q := 0;
                    -- DMS Pilot: ROUTINE-DYNAMIC-SQL: PREPARE stmt (the text runs with EXECUTE below; it must be PostgreSQL SQL)
                    EXECUTE uv_sql USING uv_q;
                    -- DEALLOCATE PREPARE: nothing to release in PostgreSQL
                END;
                $body$;
                """);
    }

    @Test
    void temporaryTablesAreCreatedAndDroppedUnqualified() throws Exception {
        ConvertedSql sql = routine(procedure("p_temp", List.of(), """
                BEGIN
                  DROP TEMPORARY TABLE IF EXISTS tmp_low;
                  CREATE TEMPORARY TABLE tmp_low (sku VARCHAR(10), qty INT UNSIGNED, seen DATETIME);
                  INSERT INTO tmp_low (sku, qty) SELECT sku, qty FROM stock WHERE qty < 5;
                  DROP TEMPORARY TABLE tmp_low;
                END"""));
        golden(sql, """
                CREATE OR REPLACE PROCEDURE s.p_temp()
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DROP TABLE IF EXISTS tmp_low;
                    CREATE TEMPORARY TABLE tmp_low (sku varchar(10), qty bigint, seen timestamp);
                    INSERT INTO tmp_low (sku, qty)
                    SELECT sku, qty FROM s.stock WHERE qty < 5;
                    DROP TABLE tmp_low;
                END;
                $body$;
                """);
    }

    @Test
    void userVariablesBecomeLocalTextVariables() throws Exception {
        ConvertedSql sql = routine(function("f_user_var", List.of(in("n", "int")), "varchar(20)", false, """
                BEGIN
                  SET @greeting = CONCAT('hello ', n);
                  RETURN @greeting;
                END"""));
        actionItems(sql, "ROUTINE-USER-VARIABLE");
        golden(sql, """
                -- DMS Pilot: ROUTINE-USER-VARIABLE (line 2): User variable @greeting.
                CREATE OR REPLACE FUNCTION s.f_user_var(n integer) RETURNS varchar(20)
                LANGUAGE plpgsql VOLATILE
                AS $body$
                #variable_conflict use_variable
                DECLARE
                    uv_greeting text;
                BEGIN
                    uv_greeting := ('hello ' || n::text);
                    RETURN uv_greeting;
                END;
                $body$;
                """);
    }

    @Test
    void statementsThatAreNotConvertedRaiseAtRunTime() throws Exception {
        ConvertedSql sql = routine(procedure("p_not_converted", List.of(), """
                BEGIN
                  UPDATE items i LEFT JOIN stock s ON s.sku = i.name SET i.qty = s.qty;
                  DELETE FROM log ORDER BY msg LIMIT 10;
                  LOCK TABLES items WRITE;
                END"""));
        actionItems(sql, "ROUTINE-MULTI-TABLE-DML", "ROUTINE-STATEMENT", "ROUTINE-DML-LIMIT", "ROUTINE-STATEMENT",
                "ROUTINE-TRANSACTION");
        golden(sql, """
                -- DMS Pilot: ROUTINE-MULTI-TABLE-DML (line 2): Multi-table UPDATE.
                -- DMS Pilot: ROUTINE-STATEMENT (line 2): Statement not converted: UPDATE items i LEFT JOIN stock s ON s.sku = i.name SET i.qty = s.qty
                -- DMS Pilot: ROUTINE-DML-LIMIT (line 3): UPDATE/DELETE with ORDER BY/LIMIT.
                -- DMS Pilot: ROUTINE-STATEMENT (line 3): Statement not converted: DELETE FROM log ORDER BY msg LIMIT 10
                -- DMS Pilot: ROUTINE-TRANSACTION (line 4): LOCK TABLES items WRITE removed.
                CREATE OR REPLACE PROCEDURE s.p_not_converted()
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    -- DMS Pilot: ROUTINE-STATEMENT: not converted:
                    --   UPDATE items i LEFT JOIN stock s ON s.sku = i.name SET i.qty = s.qty
                    RAISE EXCEPTION 'DMS Pilot: statement not converted (line 2)';
                    -- DMS Pilot: ROUTINE-STATEMENT: not converted:
                    --   DELETE FROM log ORDER BY msg LIMIT 10
                    RAISE EXCEPTION 'DMS Pilot: statement not converted (line 3)';
                    -- DMS Pilot: ROUTINE-TRANSACTION: LOCK TABLES items WRITE removed (PostgreSQL manages it here)
                END;
                $body$;
                """);
    }
}
