package org.dmspilot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark schema as MySQL DDL: {@code tables} tables (every fifth with a foreign key to the one before),
 * {@code views} views and {@code routines} routines (half procedures, half functions).
 */
final class GeneratedSchema {
    private GeneratedSchema() {
    }

    /** The generated schema as a dump file (DELIMITER blocks for routines), as the dump reader reads it. */
    static Path dumpFile(int tables, int views, int routines) throws IOException {
        Path file = Files.createTempFile("dmspilot-bench", ".sql");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("-- Database: bench\nUSE `bench`;\n");
            for (String s : tables(tables)) {
                w.write(s + ";\n");
            }
            for (String s : views(views, tables)) {
                w.write(s + ";\n");
            }
            w.write("DELIMITER ;;\n");
            for (String s : routines(routines, tables)) {
                w.write(s + " ;;\n");
            }
            w.write("DELIMITER ;\n");
        }
        return file;
    }

    static List<String> tables(int tables) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= tables; i++) {
            StringBuilder t = new StringBuilder("CREATE TABLE t").append(i).append(" (id INT UNSIGNED NOT NULL"
                    + " AUTO_INCREMENT, code VARCHAR(32) NOT NULL, name VARCHAR(100) DEFAULT 'x', amount"
                    + " DECIMAL(12,2) NOT NULL DEFAULT 0.00, created_at DATETIME DEFAULT CURRENT_TIMESTAMP,"
                    + " status ENUM('a','b','c') DEFAULT 'a', notes TEXT, parent_id INT UNSIGNED NULL,"
                    + " PRIMARY KEY (id), KEY k_code (code), UNIQUE KEY uq_code_name (code, name)");
            if (i > 1 && i % 5 == 0) {
                t.append(", CONSTRAINT fk_t").append(i).append(" FOREIGN KEY (parent_id) REFERENCES t").append(i - 1)
                        .append(" (id)");
            }
            out.add(t.append(") ENGINE=InnoDB").toString());
        }
        return out;
    }

    static List<String> views(int views, int tables) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= views; i++) {
            out.add("CREATE VIEW v" + i + " AS SELECT id, code, amount FROM t" + (1 + i % tables)
                    + " WHERE status = 'a'");
        }
        return out;
    }

    static List<String> routines(int routines, int tables) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= routines; i++) {
            out.add(i % 2 == 0
                    ? "CREATE PROCEDURE p" + i + "(IN a INT, OUT b VARCHAR(20)) MODIFIES SQL DATA BEGIN"
                            + " SELECT COUNT(*) INTO a FROM t" + (1 + i % tables) + "; SET b = 'done'; END"
                    : "CREATE FUNCTION f" + i + "(a INT) RETURNS INT DETERMINISTIC RETURN a + " + i);
        }
        return out;
    }
}
