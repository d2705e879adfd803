package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What only Oracle MySQL writes into its binlog, through CDC on the real MySQL 9.7: JSON documents (over 64 KB,
 * nested, doubles that a BigDecimal(double) formatter changes), partial JSON updates
 * ({@code binlog_row_value_options = PARTIAL_JSON}) and compressed transactions
 * ({@code binlog_transaction_compression = ON}), and rows of a table whose generated columns, defaults and CHECK hold
 * string literals ({@link MysqlValuesLoadTest#LABELS}) written in both kinds of session; every value compared one by
 * one.
 */
class MysqlBinlogExtrasTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void jsonDocumentsPartialUpdatesAndCompressedTransactionsArriveExactly() throws Exception {
        TestDatabase my = Databases.newMysqlDatabase("cdc_my_json");
        my.execute("CREATE TABLE docs (id int PRIMARY KEY, doc json, note varchar(40), n int)",
                MysqlValuesLoadTest.LABELS);
        TestDatabase pg = Databases.newPostgresDatabase(my.database() + "_pg");
        try (Connection s = my.connect(); Connection t = pg.connect()) {
            TargetSchema.convertAndApply(s, t, my.database(), "test", ProgressListener.NONE);
        }
        try (CdcFixture cdc = CdcFixture.start(my, pg, LocalMigration.Mode.CDC,
                CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
            cdc.awaitCaughtUp(my, WAIT);
            String big = "{\"items\": [" + String.join(", ", java.util.Collections.nCopies(1500,
                    "{\"k\": \"value-0123456789\", \"x\": [1, 2.5, {\"deep\": {\"deeper\": [true, null]}}]}")) + "]}";
            try (Connection c = my.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO docs VALUES (1, '{\"small\": 1.5e-7, \"mid\": 12345678.9, \"huge\": 1e300,"
                        + " \"neg\": -2.5e-300, \"third\": 0.3333333333333333, \"int\": 9007199254740993,"
                        + " \"nested\": {\"a\": [1, {\"b\": \"c\"}], \"quote\\\\\"d\": \"x\"}}', 'plain', 1)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs VALUES (2, ?, 'big', 2)")) {
                    ps.setString(1, big);
                    ps.executeUpdate();
                }
                s.execute("INSERT INTO docs VALUES (3, '[1, 2, 3]', 'array', 3), (4, NULL, 'null doc', 4)");
            }
            assertThat(big.length()).isGreaterThan(64 * 1024);
            BinlogPosition beforePartial = CdcFixture.sourcePosition(my);
            try (Connection c = my.connect(); Statement s = c.createStatement()) {
                s.execute("SET SESSION binlog_row_value_options = 'PARTIAL_JSON'");
                s.execute("UPDATE docs SET doc = JSON_SET(doc, '$.small', 2.5e-8, '$.added', 'new'), note = 'partial',"
                        + " n = n + 10 WHERE id = 1");
                s.execute("UPDATE docs SET doc = JSON_REPLACE(doc, '$.nested.a[1].b', 12345678.9) WHERE id = 1");
                s.execute("UPDATE docs SET doc = JSON_REMOVE(doc, '$.nested.\"quote\\\\\"d\"') WHERE id = 1");
                s.execute("UPDATE docs SET doc = JSON_SET(doc, '$.items[3].k', 'changed', '$.items[0].x[1]', 1e300)"
                        + " WHERE id = 2");
                s.execute("UPDATE docs SET doc = JSON_ARRAY_INSERT(doc, '$[1]', 1.5e-7), n = 33 WHERE id = 3");
                s.execute("UPDATE docs SET doc = JSON_REMOVE(doc, '$[0]') WHERE id = 3");
                s.execute("INSERT INTO labels (id, code) VALUES (1, 'p-1'), (2, 'it''s \\\\ 2')");
                s.execute("UPDATE labels SET code = CONCAT(code, '-u'), status = 'upd' WHERE id = 1");
            }
            try (Connection c = my.connect(); Statement s = c.createStatement()) {
                s.execute("SET SESSION binlog_transaction_compression = ON");
                c.setAutoCommit(false);
                for (int i = 10; i < 200; i++) {
                    s.execute("INSERT INTO docs VALUES (" + i + ", JSON_OBJECT('i', " + i + ", 'f', " + i
                            + " / 7e10, 'arr', JSON_ARRAY(" + i + ", 'x')), CONCAT('c', " + i + "), " + i + ")");
                }
                s.execute("UPDATE docs SET n = -n, doc = JSON_SET(doc, '$.upd', 0.1) WHERE id BETWEEN 10 AND 60");
                s.execute("DELETE FROM docs WHERE id BETWEEN 150 AND 160");
                for (int i = 10; i < 40; i++) {
                    s.execute("INSERT INTO labels (id, code) VALUES (" + i + ", 'c-" + i + "')");
                }
                s.execute("UPDATE labels SET code = REPLACE(code, '-', '+') WHERE id BETWEEN 10 AND 20");
                s.execute("DELETE FROM labels WHERE id = 2");
                c.commit();
                s.execute("SET SESSION binlog_row_value_options = 'PARTIAL_JSON'");
                s.execute("UPDATE docs SET doc = JSON_SET(doc, '$.arr[1]', 'partial-in-compressed'), note = 'both'"
                        + " WHERE id BETWEEN 100 AND 120");
                c.commit();
            }
            List<String> types = eventTypes(my, beforePartial);
            assertThat(types).as("the server really wrote these events").contains("Update_rows_partial",
                    "Transaction_payload");
            cdc.awaitCaughtUp(my, WAIT);
            assertSameValues(my, pg);
            try (Connection s = my.connect(); Connection t = pg.connect()) {
                assertThat(ValueByValue.differences(s, t, my.database(), "labels", "id",
                        MysqlValuesLoadTest.LABEL_COLUMNS)).isEmpty();
            }
        }
    }

    /** Every row and value of {@code docs}: JSON compared as jsonb, the rest as text. */
    static void assertSameValues(TestDatabase my, TestDatabase pg) throws Exception {
        TreeMap<Integer, String[]> source = new TreeMap<>();
        try (Connection c = my.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, CAST(doc AS CHAR), note, n FROM docs")) {
            while (rs.next()) {
                source.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        int compared = 0;
        try (Connection c = pg.connect(); PreparedStatement ps = c.prepareStatement("SELECT d.doc IS NOT DISTINCT"
                + " FROM ?::jsonb, d.note, d.n::text, d.doc::text FROM " + Sql.pg(my.database()) + ".docs d"
                + " WHERE d.id = ?")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + Sql.pg(my.database())
                    + ".docs")) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows on the target").isEqualTo(source.size());
            }
            for (var e : source.entrySet()) {
                ps.setString(1, e.getValue()[0]);
                ps.setInt(2, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("row " + e.getKey()).isTrue();
                    assertThat(rs.getBoolean(1)).as("doc of row " + e.getKey() + ": source " + abbreviate(
                            e.getValue()[0]) + ", target " + abbreviate(rs.getString(4))).isTrue();
                    assertThat(rs.getString(2)).as("note of row " + e.getKey()).isEqualTo(e.getValue()[1]);
                    assertThat(rs.getString(3)).as("n of row " + e.getKey()).isEqualTo(e.getValue()[2]);
                    compared += 3;
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "...";
    }

    static List<String> eventTypes(TestDatabase my, BinlogPosition from) throws Exception {
        List<String> types = new ArrayList<>();
        try (Connection c = my.connect(); ResultSet rs = c.createStatement().executeQuery("SHOW BINLOG EVENTS IN '"
                + from.file() + "' FROM " + from.position())) {
            while (rs.next()) {
                types.add(rs.getString("Event_type"));
            }
        }
        return types;
    }
}
