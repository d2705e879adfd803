package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.junit.jupiter.api.Test;

/**
 * information_schema.COLUMNS rows recorded on MySQL 5.7 / 8.0 / 8.4 and old MariaDB (no such server here), mapped by
 * the same code the live reader uses.
 */
class MysqlInformationSchemaRowsTest {
    private static final ServerVersion MYSQL_80 = ServerVersion.parse("8.0.36", "MySQL Community Server - GPL");
    private static final ServerVersion MYSQL_57 = ServerVersion.parse("5.7.44-log", "MySQL Community Server (GPL)");
    private static final ServerVersion MARIADB_101 = ServerVersion.parse("10.1.48-MariaDB", "mariadb.org");

    private static Row column(String name, String type, String dataType, String nullable, String def,
            String extra) {
        Map<String, String> v = new HashMap<>();
        v.put("COLUMN_NAME", name);
        v.put("ORDINAL_POSITION", "1");
        v.put("COLUMN_TYPE", type);
        v.put("DATA_TYPE", dataType);
        v.put("IS_NULLABLE", nullable);
        v.put("COLUMN_DEFAULT", def);
        v.put("EXTRA", extra);
        v.put("GENERATION_EXPRESSION", "");
        return new Row(v);
    }

    private static Row generated(String name, String expression) {
        Row plain = column(name, "varchar(60)", "varchar", "YES", null, "VIRTUAL GENERATED");
        Map<String, String> v = new HashMap<>();
        for (String key : List.of("COLUMN_NAME", "ORDINAL_POSITION", "COLUMN_TYPE", "DATA_TYPE", "IS_NULLABLE",
                "EXTRA")) {
            v.put(key, plain.str(key));
        }
        v.put("GENERATION_EXPRESSION", expression);
        return new Row(v);
    }

    @Test
    void mysqlUnquotedStringDefaultIsAString() {
        Column c = ColumnRows.map(column("name", "varchar(80)", "varchar", "YES", "it's", ""), MYSQL_80);
        assertThat(c.defaultValue()).isEqualTo(DefaultValue.string("it's"));
    }

    @Test
    void mysqlCurrentTimestampWithDefaultGeneratedIsAnExpressionSpelledLikeMariaDb() {
        Column c = ColumnRows.map(column("created_at", "timestamp", "timestamp", "NO", "CURRENT_TIMESTAMP",
                "DEFAULT_GENERATED on update CURRENT_TIMESTAMP"), MYSQL_80);
        assertThat(c.defaultValue()).isEqualTo(DefaultValue.expression("current_timestamp()"));
        assertThat(c.onUpdate()).isEqualTo("current_timestamp()");
    }

    @Test
    void mysql8ExpressionDefaultIsFlaggedByDefaultGenerated() {
        Column c = ColumnRows.map(column("ref", "binary(16)", "binary", "YES", "uuid_to_bin(uuid())",
                "DEFAULT_GENERATED"), MYSQL_80);
        assertThat(c.defaultValue()).isEqualTo(DefaultValue.expression("uuid_to_bin(uuid())"));
    }

    @Test
    void mysql57CurrentTimestampWithPrecisionIsAnExpressionWithoutDefaultGenerated() {
        Column c = ColumnRows.map(column("placed", "datetime(3)", "datetime", "NO", "CURRENT_TIMESTAMP(3)",
                "on update CURRENT_TIMESTAMP(3)"), MYSQL_57);
        assertThat(c.defaultValue()).isEqualTo(DefaultValue.expression("current_timestamp(3)"));
        assertThat(c.onUpdate()).isEqualTo("current_timestamp(3)");
    }

    @Test
    void mysqlTextLookingLikeCurrentTimestampInAVarcharStaysAString() {
        Column c = ColumnRows.map(column("note", "varchar(30)", "varchar", "YES", "CURRENT_TIMESTAMP", ""),
                MYSQL_80);
        assertThat(c.defaultValue()).isEqualTo(DefaultValue.string("CURRENT_TIMESTAMP"));
    }

    @Test
    void mysqlNullDefaultMeansDefaultNullOnlyForNullableColumns() {
        assertThat(ColumnRows.map(column("a", "int", "int", "YES", null, ""), MYSQL_80).defaultValue())
                .isEqualTo(DefaultValue.NULL);
        assertThat(ColumnRows.map(column("a", "int", "int", "NO", null, ""), MYSQL_80).defaultValue()).isNull();
    }

