package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dmspilot.core.convert.SchemaConverterTest;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SourceDdlTest {
    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void renderedTableDdlRunsOnTheSourceAndKeepsEveryColumnAndIndex(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "source_ddl");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET SESSION sql_mode = ''"); // the fixture's zero-date default, which MySQL's strict mode refuses
            for (Table t : SchemaConverterTest.shop().tables()) {
                s.execute(SourceDdl.table(t));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_schema = '"
                    + db.database() + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(SchemaConverterTest.shop().tables().stream()
                        .mapToInt(t -> t.columns().size()).sum());
            }
            try (ResultSet rs = s.executeQuery("SELECT sub_part FROM information_schema.statistics WHERE table_schema"
                    + " = '" + db.database() + "' AND table_name = 'customers' AND index_name = 'email'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(20);
            }
        }
    }

    @Test
    void identifiersAndLiteralsAreQuoted() {
        assertThat(SourceDdl.quote("we`ird")).isEqualTo("`we``ird`");
        assertThat(SourceDdl.literal("it's \\ here")).isEqualTo("'it''s \\\\ here'");
    }
}
