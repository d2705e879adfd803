package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Routine.Mode;
import org.dmspilot.model.catalog.Routine.Parameter;
import org.dmspilot.model.convert.ActionItem;
import org.junit.jupiter.api.Test;

/**
 * The constructs of real schemas (sakila, employees) that the translator got wrong (issue 13), each in its minimal
 * form: the PostgreSQL text it becomes, created on PostgreSQL. Behaviour on both engines: CorpusTest.
 */
class RealSchemaConstructsTest extends GoldenPostgres {
    /** KEYS, plus: items.qty is an integer column, f_total a function of the schema returning numeric. */
    private static final TableLookup TYPED = new TableLookup() {
        @Override
        public Optional<TableKeys> keys(String schema, String table) {
            return KEYS.keys(schema, table);
        }

        @Override
        public Optional<String> columnType(String schema, String table, String column) {
            return table.equalsIgnoreCase("items") && column.equalsIgnoreCase("qty") ? Optional.of("integer")
                    : Optional.empty();
        }

        @Override
        public Optional<String> functionReturnType(String schema, String function) {
            return function.equalsIgnoreCase("f_total") ? Optional.of("numeric(10,2)") : Optional.empty();
        }
    };

    private static ConvertedSql view(String name, String definition) {
        return view(name, definition, TYPED);
    }

    @Test
    void leftJoinAfterATableWithoutAliasStaysALeftJoin() throws Exception {
        ConvertedSql sql = view("v_left", "SELECT items.name, stock.qty FROM items LEFT JOIN stock"
                + " ON items.name = stock.sku");
        golden(sql, """
                CREATE OR REPLACE VIEW s.v_left AS
                SELECT items.name, stock.qty FROM s.items LEFT JOIN s.stock ON items.name = stock.sku;
                """);
    }

    @Test
    void viewCallingAStoredFunctionQualifiesItAndAnUnknownOneIsNamed() {
        ConvertedSql sql = view("v_calls", "SELECT id, f_total(id) AS total, f_elsewhere(id) AS other FROM items");
        assertThat(sql.sql()).contains("s.f_total(id) AS total").contains(" f_elsewhere(id) AS other");
        assertThat(sql.actionItems()).extracting(ActionItem::code).containsExactly("SQL-FUNCTION-UNKNOWN");
        assertThat(sql.actionItems().get(0).message()).contains("f_elsewhere");
    }

    @Test
    void groupByGetsTheColumnsMysqlTookAsDependent() throws Exception {
        ConvertedSql sql = view("v_grouped", "SELECT s.sku, i.name, count(*) AS n FROM stock s JOIN items i"
                + " ON i.name = s.sku GROUP BY s.sku ORDER BY i.name");
        actionItems(sql, "SQL-GROUP-BY");
        assertThat(sql.sql()).contains("GROUP BY s.sku, i.name ORDER BY i.name");
        golden(sql, sql.sql()); // PostgreSQL accepts it (without i.name it refuses the view)
    }

    @Test
    void functionReturningBooleanReturnsBoolean() throws Exception {
        ConvertedSql sql = routine(function("f_in_stock", List.of(in("p_qty", "int")), "tinyint(1)", false, """
                BEGIN
                  IF p_qty > 0 THEN
                    RETURN TRUE;
                  END IF;
                  RETURN 0;
                END"""));
        assertThat(sql.sql()).contains("RETURNS boolean").contains("RETURN TRUE;").contains("RETURN false;");
        golden(sql, sql.sql());
    }

    @Test
    void exitHandlerReturningNullParses() throws Exception {
        ConvertedSql sql = routine(function("f_name", List.of(in("p_id", "int")), "varchar(40)", false, """
                BEGIN
                  DECLARE v_name VARCHAR(40);
                  DECLARE EXIT HANDLER FOR NOT FOUND RETURN NULL;
                  SELECT name INTO v_name FROM items WHERE id = p_id;
                  RETURN v_name;
                END"""));
        assertThat(sql.actionItems()).isEmpty();
        assertThat(sql.sql()).contains("IF NOT FOUND THEN").contains("RETURN NULL;");
        golden(sql, sql.sql());
    }

