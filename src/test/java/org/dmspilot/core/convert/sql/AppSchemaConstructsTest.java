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
}
