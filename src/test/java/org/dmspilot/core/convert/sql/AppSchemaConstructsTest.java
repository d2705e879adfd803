package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructs of the application schemas in the corpus (RosarioSIS, FreeRADIUS, ZoneMinder) that the translator got
 * wrong, each in its minimal form, created on PostgreSQL. Behaviour on both engines: CorpusTest.
 */
class AppSchemaConstructsTest extends GoldenPostgres {
    private static ConvertedSql view(String name, String definition) {
        return view(name, definition, KEYS);
    }

    @Test
    void aJoinWithoutConditionAsMariadbStoresACommaJoinIsACrossJoin() throws Exception {
        ConvertedSql sql = view("v_comma", "select `i`.`id` AS `id`,`s`.`qty` AS `qty` from (`items` `i` join"
                + " `stock` `s`) where `i`.`name` = `s`.`sku`");
        golden(sql, """
                CREATE OR REPLACE VIEW s.v_comma AS
                select i.id AS id,s.qty AS qty from (s.items i CROSS JOIN s.stock s) where i.name = s.sku;
                """);
    }

    @Test
    void aStraightJoinWithoutConditionIsACrossJoin() throws Exception {
        ConvertedSql sql = view("v_straight", "SELECT i.id FROM items i STRAIGHT_JOIN stock s WHERE i.name = s.sku");
        golden(sql, """
                CREATE OR REPLACE VIEW s.v_straight AS
                SELECT i.id FROM s.items i CROSS JOIN s.stock s WHERE i.name = s.sku;
                """);
    }

    @Test
    void aCaseWhoseTextResultHoldsANumberStaysANumberForANumberColumn() throws Exception {
        ConvertedSql sql = routine(procedure("p_ratio", List.of(in("p_id", "integer")), """
                BEGIN
                    UPDATE items
                    SET price = (case when qty = '0' THEN '0' ELSE price/qty END)
                    WHERE items.id = p_id;
                END"""));
        assertThat(sql.sql()).contains("SET price = (CASE WHEN qty = '0' THEN '0' ELSE CAST(price AS numeric)"
                + " / NULLIF(qty, 0) END)");
        golden(sql, sql.sql());
    }

    @Test
    void aCaseMixingWordsAndNumbersIsStillText() {
        ConvertedSql sql = view("v_words", "SELECT CASE WHEN qty = 0 THEN 'none' ELSE qty END AS q FROM items");
        assertThat(sql.sql()).contains("CASE WHEN qty = 0 THEN 'none' ELSE qty::text END");
    }

    @Test
    void anUpdateJoiningADerivedTableBecomesUpdateFrom() throws Exception {
        ConvertedSql sql = routine(procedure("p_restock", List.of(in("p_min", "integer")), """
                BEGIN
                    UPDATE items i
                    JOIN (SELECT sku, sum(qty) AS total FROM stock GROUP BY sku) AS s ON s.sku = i.name
                    SET i.qty = s.total, i.price = i.price + 1
                    WHERE s.total > p_min;
                END"""));
        actionItems(sql, "ROUTINE-UPDATE-FROM");
        assertThat(sql.sql()).contains("    UPDATE s.items i\n    SET qty = s.total, price = i.price + 1\n"
                + "    FROM (SELECT sku, sum(qty) AS total FROM s.stock GROUP BY sku) AS s\n"
                + "    WHERE (s.sku = i.name) AND (s.total > p_min);");
        golden(sql, sql.sql());
    }

    @Test
    void anUpdateJoiningUsingAColumnAndTheCommaFormBecomeUpdateFrom() throws Exception {
        ConvertedSql using = routine(procedure("p_using", List.of(), """
                BEGIN
                    UPDATE stock a INNER JOIN accounts b USING (id) SET qty = 0 WHERE b.name IS NULL;
                END"""));
        assertThat(using.sql()).contains("FROM s.accounts b\n    WHERE (a.id = b.id) AND (b.name IS NULL);");
        ConvertedSql comma = routine(procedure("p_comma", List.of(), """
                BEGIN
                    UPDATE items, stock SET items.qty = stock.qty WHERE items.name = stock.sku;
                END"""));
        assertThat(comma.sql()).contains("UPDATE s.items\n    SET qty = stock.qty\n    FROM s.stock\n"
                + "    WHERE (items.name = stock.sku);");
        golden(comma, comma.sql());
    }

