package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.SourceDump;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server's own dump of a schema (MariaDB's mariadb-dump, MySQL's mysqldump) reads into the same model as the live
 * catalog of that server.
 */
class LiveAndDumpAgreeTest {
    @TempDir
    Path dir;

    static Schema live(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return new LiveCatalogReader(c, "test").read(List.of(db.database()), ProgressListener.NONE)
                    .schema(db.database()).orElseThrow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void richSchemaReadsTheSameLiveAndFromItsDump(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "agree_rich");
        RichSchema.create(db);
        db.execute("INSERT INTO customers (email, notes) VALUES ('a@b', 'x;y'), ('c;d@e', 'it''s \\\\ fine')");
        Schema live = live(db);
        Path dump = SourceDump.dump(db, dir.resolve("rich.sql"), true);
        Catalog fromDump = DumpCatalogReader.read(dump, null, ProgressListener.NONE);
        assertThat(fromDump.schemas()).extracting(Schema::name).containsExactly(db.database());
        assertThat(fromDump.serverVersion()).startsWith(engine == Engine.MYSQL ? "9.7" : "11.4");
        assertThat(CatalogDifferences.between(live, fromDump.schemas().get(0))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void edgeShapesReadTheSameLiveAndFromTheDump(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "agree_edges");
        db.execute(edgeShapes(engine, """
                CREATE TABLE shapes (
                  id MEDIUMINT UNSIGNED NOT NULL PRIMARY KEY COMMENT 'the ''id''',
                  y YEAR DEFAULT 2024, t TIME(2) DEFAULT '10:00:00.50', flag TINYINT(1) NOT NULL DEFAULT 1,
                  f FLOAT(7,3) DEFAULT 1.5, b BINARY(16), vb VARBINARY(20) DEFAULT 'ab', bl BLOB, doc JSON,
                  g GEOMETRY, s SET('a','b','c') DEFAULT 'a,b', e ENUM('it''s','x') DEFAULT 'it''s',
                  nl VARCHAR(20) DEFAULT 'line1\\nline2', ch CHAR(3) CHARACTER SET ascii,
                  ts TIMESTAMP(6) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(6),
                  amount DECIMAL(10,0) UNSIGNED ZEROFILL, big BIGINT UNSIGNED DEFAULT 18446744073709551615,
                  d DATE DEFAULT (CURRENT_DATE + INTERVAL 1 DAY),
                  CONSTRAINT chk_quote CHECK (e <> 'x' OR s <> ''),
                  KEY k_hash (y) USING HASH, KEY k_ignored (f) IGNORED, UNIQUE KEY uq (b, vb(4))
                ) ENGINE=InnoDB COMMENT='it''s a table' DEFAULT CHARSET=latin1""",
                "CREATE TABLE hashed (id INT NOT NULL, PRIMARY KEY (id)) PARTITION BY HASH (id) PARTITIONS 3",
                "CREATE TABLE listed (id INT NOT NULL, region CHAR(2) NOT NULL, PRIMARY KEY (id, region))"
                        + " PARTITION BY LIST COLUMNS (region) (PARTITION p_eu VALUES IN ('de','fr'),"
                        + " PARTITION p_us VALUES IN ('us'))",
                "CREATE TABLE sub (id INT NOT NULL, at DATE NOT NULL, PRIMARY KEY (id, at))"
                        + " PARTITION BY RANGE (YEAR(at)) SUBPARTITION BY HASH (id) SUBPARTITIONS 2"
                        + " (PARTITION p0 VALUES LESS THAN (2020), PARTITION p1 VALUES LESS THAN MAXVALUE)",
                "CREATE VIEW v_local AS SELECT id FROM shapes WHERE flag = 1 WITH LOCAL CHECK OPTION",
                "CREATE VIEW v_nested AS SELECT v.id FROM v_local v",
                "CREATE PROCEDURE odd_params(IN a BOOL, IN b DECIMAL, INOUT c CHAR, OUT d TEXT CHARSET latin1,"
                        + " IN e ENUM('x','y')) NOT DETERMINISTIC CONTAINS SQL SQL SECURITY INVOKER"
                        + " COMMENT 'odd' BEGIN /* keep; me */ SET c = 'z'; -- and me\n END",
                "CREATE FUNCTION money(x DECIMAL(10,2)) RETURNS DECIMAL(12,2) UNSIGNED DETERMINISTIC NO SQL"
                        + " RETURN x * 1.2",
                "CREATE TRIGGER shapes_bu BEFORE UPDATE ON shapes FOR EACH ROW SET NEW.flag = 1",
                "CREATE TRIGGER shapes_bu0 BEFORE UPDATE ON shapes FOR EACH ROW PRECEDES shapes_bu SET NEW.y = 2024",
                "CREATE EVENT ends_soon ON SCHEDULE EVERY 2 HOUR STARTS '2030-01-01 00:00:00'"
                        + " ENDS '2030-02-01 00:00:00' DISABLE ON SLAVE DO UPDATE shapes SET flag = 0"));
        Schema live = live(db);
        Path dump = SourceDump.dump(db, dir.resolve("edges.sql"), false);
        Schema fromDump = DumpCatalogReader.read(dump, null, ProgressListener.NONE).schemas().get(0);
        assertThat(CatalogDifferences.between(live, fromDump)).isEmpty();
        assertThat(live.table("sub").orElseThrow().partitioning().subpartitionMethod()).isEqualTo("HASH");
        assertThat(live.triggers()).extracting("name").containsExactly("shapes_bu0", "shapes_bu");
    }

    /** The edge shapes in the server's spelling: MySQL says INVISIBLE for MariaDB's IGNORED index, ON REPLICA. */
    private static String[] edgeShapes(Engine engine, String... statements) {
        if (engine != Engine.MYSQL) {
            return statements;
        }
        String[] out = new String[statements.length];
        for (int i = 0; i < statements.length; i++) {
            out[i] = statements[i].replace("KEY k_ignored (f) IGNORED", "KEY k_ignored (f) INVISIBLE")
                    .replace("DISABLE ON SLAVE", "DISABLE ON REPLICA");
        }
        return out;
    }
}
