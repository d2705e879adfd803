package org.dmspilot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Floats compared by value: the same doubles, printed in each server's own notation (MySQL {@code 3.4e38},
 * PostgreSQL {@code 3.4e+38}, exponents from different magnitudes), give the same canonical text.
 */
class FloatTextTest {
    private static final List<String> DOUBLES = List.of("0", "-0", "1", "-1", "0.1", "1e-3", "1e-4", "1e-5",
            "1.5e-7", "-2.5e-10", "123456789012345", "1e15", "1234567890123456", "1e16", "12345678901234567",
            "1e20", "1e22", "3.4028234663852886e38", "3.402820018375656e38", "1.7976931348623157e308", "5e-324",
            "2.2250738585072014e-308", "100", "0.5", "1024.125", "-9.999999747378752e-6", "-1.1754900067970481e-38",
            "1.1754900067970481e-38");

    private static List<String> canonical(Connection c, FloatText dialect, java.util.function.UnaryOperator<String>
            text) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String d : DOUBLES) {
                try (ResultSet rs = s.executeQuery("SELECT " + dialect.canonical(text.apply(d)))) {
                    rs.next();
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void theSameDoublesGiveTheSameTextOnBothServers(Engine engine) throws Exception {
        TestDatabase source = Databases.newSourceDatabase(engine, "float_text");
        TestDatabase pg = Databases.newPostgresDatabase("float_text_pg");
        List<String> mine;
        List<String> theirs;
        try (Connection s = source.connect(); Connection t = pg.connect()) {
            RowHash dialect = RowHash.of(s);
            mine = canonical(s, FloatText.MYSQL, dialect::doubleText);
            theirs = canonical(t, FloatText.POSTGRES, d -> "(" + d + "::float8)::text");
        }

        assertThat(mine).isEqualTo(theirs);
        assertThat(mine.subList(0, 9)).containsExactly("0", "0", "1e1", "-1e1", "1e0", "1e-2", "1e-3", "1e-4",
                "15e-6");
        assertThat(mine.get(DOUBLES.indexOf("3.402820018375656e38"))).isEqualTo("3402820018375656e39");
        assertThat(new java.util.HashSet<>(mine)).as("distinct doubles stay distinct (0 and -0 are equal)")
                .hasSize(DOUBLES.size() - 1);
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void theFullLoadCarriesEveryDoubleBitForBit(Engine engine) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < DOUBLES.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(DOUBLES.get(i)).append(')');
        }
        TestDatabase source = FullLoadTest.source(engine, "float_load", "CREATE TABLE d (id int PRIMARY KEY,"
                + " v double)", "INSERT INTO d VALUES " + rows);
        TestDatabase pg = FullLoadTest.convertedTarget(source);
        new FullLoad(source::connect, pg::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);

        List<String> differ = new ArrayList<>();
        try (Connection t = pg.connect(); Statement s = t.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, v FROM " + source.database() + ".d ORDER BY id")) {
            while (rs.next()) {
                double expected = Double.parseDouble(DOUBLES.get(rs.getInt(1)));
                if (Double.compare(Math.abs(expected), Math.abs(rs.getDouble(2))) != 0) {
                    differ.add(DOUBLES.get(rs.getInt(1)) + " arrived as " + rs.getDouble(2));
                }
            }
        }
        assertThat(differ).isEmpty();
        assertThat(FullLoadTest.validate(source, pg).identical()).isTrue();
    }
}
