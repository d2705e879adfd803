package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Trigger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden pairs for tinyint(1) columns the table conversion made boolean (products.is_active, orders.gift_wrap):
 * comparisons with integers and 0/1 values assigned to them (docs/conversion-sql.md, "Boolean columns").
 */
class BooleanColumnGoldenTest {
    private static final TableLookup TYPES = new TableLookup() {
        @Override
        public Optional<TableKeys> keys(String schema, String table) {
            return Optional.empty();
        }

        @Override
        public Optional<String> columnType(String schema, String table, String column) {
            return switch ((table + "." + column).toLowerCase(java.util.Locale.ROOT)) {
                case "products.is_active", "orders.gift_wrap" -> Optional.of("boolean");
                case "products.stock", "orders.id" -> Optional.of("bigint");
                default -> Optional.empty();
            };
        }
    };

    static String view(String mysql) {
        String sql = SqlTranslator.view(ViewSource.of("s", "v", mysql), TYPES).sql();
        return sql.substring(sql.indexOf("AS\n") + 3, sql.lastIndexOf(';'));
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            select id from products where is_active = 1           | select id from s.products where is_active = true
            select id from products where is_active = 0           | select id from s.products where is_active = false
            select id from products p where p.is_active <> 0      | select id from s.products p where p.is_active <> false
            select id from products p where 1 = p.is_active       | select id from s.products p where true = p.is_active
            select id from products where is_active <=> 1         | select id from s.products where is_active IS NOT DISTINCT FROM true
            select id from products where is_active = 2           | select id from s.products where is_active::integer = 2
            select id from products where is_active > 0           | select id from s.products where is_active::integer > 0
            select id from products where stock = 1               | select id from s.products where stock = 1
            select p.id from products p join orders o on o.id = p.id where o.gift_wrap = 1 | select p.id from s.products p join s.orders o on o.id = p.id where o.gift_wrap = true
            select id from orders where id in (select id from products where is_active = 1) | select id from s.orders where id in (select id from s.products where is_active = true)
            select o.id from orders o where exists (select 1 from products p where o.gift_wrap = 1) | select o.id from s.orders o where exists (select 1 from s.products p where o.gift_wrap = true)
            select is_active = 1 as on_sale from products         | select is_active = true as on_sale from s.products
            select id from customers where is_active = 1          | select id from s.customers where is_active = 1
            """)
    void booleanColumnsComparedWithIntegersBecomeBooleanComparisons(String mysql, String postgres) {
        assertThat(view(mysql)).isEqualTo(postgres);
    }

    private static String routine(String body) {
        Routine r = new Routine("p", Routine.Type.PROCEDURE, List.of(new Routine.Parameter("p_flag", Routine.Mode.IN,
                "int")), null, body, false, "MODIFIES SQL DATA", "DEFINER", null, null, null);
        return SqlTranslator.routine("s", r, TYPES).sql();
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            UPDATE products SET is_active = 0 WHERE id = 1        | UPDATE s.products SET is_active = false WHERE id = 1;
            UPDATE products SET is_active = p_flag, stock = 0     | UPDATE s.products SET is_active = (p_flag <> 0), stock = 0;
            UPDATE products SET stock = 1 WHERE is_active = 1     | UPDATE s.products SET stock = 1 WHERE is_active = true;
            UPDATE products SET stock = 0 WHERE is_active = p_flag | UPDATE s.products SET stock = 0 WHERE is_active::integer = p_flag;
            INSERT INTO products (id, is_active, stock) VALUES (1, 1, 1), (2, 0, 0) | INSERT INTO s.products (id, is_active, stock)\\n    VALUES (1, true, 1), (2, false, 0);
            INSERT INTO orders SET id = 3, gift_wrap = 1          | INSERT INTO s.orders (id, gift_wrap)\\n    VALUES (3, true);
            DELETE FROM products WHERE is_active = 0              | DELETE FROM s.products WHERE is_active = false;
            """)
    void zeroAndOneAssignedToBooleanColumnsBecomeFalseAndTrue(String mysql, String postgres) {
        assertThat(routine("BEGIN\n" + mysql + ";\nEND")).contains(postgres.replace("\\n", "\n"));
    }

    @org.junit.jupiter.api.Test
    void newAndOldColumnsOfATriggerKnowTheirTable() {
        Trigger t = new Trigger("t", "products", Trigger.Timing.AFTER, Trigger.RowEvent.UPDATE, 1,
                "BEGIN\n  IF NEW.is_active = 0 AND OLD.is_active = 1 THEN\n    UPDATE orders SET gift_wrap = 0;\n"
                        + "  END IF;\nEND", null, null);
        assertThat(SqlTranslator.triggers("s", List.of(t), TYPES).get(0).sql())
                .contains("IF NEW.is_active = false AND OLD.is_active = true THEN")
                .contains("UPDATE s.orders SET gift_wrap = false;");
    }
}