    @Test
    void temporaryTablesWithKeysAreCreatedAndDroppedAndPermanentDropsQualified() throws Exception {
        ConvertedSql sql = routine(procedure("p_tmp", List.of(), """
                BEGIN
                  DROP TABLE IF EXISTS tmp_max;
                  CREATE TEMPORARY TABLE tmp_max (
                    id INT NOT NULL PRIMARY KEY,
                    qty INT DEFAULT 0,
                    KEY (qty)
                  );
                  INSERT INTO tmp_max SELECT id, qty FROM items;
                  DROP TABLE tmp_max;
                  DROP TEMPORARY TABLE IF EXISTS tmp_other;
                  DROP TABLE IF EXISTS notes;
                END"""));
        assertThat(sql.actionItems()).isEmpty();
        assertThat(sql.sql()).contains("DROP TABLE IF EXISTS tmp_max;")
                .contains("CREATE TEMPORARY TABLE tmp_max (id integer NOT NULL PRIMARY KEY, qty integer DEFAULT 0);")
                .contains("CREATE INDEX ON tmp_max (qty);").contains("DROP TABLE tmp_max;")
                .contains("DROP TABLE IF EXISTS tmp_other;").contains("DROP TABLE IF EXISTS s.notes;")
                .doesNotContain("RAISE EXCEPTION");
        golden(sql, sql.sql());
    }

    @Test
    void numbersUsedAsConditionsInsideAndOrNotBecomeComparisons() throws Exception {
        ConvertedSql sql = SqlTranslator.routine("s", procedure("p_flags", List.of(in("p_min", "int"),
                new Parameter("p_n", Mode.OUT, "int")), """
                BEGIN
                  DECLARE v_flag TINYINT DEFAULT 1;
                  IF v_flag AND p_min > 0 THEN
                    SELECT count(*) INTO p_n FROM items WHERE qty AND NOT f_total(id);
                  END IF;
                END"""), TYPED);
        assertThat(sql.sql()).contains("IF (v_flag <> 0) AND p_min > 0 THEN")
                .contains("WHERE (qty <> 0) AND NOT (s.f_total(id) <> 0)");
    }

    @Test
    void foundRowsCountsThePrecedingResultSet() throws Exception {
        ConvertedSql sql = routine(procedure("p_found", List.of(in("p_min", "int"),
                new Parameter("p_count", Mode.OUT, "int")), """
                BEGIN
                  SELECT id FROM items WHERE qty > p_min;
                  SELECT FOUND_ROWS() INTO p_count;
                END"""));
        assertThat(sql.actionItems()).extracting(ActionItem::code).containsExactly("ROUTINE-RESULT-SET");
        assertThat(sql.sql()).contains("SELECT (SELECT count(*) FROM (SELECT id FROM s.items WHERE qty > p_min)"
                + " AS dms_found_rows) INTO p_count;");
        golden(sql, sql.sql());
    }

    @Test
    void aTooLongArgumentFailsInStrictModeAsOnMysql() throws Exception {
        Routine strict = new Routine("f_dept", Routine.Type.FUNCTION, List.of(in("p_code", "char(4)")),
                "varchar(10)", "RETURN p_code", true, "NO SQL", "DEFINER", "STRICT_TRANS_TABLES", null, null);
        ConvertedSql sql = routine(strict);
        assertThat(sql.sql()).contains("IF char_length(p_code) > 4 THEN RAISE EXCEPTION USING ERRCODE = '22001'");
        golden(sql, sql.sql());
    }

    @Test
    void numericArgumentsAreCheckedAgainstTheirTypeAsMysqlStoresThem() throws Exception {
        Routine strict = new Routine("p_range", Routine.Type.PROCEDURE, List.of(in("p_min", "tinyint(3) unsigned"),
                in("p_amount", "decimal(10,2) unsigned")), null, "BEGIN END", false, "NO SQL", "DEFINER",
                "STRICT_TRANS_TABLES", null, null);
        ConvertedSql sql = routine(strict);
        assertThat(sql.sql()).contains("IF \"p_min\" < 0 OR \"p_min\" > 255 THEN RAISE EXCEPTION USING ERRCODE = '22003'"
                .replace("\"", "")).contains("p_amount := round(p_amount, 2);")
                .contains("IF p_amount < 0 OR p_amount > 100000000 - 1 THEN RAISE EXCEPTION USING ERRCODE = '22003'");
        golden(sql, sql.sql());
        Routine lax = new Routine("p_lax", Routine.Type.PROCEDURE, List.of(in("p_min", "tinyint(4)")), null,
                "BEGIN END", false, "NO SQL", "DEFINER", "", null, null);
        assertThat(routine(lax).sql()).contains("p_min := CASE WHEN p_min < -128 THEN -128 WHEN p_min > 127"
                + " THEN 127 ELSE p_min END;");
    }

    @Test
    void aParseErrorQuotesTheLineWithAHintInsteadOfTheTokenList() {
        ConvertedSql sql = routine(function("f_bad", List.of(), "int", false, """
                BEGIN
                  RETURN 1 +* 2;
                END"""));
        ActionItem item = sql.actionItems().get(0);
        assertThat(item.code()).isEqualTo("SQL-PARSE");
        assertThat(item.message()).contains("line 2").contains("RETURN 1 +* 2;").contains("Hint:")
                .doesNotContain("expecting").hasSizeLessThan(400);
    }
}