    @Test
    void anUpdateSettingColumnsOfTwoTablesStaysAnItem() {
        ConvertedSql sql = routine(procedure("p_both", List.of(), """
                BEGIN
                    UPDATE items i JOIN stock s ON s.sku = i.name SET i.qty = 0, s.qty = 0;
                END"""));
        actionItems(sql, "ROUTINE-MULTI-TABLE-DML", "ROUTINE-STATEMENT");
    }

    @Test
    void setTransactionInAProcedureIsRemovedWithAnItem() throws Exception {
        ConvertedSql sql = routine(procedure("p_iso", List.of(), """
                BEGIN
                    SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
                    UPDATE items SET qty = 0 WHERE id = 0;
                END"""));
        actionItems(sql, "ROUTINE-TRANSACTION");
        golden(sql, sql.sql());
    }

    @Test
    void aZeroDateForADatetimeVariableIsMinusInfinity() throws Exception {
        ConvertedSql sql = routine(function("f_zero", List.of(), "int", false, """
                BEGIN
                    DECLARE v_last DATETIME DEFAULT 0;
                    DECLARE v_day DATE DEFAULT '0000-00-00';
                    IF v_last != NOW() AND v_day < '1970-01-01' THEN
                        RETURN 1;
                    END IF;
                    RETURN 0;
                END"""));
        actionItems(sql, "ROUTINE-ZERO-DATE", "ROUTINE-ZERO-DATE");
        assertThat(sql.sql()).contains(":= '-infinity';");
        golden(sql, sql.sql());
    }

    @Test
    void theDerivedTableOfAnInsertSelectIsExcludedInOnDuplicateKeyUpdate() throws Exception {
        ConvertedSql sql = routine(procedure("p_usage", List.of(), """
                BEGIN
                    INSERT INTO stock (sku, qty)
                    SELECT * FROM (SELECT name, sum(qty) AS qty FROM items GROUP BY name) AS s
                    ON DUPLICATE KEY UPDATE qty = stock.qty + s.qty;
                END"""));
        assertThat(sql.sql()).contains("ON CONFLICT (sku) DO UPDATE SET qty = stock.qty + EXCLUDED.qty;");
        golden(sql, sql.sql());
    }

    @Test
    void aZeroDateUnderStrictNoZeroDateStaysAnErrorAsOnMysql() throws Exception {
        var strict = new org.dmspilot.model.catalog.Routine("p_strict", org.dmspilot.model.catalog.Routine.Type.PROCEDURE,
                List.of(), null, """
                BEGIN
                    DECLARE v_last DATETIME DEFAULT 0;
                    UPDATE items SET qty = 0 WHERE id = 0;
                END""", false, "MODIFIES SQL DATA", "DEFINER",
                "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO", null,
                null);
        ConvertedSql sql = routine(strict);
        assertThat(sql.actionItems()).isEmpty();
        assertThat(sql.sql()).contains("v_last timestamp := 0;");
    }

    @Test
    void aNullSelectedIntoAnInsertColumnTakesTheColumnsType() throws Exception {
        TableLookup typed = new TableLookup() {
            @Override
            public java.util.Optional<TableKeys> keys(String schema, String table) {
                return KEYS.keys(schema, table);
            }

            @Override
            public java.util.Optional<String> columnType(String schema, String table, String column) {
                return table.equals("items") && column.equals("updated_at") ? java.util.Optional.of("timestamp")
                        : java.util.Optional.empty();
            }
        };
        ConvertedSql sql = SqlTranslator.routine("s", procedure("p_nulls", List.of(), """
                BEGIN
                    INSERT INTO items (name, updated_at)
                    SELECT * FROM (SELECT sku, NULL FROM stock GROUP BY sku) AS s;
                END"""), typed);
        assertThat(sql.sql()).contains("SELECT sku, CAST(NULL AS timestamp) FROM s.stock");
        golden(sql, sql.sql());
    }
}
