package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Values of 64 MB (LONGTEXT, LONGBLOB) and JSON documents of 5 MB load whole and byte for byte with 384 MB of heap
 * free (the rest taken by ballast): a table of large values is fetched a row at a time, not 10,000 rows of them, and
 * a large value goes into COPY through a bounded buffer.
 */
class LargeValuesLoadTest {
    private static final int MB = 1 << 20;

    @Test
    void sixtyFourMegabyteValuesLoadExactlyWithBoundedHeap() throws Exception {
        // a 64 MB value plus the row around it needs a larger packet than the servers' default 64 MB
        Databases.mariaDb().run("SET GLOBAL max_allowed_packet = 268435456");
        TestDatabase maria = FullLoadTest.source(Engine.MARIADB, "load_large_values",
                "CREATE TABLE lob (id int PRIMARY KEY, doc json, t longtext, b longblob)",
                // many small rows in the same table: a fetch of 10,000 rows must not hold 10,000 large ones
                "INSERT INTO lob SELECT seq, CONCAT('{\"n\": ', seq, '}'), CONCAT('row ', seq), X'00FF' FROM "
                        + FullLoadTest.numbers(10, 2000),
                "INSERT INTO lob VALUES (1, CONCAT('{\"a\": \"', REPEAT('json\\\\\\\\ é ', 5 * 1024 * 1024 / 9),"
                        + " '\"}'), NULL, NULL)",
                "INSERT INTO lob VALUES (2, NULL, REPEAT('tab\\there\\nback\\\\slash é\\r-32bytes!', 2 * 1024 * 1024),"
                        + " NULL)",
                "INSERT INTO lob VALUES (3, NULL, NULL, REPEAT(X'000A5C09FF0D2200', 8 * 1024 * 1024))",
                "INSERT INTO lob VALUES (4, '[]', REPEAT('x', 8 * 1024 * 1024), REPEAT(X'01', 8 * 1024 * 1024))");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        LoadResult result;
        List<byte[]> ballast = ballastLeaving(FREE_HEAP);
        try {
            result = FullLoadTest.load(maria, pg, LoadOptions.defaults().withWorkers(2));
        } finally {
            ballast.clear();
        }
        assertThat(result.rowsByTable()).containsEntry("lob", 1995L);
        assertThat(result.notLoaded()).isEmpty();
        assertThat(digests(maria, "SELECT id, LENGTH(doc), MD5(doc), LENGTH(t), MD5(t), LENGTH(b), MD5(b) FROM lob"
                + " WHERE id < 10 ORDER BY id"))
                .isEqualTo(digests(pg, "SELECT id, octet_length(doc::text), md5(doc::text), octet_length(t), md5(t),"
                        + " length(b), md5(b) FROM " + maria.database() + ".lob WHERE id < 10 ORDER BY id"))
                .anySatisfy(row -> assertThat(row).contains(String.valueOf(64 * MB)));
        assertThat(FullLoadTest.validate(maria, pg).identical()).isTrue();
    }

    /** Heap the load may use: the rest of this JVM's heap is taken by ballast while it runs. */
    private static final long FREE_HEAP = 384L * MB;

    /**
     * Arrays that fill the heap but {@code free} bytes (after a collection), so the work that follows fails with
     * OutOfMemoryError if it needs more; each just under 4 MB, so they fill whole G1 regions.
     */
    private static List<byte[]> ballastLeaving(long free) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long fill = rt.maxMemory() - used - free;
        List<byte[]> ballast = new ArrayList<>();
        for (long taken = 0; taken + 4 * MB <= fill; taken += 4 * MB) {
            ballast.add(new byte[4 * MB - 64]);
        }
        return ballast;
    }

    private static List<String> digests(TestDatabase db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }
}
