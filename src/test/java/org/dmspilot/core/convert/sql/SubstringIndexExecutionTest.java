package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SUBSTRING_INDEX with positive and negative counts gives the same strings on both engines. */
class SubstringIndexExecutionTest {
    @ParameterizedTest(name = "count {0}")
    @ValueSource(ints = {1, 2, 3, -1, -2, -3})
    void sameResultOnBothEngines(int count) throws Exception {
        try (TwoEngines e = new TwoEngines("substring_index")) {
            e.both("CREATE TABLE t (id int PRIMARY KEY, s varchar(40))",
                    "INSERT INTO t VALUES (1, 'ann@example.org'), (2, 'a@b@c'), (3, 'plain'), (4, ''), (5, NULL),"
                            + " (6, '@lead'), (7, 'trail@')");
            String expr = "substring_index(s, '@', " + count + ")";
            String pg = new SqlExpressions("t").translate(expr).orElseThrow().sql();
            assertThat(e.postgresRows("SELECT id, " + pg + " FROM t ORDER BY id"))
                    .isEqualTo(e.mariadbRows("SELECT id, " + expr + " FROM t ORDER BY id"));
        }
    }
}
