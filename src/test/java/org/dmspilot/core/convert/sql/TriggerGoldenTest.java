package org.dmspilot.core.convert.sql;

import java.util.List;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.Trigger.RowEvent;
import org.dmspilot.model.catalog.Trigger.Timing;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs for triggers (docs/conversion-sql.md, "Triggers"): trigger function with NEW/OLD and the RETURN its
 * timing needs, CREATE TRIGGER, and renaming for MySQL's firing order. Each output is also created on PostgreSQL.
 */
class TriggerGoldenTest extends GoldenPostgres {
    private static List<ConvertedSql> triggers(Trigger... triggers) {
        return SqlTranslator.triggers("s", List.of(triggers), KEYS);
    }

    @Test
    void beforeInsertSetsNewColumnsAndReturnsNew() throws Exception {
        golden(triggers(new Trigger("trg_items_bi", "items", Timing.BEFORE, RowEvent.INSERT, 1, """
                BEGIN
                  SET NEW.name = UPPER(NEW.name);
                  IF NEW.qty IS NULL THEN
                    SET NEW.qty = 0;
                  END IF;
                END""", null, null)).get(0), """
                CREATE OR REPLACE FUNCTION s.trg_items_bi() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    NEW.name := UPPER(NEW.name);
                    IF NEW.qty IS NULL THEN
                        NEW.qty := 0;
                    END IF;
                    RETURN NEW;
                END;
                $body$;
                CREATE TRIGGER trg_items_bi BEFORE INSERT ON s.items
                    FOR EACH ROW EXECUTE FUNCTION s.trg_items_bi();
                """);
    }

    @Test
    void beforeUpdateWithASingleIfStatementAsBodyComparesOldAndNew() throws Exception {
        golden(triggers(new Trigger("trg_items_bu", "items", Timing.BEFORE, RowEvent.UPDATE, 1, """
                IF NEW.price <> OLD.price THEN
                  SET NEW.updated_at = NOW();
                END IF""", null, null)).get(0), """
                CREATE OR REPLACE FUNCTION s.trg_items_bu() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    IF NEW.price <> OLD.price THEN
                        NEW.updated_at := LOCALTIMESTAMP(0);
                    END IF;
                    RETURN NEW;
                END;
                $body$;
                CREATE TRIGGER trg_items_bu BEFORE UPDATE ON s.items
                    FOR EACH ROW EXECUTE FUNCTION s.trg_items_bu();
                """);
    }

    @Test
    void beforeDeleteSignalsAndReturnsOld() throws Exception {
        golden(triggers(new Trigger("trg_stock_bd", "stock", Timing.BEFORE, RowEvent.DELETE, 1, """
                BEGIN
                  IF OLD.qty > 0 THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'stock left';
                  END IF;
                END""", null, null)).get(0), """
                CREATE OR REPLACE FUNCTION s.trg_stock_bd() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    IF OLD.qty > 0 THEN
                        RAISE EXCEPTION USING ERRCODE = '45000', MESSAGE = 'stock left';
                    END IF;
                    RETURN OLD;
                END;
                $body$;
                CREATE TRIGGER trg_stock_bd BEFORE DELETE ON s.stock
                    FOR EACH ROW EXECUTE FUNCTION s.trg_stock_bd();
                """);
    }

    @Test
    void afterTriggerReturnsNull() throws Exception {
        golden(triggers(new Trigger("trg_stock_au", "stock", Timing.AFTER, RowEvent.UPDATE, 1, """
                INSERT INTO log (msg) VALUES (CONCAT(OLD.sku, ': ', OLD.qty, ' -> ', NEW.qty))""", null, null))
                .get(0), """
                CREATE OR REPLACE FUNCTION s.trg_stock_au() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.log (msg)
                    VALUES ((OLD.sku::text || ': ' || OLD.qty::text || ' -> ' || NEW.qty::text));
                    RETURN NULL;
                END;
                $body$;
                CREATE TRIGGER trg_stock_au AFTER UPDATE ON s.stock
                    FOR EACH ROW EXECUTE FUNCTION s.trg_stock_au();
                """);
    }

    @Test
    void triggersWhoseOrderDiffersFromNameOrderAreRenamed() throws Exception {
        List<ConvertedSql> sql = triggers(
                new Trigger("trg_z_first", "notes", Timing.AFTER, RowEvent.INSERT, 1,
                        "INSERT INTO log (msg) VALUES ('first')", null, null),
                new Trigger("trg_a_second", "notes", Timing.AFTER, RowEvent.INSERT, 2,
                        "INSERT INTO log (msg) VALUES ('second')", null, null));
        actionItems(sql.get(0), "TRIGGER-ORDER");
        golden(sql.get(0), """
                -- DMS Pilot: TRIGGER-ORDER: Renamed trg_z_first to o01_trg_z_first to fire in MySQL's order.
                CREATE OR REPLACE FUNCTION s.o01_trg_z_first() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.log (msg)
                    VALUES ('first');
                    RETURN NULL;
                END;
                $body$;
                CREATE TRIGGER o01_trg_z_first AFTER INSERT ON s.notes
                    FOR EACH ROW EXECUTE FUNCTION s.o01_trg_z_first();
                """);
        golden(sql.get(1), """
                -- DMS Pilot: TRIGGER-ORDER: Renamed trg_a_second to o02_trg_a_second to fire in MySQL's order.
                CREATE OR REPLACE FUNCTION s.o02_trg_a_second() RETURNS trigger
                LANGUAGE plpgsql
                AS $body$
                #variable_conflict use_variable
                BEGIN
                    INSERT INTO s.log (msg)
                    VALUES ('second');
                    RETURN NULL;
                END;
                $body$;
                CREATE TRIGGER o02_trg_a_second AFTER INSERT ON s.notes
                    FOR EACH ROW EXECUTE FUNCTION s.o02_trg_a_second();
                """);
    }
}
