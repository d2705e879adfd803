package org.dmspilot.core.catalog;

import java.sql.SQLException;
import java.util.Arrays;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;

/**
 * A schema with one of everything the catalog reads, created statement by statement (no DELIMITER needed), on
 * MariaDB or MySQL: the same objects, where MariaDB's UUID type stands a CHAR(36) with an expression default on MySQL.
 */
final class RichSchema {
    static final String[] STATEMENTS = {
        """
        CREATE TABLE customers (
          id INT UNSIGNED NOT NULL AUTO_INCREMENT,
          email VARCHAR(120) NOT NULL,
          name VARCHAR(80) DEFAULT 'it''s',
          status ENUM('new','active','gone') NOT NULL DEFAULT 'new',
          tags SET('a','b') DEFAULT NULL,
          balance DECIMAL(10,2) NOT NULL DEFAULT 0.00,
          created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
          born DATE NULL,
          flags BIT(3) DEFAULT b'101',
          notes TEXT,
          prefs JSON,
          secret VARCHAR(10) INVISIBLE DEFAULT 'x',
          full_name VARCHAR(201) AS (CONCAT(name, ' ', email)) VIRTUAL,
          email_lower VARCHAR(120) AS (LOWER(email)) STORED,
          latin VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'a\\\\b',
          zf INT(5) UNSIGNED ZEROFILL DEFAULT 7,
          ratio DOUBLE DEFAULT -1.5e3,
          PRIMARY KEY (id),
          UNIQUE KEY uq_email (email),
          KEY idx_name_prefix (name(10), status DESC),
          FULLTEXT KEY ft_notes (notes) COMMENT 'search',
          CONSTRAINT chk_balance CHECK (balance >= 0)
        ) ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
          COMMENT='People who buy'""",
        """
        CREATE TABLE orders (
          id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
          customer_id INT UNSIGNED NOT NULL,
          total DECIMAL(12,2),
          placed DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
          CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
            ON DELETE CASCADE ON UPDATE RESTRICT
        ) ENGINE=InnoDB""",
        """
        CREATE TABLE order_lines (
          order_id BIGINT NOT NULL,
          line_no SMALLINT NOT NULL,
          sku CHAR(12) NOT NULL,
          ref UUID DEFAULT uuid(),
          qty INT NOT NULL DEFAULT 1,
          PRIMARY KEY (order_id, line_no),
          CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE NO ACTION ON UPDATE CASCADE
        )""",
        "CREATE TABLE places (id INT PRIMARY KEY, g POINT NOT NULL, SPATIAL INDEX sp_g (g)) ENGINE=InnoDB",
        """
        CREATE TABLE measurements (id INT NOT NULL, v FLOAT, PRIMARY KEY (id)) ENGINE=InnoDB
        PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (100), PARTITION pmax VALUES LESS THAN MAXVALUE)""",
        "CREATE TABLE audit (msg TEXT, at DATETIME) ENGINE=MyISAM",
        """
        CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW v_active_customers AS
          SELECT id, email FROM customers WHERE status = 'active' WITH CASCADED CHECK OPTION""",
        """
        CREATE ALGORITHM=TEMPTABLE VIEW v_order_totals AS
          SELECT c.id AS customer_id, COUNT(o.id) AS orders, SUM(o.total) AS total
          FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id""",
        """
        CREATE PROCEDURE add_order(IN p_customer INT UNSIGNED, IN p_total DECIMAL(12,2), OUT p_id BIGINT)
          MODIFIES SQL DATA COMMENT 'adds an order'
        BEGIN
          INSERT INTO orders (customer_id, total) VALUES (p_customer, p_total);
          SET p_id = LAST_INSERT_ID();
        END""",
        """
        CREATE FUNCTION order_count(p_customer INT) RETURNS INT DETERMINISTIC READS SQL DATA
          RETURN (SELECT COUNT(*) FROM orders WHERE customer_id = p_customer)""",
        """
        CREATE FUNCTION greeting(who VARCHAR(20)) RETURNS VARCHAR(40) CHARSET utf8mb4 SQL SECURITY INVOKER NO SQL
          RETURN CONCAT('Hello, ', who)""",
        """
        CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW
        BEGIN
          IF NEW.total < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative'; END IF;
        END""",
        "CREATE TRIGGER orders_bi2 BEFORE INSERT ON orders FOR EACH ROW FOLLOWS orders_bi SET NEW.total = "
                + "COALESCE(NEW.total, 0)",
        "CREATE TRIGGER orders_au AFTER UPDATE ON orders FOR EACH ROW INSERT INTO audit VALUES (CONCAT('order ', "
                + "NEW.id), NOW())",
        "CREATE EVENT purge_audit ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DISABLE COMMENT 'nightly' "
                + "DO DELETE FROM audit WHERE at < NOW() - INTERVAL 30 DAY",
        "CREATE EVENT one_shot ON SCHEDULE AT '2031-01-01 00:00:00' ON COMPLETION PRESERVE DO DELETE FROM audit",
    };

    private RichSchema() {
    }

    static void create(TestDatabase db) throws SQLException {
        db.execute(statements(db.engine()));
    }

    static String[] statements(Engine engine) {
        if (engine != Engine.MYSQL) {
            return STATEMENTS;
        }
        return Arrays.stream(STATEMENTS).map(s -> s.replace("ref UUID DEFAULT uuid()", "ref CHAR(36) DEFAULT (uuid())"))
                .toArray(String[]::new);
    }
}
