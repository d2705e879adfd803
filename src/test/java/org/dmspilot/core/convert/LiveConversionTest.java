package org.dmspilot.core.convert;

import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.model.convert.ConversionOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A schema read live from MariaDB, its data inspected, converted and applied to PostgreSQL. */
class LiveConversionTest {
    static TestDatabase maria;
    static TestDatabase pg;
    static ConversionResult result;

    @BeforeAll
    static void convert() throws Exception {
        maria = Databases.newMariaDbDatabase("live_convert");
        maria.execute(
                "CREATE TABLE flags (id bigint unsigned PRIMARY KEY, active tinyint(1) NOT NULL DEFAULT 1,"
                        + " rating tinyint(1), doc json, big bigint unsigned)",
                "INSERT INTO flags VALUES (1, 1, 0, '{\"a\": 1}', 5), (2, 0, 2, NULL, 18446744073709551615),"
                        + " (3, 1, NULL, '[]', NULL)");
        try (Connection c = maria.connect()) {
            Schema schema = new LiveCatalogReader(c, "test").read(List.of(maria.database()), ProgressListener.NONE)
                    .schemas().get(0);
            LiveFacts facts = LiveFacts.read(c, schema, ProgressListener.NONE);
            result = new SchemaConverter(ConversionOptions.defaults(), new SqlExpressions("test"), facts,
                    MappingRules.none()).convert(schema, ProgressListener.NONE);
        }
        pg = Databases.newPostgresDatabase("live_convert_pg");
        try (Connection c = pg.connect()) {
            SchemaApplier.apply(c, result.statements(), ProgressListener.NONE);
        }
    }

    @Test
    void theDataDecidesBooleanAndNumericWidening() throws Exception {
        assertThat(columnTypes()).containsExactlyInAnyOrder("id:bigint", "active:boolean", "rating:smallint",
                "doc:jsonb", "big:numeric");
    }

    @Test
    void sourceRowsLoadIntoTheConvertedTable() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = maria.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, active, rating, doc, big FROM flags ORDER BY id")) {
            while (rs.next()) {
                rows.add(String.format("(%s, %s, %s, %s, %s)", rs.getString(1),
                        rs.getInt(2) == 1 ? "true" : "false", rs.getString(3),
                        rs.getString(4) == null ? "NULL" : "'" + rs.getString(4) + "'", rs.getString(5)));
            }
        }
        pg.execute("INSERT INTO " + maria.database() + ".flags VALUES " + String.join(", ", rows)
                .replace(", null", ", NULL"));
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT max(big)::text, count(*) FILTER (WHERE active), max(doc->>'a') FROM " + maria.database()
                        + ".flags")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("18446744073709551615");
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getString(3)).isEqualTo("1");
        }
    }

    @Test
    void nothingUnverifiedIsReportedWhenTheSourceWasAsked() {
        assertThat(result.actionItems()).extracting(a -> a.code())
                .doesNotContain("TYPE-TINYINT1-UNVERIFIED", "TYPE-UNSIGNED-BIGINT");
    }

    private static Set<String> columnTypes() throws Exception {
        Set<String> types = new java.util.HashSet<>();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'flags'")) {
            while (rs.next()) {
                types.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return types;
    }
}
