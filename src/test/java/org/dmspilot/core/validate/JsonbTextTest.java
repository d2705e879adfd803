package org.dmspilot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The jsonb text form computed in Java is the one PostgreSQL prints, for the shapes MySQL stores. */
class JsonbTextTest {
    private static final List<String> DOCS = List.of(
            "{\"k\": 94, \"tags\": [\"a\", \"b\"], \"n\": {\"x\": 0}}",
            "{\"bb\":1,\"a\":2,\"ccc\":{\"zz\":[],\"y\":{}},\"b\":null,\"ab\":true,\"aa\":false}",
            "{\"a\": 1, \"b\": 2, \"a\": 3}",
            "{\"é\": 1, \"z\": 2, \"ab\": 3, \"😀\": 4, \"ÿ\": 5, \"\": 0}",
            "[1.50, 1e2, -0, -0.0, 1.5E-3, 2E+3, 12345678901234567890123, 0.000001, 1.0e1, -17, 3.14159e0]",
            "\"tab\\there \\\"quoted\\\" back\\\\slash \\/ \\u0001 \\u001f \\u00e9 \\ud83d\\ude00 \\b\\f\\r\\n\"",
            "  { \"nested\" : [ { \"b\" : [ 1 , [ 2 , { } ] ] , \"a\" : \"x\" } ] }  ",
            "42", "true", "null", "[]", "{}", "\"\"", "-1.25E-2");

    @Test
    void javaPrintsWhatPostgresPrintsForJsonb() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("jsonb_text");
        try (Connection c = pg.connect(); PreparedStatement ps = c.prepareStatement("SELECT ?::jsonb::text")) {
            for (String doc : DOCS) {
                ps.setString(1, doc);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(JsonbText.of(doc)).as(doc).isEqualTo(rs.getString(1));
                    assertThat(JsonbText.of(doc.getBytes(StandardCharsets.UTF_8))).as(doc).isEqualTo(rs.getString(1));
                }
            }
        }
    }

    @Test
    void invalidOrTrailingTextHasNoForm() {
        assertThat(JsonbText.of("{\"a\": ")).isNull();
        assertThat(JsonbText.of("{} {}")).isNull();
        assertThat(JsonbText.of("")).isNull();
        assertThat(JsonbText.of("{\"a\": 1}")).isEqualTo("{\"a\": 1}");
    }
}
