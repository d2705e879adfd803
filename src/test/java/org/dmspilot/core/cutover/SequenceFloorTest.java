package org.dmspilot.core.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After the switch, an identity continues after max(id) and after the source's AUTO_INCREMENT: ids the source handed
 * out and deleted (the last orders of the day, cancelled) are not handed out again on PostgreSQL.
 */
class SequenceFloorTest {
    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void identitiesSkipIdsTheSourceDeleted(Engine engine) throws Exception {
        TestDatabase src = FullLoadTest.source(engine, "seq_floor",
                "CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, note varchar(10))",
                "INSERT INTO orders (note) VALUES ('a'), ('b'), ('c'), ('d'), ('e')",
                "DELETE FROM orders WHERE id >= 4",
                "CREATE TABLE plain (id int AUTO_INCREMENT PRIMARY KEY)", "INSERT INTO plain VALUES (9)");
        TestDatabase pg = FullLoadTest.convertedTarget(src);
        String schema = TablePairs.targetSchema(src.database());
        pg.execute("INSERT INTO \"" + schema + "\".orders (id, note) VALUES (1, 'a'), (2, 'b'), (3, 'c')",
                "INSERT INTO \"" + schema + "\".plain (id) VALUES (9)");
        try (Connection s = src.connect(); Connection t = pg.connect()) {
            var floors = SequenceReset.sourceAutoIncrements(s, TablePairs.read(s, t, src.database()),
                    src.database());
            var resets = SequenceReset.resetAll(t, schema, floors);
            assertThat(resets).extracting(r -> r.table().substring(r.table().indexOf('.') + 1) + "=" + r.nextValue())
                    .containsExactlyInAnyOrder("orders=6", "plain=10");
            try (ResultSet rs = t.createStatement().executeQuery(
                    "INSERT INTO \"" + schema + "\".orders (note) VALUES ('new') RETURNING id")) {
                rs.next();
                assertThat(rs.getLong(1)).as("4 and 5 were handed out on the source").isEqualTo(6);
            }
        }
    }
}
