package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.convert.MysqlColumnType;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.SourceDump;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * String defaults and ENUM labels with escapes read, live and from the server's own dump, as the values the server
 * stores: {@code '50\%'} keeps its backslash (a LIKE escape), {@code '\n'} is a newline. Before one reader served
 * all, an ENUM label with a newline read as {@code n} (live and dump, MariaDB and MySQL; CDC decoded such a value with
 * the wrong label text). The defaults passed on the old code too: the servers write {@code \\%} where the old
 * reader dropped the backslash of a bare {@code \%}, so this guards them, it does not show a difference.
 */
class QuotedTextFromServersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void stringDefaultsAreTheValuesTheServerStores(Engine engine) throws Exception {
        TestDatabase db = table(engine, "quoted_defaults");
        List<String> defaults = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pct, under, nl, quote FROM q WHERE id = 1")) {
            rs.next();
            for (int i = 1; i <= 4; i++) {
                defaults.add(rs.getString(i));
            }
        }
        assertThat(defaults).containsExactly("50\\% off", "a\\_b", "x\ny", "it's \"so\"");
        for (Map.Entry<String, Table> q : readBothWays(db).entrySet()) {
            assertThat(List.of("pct", "under", "nl", "quote")).as("defaults of %s", q.getKey())
                    .map(name -> q.getValue().column(name).map(Column::defaultValue).orElseThrow().value())
                    .isEqualTo(defaults);
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void enumLabelsAreTheValuesTheServerStores(Engine engine) throws Exception {
        TestDatabase db = table(engine, "quoted_labels");
        List<String> labels = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT e FROM q ORDER BY id")) {
            while (rs.next()) {
                labels.add(rs.getString(1));
            }
        }
        assertThat(labels).hasSize(5);
        for (Map.Entry<String, Table> q : readBothWays(db).entrySet()) {
            String columnType = q.getValue().column("e").orElseThrow().columnType();
            assertThat(MysqlColumnType.parse(columnType).args())
                    .as("labels of %s from %s", q.getKey(), columnType).isEqualTo(labels);
        }
    }

    private static TestDatabase table(Engine engine, String hint) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, hint);
        db.execute("CREATE TABLE q (id int PRIMARY KEY, pct varchar(20) DEFAULT '50\\% off',"
                        + " under varchar(20) DEFAULT 'a\\_b', nl varchar(20) DEFAULT 'x\\ny',"
                        + " quote varchar(20) DEFAULT 'it''s \\\"so\\\"',"
                        + " e ENUM('it''s', 'back\\\\slash', 'new\\nline', '50%', 'tab\\there'))",
                "INSERT INTO q (id, e) VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)");
        return db;
    }

    /** Table q as the live catalog reads it and as the server's own dump reads. */
    private Map<String, Table> readBothWays(TestDatabase db) throws Exception {
        Map<String, Table> out = new LinkedHashMap<>();
        Schema live = LiveAndDumpAgreeTest.live(db);
        Schema dumped = DumpCatalogReader.read(SourceDump.dump(db, dir.resolve(db.database() + ".sql"), false), null,
                ProgressListener.NONE).schemas().get(0);
        out.put("the live catalog", live.tables().stream().filter(t -> t.name().equals("q")).findFirst()
                .orElseThrow());
        out.put("the dump", dumped.tables().stream().filter(t -> t.name().equals("q")).findFirst().orElseThrow());
        return out;
    }
}
