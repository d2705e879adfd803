package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.MariaDbDump;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded MariaDB's own mariadb-dump of a schema reads into the same model as the live catalog. */
class LiveAndDumpAgreeTest {
    @TempDir
    Path dir;

    static Schema live(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return new LiveCatalogReader(c, "test").read(List.of(db.database()), ProgressListener.NONE)
                    .schema(db.database()).orElseThrow();
        }
    }

    @Test
    void richSchemaReadsTheSameLiveAndFromItsDump() throws Exception {
        TestDatabase db = Databases.newMariaDbDatabase("agree_rich");
        RichSchema.create(db);
        db.execute("INSERT INTO customers (email, notes) VALUES ('a@b', 'x;y'), ('c;d@e', 'it''s \\\\ fine')");
        Schema live = live(db);
        Path dump = MariaDbDump.dump(db, dir.resolve("rich.sql"), true);
        Catalog fromDump = DumpCatalogReader.read(dump, null, ProgressListener.NONE);
        assertThat(fromDump.schemas()).extracting(Schema::name).containsExactly(db.database());
        assertThat(fromDump.serverVersion()).startsWith("11.4");
        assertThat(CatalogDifferences.between(live, fromDump.schemas().get(0))).isEmpty();
    }
}