    @Test
    void mysqlNumbersAndBitsAreTyped() {
        assertThat(ColumnRows.map(column("n", "decimal(10,2)", "decimal", "NO", "0.00", ""), MYSQL_80)
                .defaultValue()).isEqualTo(DefaultValue.number("0.00"));
        assertThat(ColumnRows.map(column("b", "bit(3)", "bit", "YES", "b'101'", ""), MYSQL_80).defaultValue())
                .isEqualTo(DefaultValue.bit("b'101'"));
        assertThat(ColumnRows.map(column("s", "varchar(5)", "varchar", "YES", "42", ""), MYSQL_80).defaultValue())
                .isEqualTo(DefaultValue.string("42"));
    }

    @Test
    void mysql8GeneratedAndInvisibleColumnsAreRecognisedFromExtra() {
        Row r = column("full", "varchar(200)", "varchar", "YES", null, "STORED GENERATED INVISIBLE");
        r.values().put("GENERATION_EXPRESSION", "concat(`a`,_utf8mb4' ',`b`)");
        Column c = ColumnRows.map(r, MYSQL_80);
        assertThat(c.generated().stored()).isTrue();
        assertThat(c.invisible()).isTrue();
        assertThat(c.defaultValue()).isNull();
    }

    @Test
    void mysql84IntegerWithoutDisplayWidthKeepsItsType() {
        Column c = ColumnRows.map(column("id", "int unsigned", "int", "NO", null, "auto_increment"),
                ServerVersion.parse("8.4.3", null));
        assertThat(c.columnType()).isEqualTo("int unsigned");
        assertThat(c.unsigned()).isTrue();
        assertThat(c.autoIncrement()).isTrue();
        assertThat(c.defaultValue()).isNull();
    }

    @Test
    void oldMariaDbBefore1027DoesNotQuoteDefaults() {
        assertThat(MARIADB_101.quotesDefaults()).isFalse();
        assertThat(ColumnRows.map(column("s", "varchar(5)", "varchar", "YES", "abc", ""), MARIADB_101)
                .defaultValue()).isEqualTo(DefaultValue.string("abc"));
    }

    @Test
    void versionStringsAreParsedForBothFamilies() {
        assertThat(ServerVersion.parse("5.5.5-10.6.12-MariaDB-log", null).describe()).isEqualTo("MariaDB 10.6.12");
        assertThat(ServerVersion.parse("8.0.36", null).hasIntegerDisplayWidth()).isFalse();
        assertThat(ServerVersion.parse("8.0.18", null).hasIntegerDisplayWidth()).isTrue();
        assertThat(ServerVersion.parse("11.4.5-MariaDB", null).quotesDefaults()).isTrue();
    }

    /** Texts as MySQL 9.7 writes them for {@code DEFAULT ('it''s')} and a generated column over string literals. */
    @Test
    void mysqlEscapedExpressionTextsAreReadAsTheyWouldBeTyped() {
        ServerVersion mysql97 = ServerVersion.parse("9.7.4", "MySQL Community Server - GPL");
        Column gen = ColumnRows.map(generated("g", "concat(`e`,_utf8mb4\\'a\\\\\\\\b\\',_utf8mb4\\'it\\\\\\'s\\',"
                + "substring_index(`e`,_utf8mb4\\'@\\',-(1)))"), mysql97);
        assertThat(gen.generated().expression())
                .isEqualTo("concat(`e`,_utf8mb4'a\\\\b',_utf8mb4'it\\'s',substring_index(`e`,_utf8mb4'@',-(1)))");
        Column def = ColumnRows.map(column("d", "varchar(20)", "varchar", "YES", "_utf8mb4\\'it\\\\\\'s\\'",
                "DEFAULT_GENERATED"), mysql97);
        assertThat(def.defaultValue()).isEqualTo(DefaultValue.expression("_utf8mb4'it\\'s'"));
        assertThat(mysql97.expressionText("(`e` <> _utf8mb4\\'x\\\\\\'y\\')")).isEqualTo("(`e` <> _utf8mb4'x\\'y')");
        assertThat(MARIADB_101.expressionText("concat(`code`,'-x\\\\')")).isEqualTo("concat(`code`,'-x\\\\')");
        assertThat(MYSQL_57.expressionText("concat(`code`,'it\\'s')")).isEqualTo("concat(`code`,'it\\'s')");
    }
}
