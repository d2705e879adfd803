package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bulk queries adapt to what each server's information_schema has (recorded column lists). */
class InfoSchemaQueriesTest {
    /** information_schema columns of MySQL 8.0 that matter here (no VIEWS.ALGORITHM, CHECK_CONSTRAINTS without table). */
    private static Set<String> mysql80() {
        Map<String, List<String>> tables = Map.of(
                "TABLES", List.of("TABLE_SCHEMA", "TABLE_NAME", "TABLE_TYPE", "ENGINE", "TABLE_COLLATION", "TABLE_ROWS",
                        "DATA_LENGTH", "AUTO_INCREMENT", "CREATE_OPTIONS", "TABLE_COMMENT"),
                "STATISTICS", List.of("TABLE_SCHEMA", "TABLE_NAME", "INDEX_NAME", "NON_UNIQUE", "SEQ_IN_INDEX",
                        "COLUMN_NAME", "COLLATION", "SUB_PART", "INDEX_TYPE", "INDEX_COMMENT", "EXPRESSION",
                        "IS_VISIBLE"),
                "CHECK_CONSTRAINTS", List.of("CONSTRAINT_SCHEMA", "CONSTRAINT_NAME", "CHECK_CLAUSE"),
                "TABLE_CONSTRAINTS", List.of("TABLE_SCHEMA", "TABLE_NAME", "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME",
                        "CONSTRAINT_TYPE"),
                "VIEWS", List.of("TABLE_SCHEMA", "TABLE_NAME", "VIEW_DEFINITION", "CHECK_OPTION", "DEFINER",
                        "SECURITY_TYPE"));
        Set<String> out = new HashSet<>();
        tables.forEach((t, cols) -> {
            out.add(t);
            cols.forEach(c -> out.add(t + "." + c));
        });
        return out;
    }

    private static InfoQuery runnable(String kind, Set<String> capabilities) {
        return InfoSchemaQueries.ALL.stream().filter(q -> q.kind().equals(kind) && q.runsOn(capabilities))
                .findFirst().orElseThrow();
    }

    @Test
    void mysqlChecksComeFromTableConstraintsJoinedToCheckConstraints() {
        Set<String> caps = mysql80();
        assertThat(InfoSchemaQueries.ALL.stream().filter(q -> q.kind().equals(InfoSchemaQueries.CHECKS)
                && q.runsOn(caps))).hasSize(1);
        String sql = runnable(InfoSchemaQueries.CHECKS, caps).sql(caps, 2);
        assertThat(sql).contains("information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc")
                .contains("tc.CONSTRAINT_TYPE = 'CHECK'").contains("IN (?,?)");
    }

    @Test
    void mariaDbChecksComeStraightFromCheckConstraintsWithTheirTable() {
        Set<String> caps = new HashSet<>(mysql80());
        caps.add("CHECK_CONSTRAINTS.TABLE_NAME");
        String sql = runnable(InfoSchemaQueries.CHECKS, caps).sql(caps, 1);
        assertThat(sql).startsWith("SELECT cc.CONSTRAINT_SCHEMA AS CONSTRAINT_SCHEMA, cc.TABLE_NAME AS TABLE_NAME")
                .doesNotContain("JOIN");
    }

    @Test
    void columnsTheServerLacksAreSelectedAsNull() {
        Set<String> caps = mysql80();
        assertThat(runnable(InfoSchemaQueries.VIEWS, caps).sql(caps, 1)).contains("NULL AS ALGORITHM");
        assertThat(runnable(InfoSchemaQueries.INDEXES, caps).sql(caps, 1)).contains("s.EXPRESSION AS EXPRESSION")
                .contains("s.IS_VISIBLE AS IS_VISIBLE").contains("NULL AS IGNORED");
    }

    @Test
    void mysql57WithoutCheckConstraintsSkipsTheQuery() {
        Set<String> caps = new HashSet<>(mysql80());
        caps.removeIf(c -> c.startsWith("CHECK_CONSTRAINTS"));
        assertThat(InfoSchemaQueries.ALL.stream().filter(q -> q.kind().equals(InfoSchemaQueries.CHECKS)
                && q.runsOn(caps))).isEmpty();
    }

    @Test
    void mysql8FunctionalAndInvisibleIndexesAreMapped() {
        Row part = new Row(new java.util.HashMap<>(Map.of("TABLE_SCHEMA", "s", "TABLE_NAME", "t", "INDEX_NAME",
                "idx_lower", "NON_UNIQUE", "1", "SEQ_IN_INDEX", "1", "INDEX_TYPE", "BTREE", "INDEX_COMMENT", "",
                "EXPRESSION", "lower(`email`)", "IS_VISIBLE", "NO", "COLLATION", "A")));
        Row table = new Row(new java.util.HashMap<>(Map.of("TABLE_SCHEMA", "s", "TABLE_NAME", "t")));
        var assembler = new CatalogAssembler(ServerVersion.parse("8.0.36", null), Map.of(
                InfoSchemaQueries.TABLES, List.of(table), InfoSchemaQueries.INDEXES, List.of(part)));
        var index = assembler.schema("s", null, null).tables().get(0).indexes().get(0);
        assertThat(index.parts().get(0).column()).isNull();
        assertThat(index.parts().get(0).expression()).isEqualTo("lower(`email`)");
        assertThat(index.visible()).isFalse();
    }
}
