package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Views created on MariaDB, read back from information_schema, converted, created on PostgreSQL: same rows. */
class ViewExecutionTest {
    private static TwoEngines db;

    @BeforeAll
    static void tables() throws Exception {
        db = new TwoEngines("views");
        db.mariadb("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50), city VARCHAR(30), born DATE)",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2), qty INT,"
                        + " placed DATETIME, note VARCHAR(100))");
        db.postgres("CREATE TABLE customers (id integer PRIMARY KEY, name varchar(50), city varchar(30), born date)",
                "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric(10,2), qty integer,"
                        + " placed timestamp, note varchar(100))");
        db.both("INSERT INTO customers VALUES (1, 'Ann', 'Oslo', '1980-02-03'), (2, 'Bob', NULL, NULL),"
                        + " (3, 'Cy', 'Rome', '1999-12-31'), (4, 'Di', 'Oslo', '1975-07-04')",
                "INSERT INTO orders VALUES (1, 1, 10.50, 2, '2024-01-05 09:08:07', 'first'),"
                        + " (2, 1, 99.99, 1, '2024-02-29 23:59:59', NULL), (3, 2, 5.00, 7, '2023-12-31 00:00:00', 'x'),"
                        + " (4, 3, 250.00, 3, '2024-03-01 12:00:00', NULL), (5, 4, 0.99, 0, '2024-03-02 13:14:15', 'y')");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private List<List<String>> sameRows(String name, String mysqlSelect, String orderBy) throws Exception {
        db.mariadb("CREATE VIEW " + name + " AS " + mysqlSelect);
        String definition = db.mariadbValue("SELECT VIEW_DEFINITION FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?", db.schema, name);
        ConvertedSql converted = SqlTranslator.view(ViewSource.of(db.schema, name, definition));
        db.postgres(converted.sql());
        String query = "SELECT * FROM " + name + " ORDER BY " + orderBy;
        List<List<String>> expected = db.mariadbRows(query);
        assertThat(db.postgresRows(query)).as(converted.sql()).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
        return expected;
    }

    @Test
    void viewWithIfnullIfGroupConcatDateFormatAndLimitReturnsTheSameRows() throws Exception {
        sameRows("customer_summary", """
                SELECT c.id, IFNULL(c.city, 'unknown') AS city,
                       IF(SUM(o.total) > 100, 'gold', 'standard') AS tier,
                       GROUP_CONCAT(o.id ORDER BY o.id DESC SEPARATOR '/') AS order_ids,
                       DATE_FORMAT(MAX(o.placed), '%d.%m.%Y %H:%i') AS last_order,
                       CONCAT(c.name, ' (', c.city, ')') AS label,
                       CONCAT_WS('-', c.name, c.city) AS label_ws
                FROM customers c JOIN orders o ON o.customer_id = c.id
                GROUP BY c.id, c.city, c.name
                ORDER BY c.id LIMIT 1, 2""", "id");
    }

    @Test
    void viewWithDateArithmeticStringFunctionsAndDivisionReturnsTheSameRows() throws Exception {
        sameRows("order_facts", """
                SELECT o.id, DATEDIFF('2024-03-31', o.placed) AS age_days,
                       TIMESTAMPDIFF(MONTH, o.placed, '2024-12-31 00:00:00') AS months_left,
                       DATE_FORMAT(DATE_ADD(o.placed, INTERVAL 90 MINUTE), '%Y-%m-%d %T') AS plus_90,
                       ROUND(o.total / o.qty, 2) AS unit_price, o.qty DIV 2 AS half, LENGTH(c.name) AS bytes,
                       UPPER(LEFT(c.name, 2)) AS initials, SUBSTRING(c.name, -2) AS tail,
                       LOCATE('n', c.name) AS n_at, COALESCE(o.note, c.city, 'none') AS note,
                       YEAR(o.placed) AS y, CAST(o.total AS SIGNED) AS whole,
                       GREATEST(o.qty, 1) AS at_least_one, o.note <=> NULL AS no_note
                FROM orders o JOIN customers c ON c.id = o.customer_id""", "id");
    }

    @Test
    void viewsOnViewsAreCreatedAfterTheViewsTheyRead() throws Exception {
        db.mariadb("CREATE VIEW base_orders AS SELECT id, total FROM orders WHERE total > 1",
                "CREATE VIEW big_orders AS SELECT id FROM base_orders WHERE total > 50",
                "CREATE VIEW big_order_count AS SELECT COUNT(*) AS n FROM big_orders");
        List<ViewSource> sources = new ArrayList<>();
        for (String name : List.of("big_order_count", "big_orders", "base_orders")) {
            sources.add(ViewSource.of(db.schema, name, db.mariadbValue("SELECT VIEW_DEFINITION FROM"
                    + " information_schema.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?", db.schema, name)));
        }
        List<ViewSource> ordered = SqlTranslator.orderViews(sources);
        assertThat(ordered).extracting(ViewSource::name).containsExactly("base_orders", "big_orders",
                "big_order_count");
        for (ViewSource view : ordered) {
            db.postgres(SqlTranslator.view(view).sql());
        }
        assertThat(db.postgresRows("SELECT n FROM big_order_count"))
                .isEqualTo(db.mariadbRows("SELECT n FROM big_order_count"));
    }
}
