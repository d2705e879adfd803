package org.dmspilot.core.convert.sql;

import java.util.List;
import org.dmspilot.model.catalog.Routine.Mode;
import org.dmspilot.model.catalog.Routine.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs for handlers, SIGNAL/RESIGNAL and GET DIAGNOSTICS (docs/conversion-sql.md, "Functions and
 * procedures"), with the action items they raise. Each output is also created on PostgreSQL.
 */
class RoutineHandlerGoldenTest extends GoldenPostgres {
    @Test
    void exitHandlerForSqlexceptionBecomesExceptionBlock() throws Exception {
        ConvertedSql sql = routine(procedure("p_exit_ex", List.of(in("p_sku", "varchar(10)"),
                new Parameter("p_ok", Mode.OUT, "int")), """
                BEGIN
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION
                  BEGIN
                    SET p_ok = 0;
                  END;
                  SET p_ok = 1;
                  INSERT INTO stock (sku, qty) VALUES (p_sku, 1);
                END"""));
        actionItems(sql, "ROUTINE-HANDLER-ROLLBACK");
        golden(sql, """
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 2): EXIT handler became an exception block (it undoes the block's changes on error).
                CREATE OR REPLACE PROCEDURE s.p_exit_ex(IN p_sku varchar(10), OUT p_ok integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    BEGIN
                        p_ok := 1;
                        INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, 1);
                    EXCEPTION
                        WHEN OTHERS THEN
                            p_ok := 0;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void continueHandlerForSqlexceptionWrapsEachFollowingStatement() throws Exception {
        ConvertedSql sql = routine(procedure("p_cont_ex", List.of(in("p_sku", "varchar(10)")), """
                BEGIN
                  DECLARE v_failed INT DEFAULT 0;
                  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET v_failed = v_failed + 1;
                  INSERT INTO stock (sku, qty) VALUES (p_sku, 1);
                  INSERT INTO log (msg) VALUES (CONCAT('failures: ', v_failed));
                END"""));
        actionItems(sql);
        golden(sql, """
                CREATE OR REPLACE PROCEDURE s.p_cont_ex(IN p_sku varchar(10))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        v_failed integer := 0;
                    BEGIN
                        BEGIN
                            INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, 1);
                        EXCEPTION
                            WHEN OTHERS THEN
                                v_failed := v_failed + 1;
                        END;
                        BEGIN
                            INSERT INTO s.log (msg)
                    VALUES (('failures: ' || v_failed::text));
                        EXCEPTION
                            WHEN OTHERS THEN
                                v_failed := v_failed + 1;
                        END;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void handlerErrorCodesAndSqlstatesBecomeConditions() throws Exception {
        ConvertedSql sql = routine(procedure("p_codes", List.of(in("p_id", "int")), """
                BEGIN
                  DECLARE EXIT HANDLER FOR 1062, SQLSTATE '23000'
                    INSERT INTO log (msg) VALUES ('duplicate');
                  DECLARE EXIT HANDLER FOR 1452 INSERT INTO log (msg) VALUES ('no parent');
                  DECLARE EXIT HANDLER FOR SQLSTATE '45001' INSERT INTO log (msg) VALUES ('own');
                  INSERT INTO accounts (id, email) VALUES (p_id, 'x');
                END"""));
        actionItems(sql, "ROUTINE-HANDLER-ROLLBACK", "ROUTINE-HANDLER-ROLLBACK", "ROUTINE-HANDLER-ROLLBACK");
        golden(sql, """
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 2): EXIT handler became an exception block (it undoes the block's changes on error).
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 4): EXIT handler became an exception block (it undoes the block's changes on error).
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 5): EXIT handler became an exception block (it undoes the block's changes on error).
                CREATE OR REPLACE PROCEDURE s.p_codes(IN p_id integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    BEGIN
                        INSERT INTO s.accounts (id, email)
                    VALUES (p_id, 'x');
                    EXCEPTION
                        WHEN unique_violation OR integrity_constraint_violation THEN
                            INSERT INTO s.log (msg)
                    VALUES ('duplicate');
                        WHEN foreign_key_violation THEN
                            INSERT INTO s.log (msg)
                    VALUES ('no parent');
                        WHEN SQLSTATE '45001' THEN
                            INSERT INTO s.log (msg)
                    VALUES ('own');
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void handlerForAnUnknownErrorCodeUsesOthers() throws Exception {
        ConvertedSql sql = routine(procedure("p_unknown_code", List.of(), """
                BEGIN
                  DECLARE EXIT HANDLER FOR 3024 INSERT INTO log (msg) VALUES ('too slow');
                  UPDATE stock SET qty = qty + 1;
                END"""));
        actionItems(sql, "ROUTINE-HANDLER-ROLLBACK", "ROUTINE-HANDLER-CONDITION");
        golden(sql, """
                -- DMS Pilot: ROUTINE-HANDLER-CONDITION (line 2): Handler for 3024.
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 2): EXIT handler became an exception block (it undoes the block's changes on error).
                CREATE OR REPLACE PROCEDURE s.p_unknown_code()
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    BEGIN
                        UPDATE s.stock SET qty = qty + 1;
                    EXCEPTION
                        WHEN OTHERS THEN
                            INSERT INTO s.log (msg)
                    VALUES ('too slow');
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void sqlwarningHandlerIsDropped() throws Exception {
        ConvertedSql sql = routine(procedure("p_warning", List.of(), """
                BEGIN
                  DECLARE CONTINUE HANDLER FOR SQLWARNING INSERT INTO log (msg) VALUES ('warning');
                  UPDATE stock SET qty = qty + 1;
                END"""));
        actionItems(sql, "ROUTINE-HANDLER-WARNING");
        golden(sql, """
                -- DMS Pilot: ROUTINE-HANDLER-WARNING (line 2): SQLWARNING handler dropped.
                CREATE OR REPLACE PROCEDURE s.p_warning()
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    BEGIN
                        UPDATE s.stock SET qty = qty + 1;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void signalWithMessageTextAndErrno() throws Exception {
        ConvertedSql sql = routine(procedure("p_signal", List.of(in("p_qty", "int")), """
                BEGIN
                  IF p_qty < 0 THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative quantity', MYSQL_ERRNO = 1644;
                  END IF;
                  IF p_qty = 0 THEN
                    SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'zero quantity';
                  END IF;
                  IF p_qty > 100 THEN
                    SIGNAL SQLSTATE '22003';
                  END IF;
                END"""));
        actionItems(sql, "ROUTINE-SIGNAL-ERRNO");
        golden(sql, """
                -- DMS Pilot: ROUTINE-SIGNAL-ERRNO (line 3): MYSQL_ERRNO 1644 kept as DETAIL.
                CREATE OR REPLACE PROCEDURE s.p_signal(IN p_qty integer)
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    IF p_qty < 0 THEN
                        RAISE EXCEPTION USING ERRCODE = '45000', MESSAGE = 'negative quantity', DETAIL = 'MYSQL_ERRNO 1644';
                    END IF;
                    IF p_qty = 0 THEN
                        RAISE WARNING USING ERRCODE = '01000', MESSAGE = 'zero quantity';
                    END IF;
                    IF p_qty > 100 THEN
                        RAISE EXCEPTION USING ERRCODE = '22003', MESSAGE = 'Unhandled user-defined exception condition';
                    END IF;
                END;
                $body$;
                """);
    }

    @Test
    void resignalInAHandlerReraises() throws Exception {
        ConvertedSql sql = routine(procedure("p_resignal", List.of(in("p_sku", "varchar(10)")), """
                BEGIN
                  DECLARE EXIT HANDLER FOR 1062
                  BEGIN
                    INSERT INTO log (msg) VALUES ('dup');
                    RESIGNAL SET MESSAGE_TEXT = 'duplicate sku';
                  END;
                  BEGIN
                    DECLARE EXIT HANDLER FOR SQLEXCEPTION RESIGNAL;
                    INSERT INTO stock (sku, qty) VALUES (p_sku, 0);
                  END;
                END"""));
        actionItems(sql, "ROUTINE-HANDLER-ROLLBACK", "ROUTINE-HANDLER-ROLLBACK");
        golden(sql, """
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 2): EXIT handler became an exception block (it undoes the block's changes on error).
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 8): EXIT handler became an exception block (it undoes the block's changes on error).
                CREATE OR REPLACE PROCEDURE s.p_resignal(IN p_sku varchar(10))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    BEGIN
                        BEGIN
                            INSERT INTO s.stock (sku, qty)
                    VALUES (p_sku, 0);
                        EXCEPTION
                            WHEN OTHERS THEN
                                RAISE;
                        END;
                    EXCEPTION
                        WHEN unique_violation THEN
                            INSERT INTO s.log (msg)
                    VALUES ('dup');
                            RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = 'duplicate sku';
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void getDiagnosticsInAHandlerBecomesGetStackedDiagnostics() throws Exception {
        ConvertedSql sql = routine(procedure("p_diag", List.of(new Parameter("p_error", Mode.OUT, "varchar(200)")),
                """
                BEGIN
                  DECLARE v_state CHAR(5);
                  DECLARE v_msg TEXT;
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION
                  BEGIN
                    GET DIAGNOSTICS CONDITION 1 v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
                    SET p_error = CONCAT(v_state, ': ', v_msg);
                  END;
                  SET p_error = NULL;
                  INSERT INTO stock (sku, qty) VALUES ('A', NULL);
                END"""));
        actionItems(sql, "ROUTINE-HANDLER-ROLLBACK");
        golden(sql, """
                -- DMS Pilot: ROUTINE-HANDLER-ROLLBACK (line 4): EXIT handler became an exception block (it undoes the block's changes on error).
                CREATE OR REPLACE PROCEDURE s.p_diag(OUT p_error varchar(200))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        v_state char(5);
                        v_msg text;
                    BEGIN
                        p_error := NULL;
                        INSERT INTO s.stock (sku, qty)
                    VALUES ('A', NULL);
                    EXCEPTION
                        WHEN OTHERS THEN
                            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
                            p_error := (v_state::text || ': ' || v_msg::text);
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void cursorWithContinueHandlerForNotFound() throws Exception {
        golden(routine(procedure("p_cursor", List.of(in("p_min", "int"),
                new Parameter("p_total", Mode.OUT, "decimal(12,2)")), """
                BEGIN
                  DECLARE v_done INT DEFAULT 0;
                  DECLARE v_value DECIMAL(12,2);
                  DECLARE cur CURSOR FOR SELECT price * qty FROM items WHERE qty >= p_min;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = 1;
                  SET p_total = 0;
                  OPEN cur;
                  read_loop: LOOP
                    FETCH cur INTO v_value;
                    IF v_done = 1 THEN
                      LEAVE read_loop;
                    END IF;
                    SET p_total = p_total + v_value;
                  END LOOP read_loop;
                  CLOSE cur;
                END""")), """
                CREATE OR REPLACE PROCEDURE s.p_cursor(IN p_min integer, OUT p_total numeric(12,2))
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        v_done integer := 0;
                        v_value numeric(12,2);
                        cur CURSOR FOR SELECT price * qty FROM s.items WHERE qty >= p_min;
                    BEGIN
                        p_total := 0;
                        OPEN cur;
                        <<read_loop>>
                        LOOP
                            FETCH cur INTO v_value;
                            IF NOT FOUND THEN
                                v_done := 1;
                            END IF;
                            IF v_done = 1 THEN
                                EXIT read_loop;
                            END IF;
                            p_total := p_total + v_value;
                        END LOOP read_loop;
                        CLOSE cur;
                    END;
                END;
                $body$;
                """);
    }

    @Test
    void exitHandlerForNotFoundLeavesTheBlock() throws Exception {
        golden(routine(function("f_exit_nf", List.of(in("p_id", "int")), "varchar(40)", false, """
                BEGIN
                  DECLARE v_name VARCHAR(40) DEFAULT 'none';
                  BEGIN
                    DECLARE EXIT HANDLER FOR NOT FOUND SET v_name = 'missing';
                    SELECT name INTO v_name FROM items WHERE id = p_id;
                    SET v_name = UPPER(v_name);
                  END;
                  RETURN v_name;
                END""")), """
                CREATE OR REPLACE FUNCTION s.f_exit_nf(p_id integer) RETURNS varchar(40)
                LANGUAGE plpgsql STABLE
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    DECLARE
                        v_name varchar(40) := 'none';
                    BEGIN
                        <<dms_block_1>>
                        BEGIN
                            FOR v_name IN SELECT name FROM s.items WHERE id = p_id LOOP
                                EXIT;
                            END LOOP;
                            IF NOT FOUND THEN
                                v_name := 'missing';
                                EXIT dms_block_1;
                            END IF;
                            v_name := UPPER(v_name);
                        END dms_block_1;
                        RETURN v_name;
                    END;
                END;
                $body$;
                """);
    }
}
