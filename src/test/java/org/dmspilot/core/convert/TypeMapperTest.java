package org.dmspilot.core.convert;

import org.dmspilot.model.convert.ConversionOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Golden pairs: MySQL column type in, PostgreSQL type and CHECK out (docs/conversion.md lists the same). */
class TypeMapperTest {
    private final TypeMapper defaults = new TypeMapper(ConversionOptions.defaults(),
            labels -> "\"s\".\"enum_" + String.join("_", labels) + "\"");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            tinyint(4)                | smallint                    | -
            tinyint(3) unsigned       | smallint                    | c >= 0
            smallint(6)               | smallint                    | -
            smallint(5) unsigned      | integer                     | c >= 0
            mediumint(9)              | integer                     | -
            mediumint(8) unsigned     | integer                     | c >= 0
            int(11)                   | integer                     | -
            int(10) unsigned zerofill | bigint                      | c >= 0
            int                       | integer                     | -
            bigint(20)                | bigint                      | -
            decimal(12,2)             | numeric(12,2)               | -
            decimal(10,0) unsigned    | numeric(10,0)               | c >= 0
            float                     | real                        | -
            float(30)                 | double precision            | -
            float(7,3)                | real                        | -
            double                    | double precision            | -
            double precision          | double precision            | -
            char(2)                   | char(2)                     | -
            varchar(255)              | varchar(255)                | -
            national varchar(20)      | varchar(20)                 | -
            tinytext                  | text                        | -
            longtext                  | text                        | -
            binary(16)                | bytea                       | -
            varbinary(64)             | bytea                       | -
            longblob                  | bytea                       | -
            date                      | date                        | -
            datetime                  | timestamp                   | -
            datetime(3)               | timestamp(3)                | -
            timestamp                 | timestamptz                 | -
            timestamp(6)              | timestamp(6) with time zone | -
            time(2)                   | time(2)                     | -
            year(4)                   | smallint                    | c = 0 OR c BETWEEN 1901 AND 2155
            bit(1)                    | bit(1)                      | -
            bit(12)                   | bit(12)                     | -
            json                      | jsonb                       | -
            point                     | geometry(Point)             | -
            uuid                      | uuid                        | -
            """)
    void mapsTypesAsTheTableSays(String mysql, String pg, String check) {
        MappedType mapped = defaults.map(MysqlColumnType.parse(mysql), ColumnFacts.UNKNOWN);
        assertThat(mapped.sql()).isEqualTo(pg);
        assertThat(mapped.checkFor("c")).isEqualTo(check);
    }

    @Test
    void tinyintOneBecomesBooleanOnlyWhenTheDataIsZeroOneOrNull() {
        MysqlColumnType t = MysqlColumnType.parse("tinyint(1)");
        assertThat(defaults.map(t, ColumnFacts.of(true, BigInteger.ONE)).sql()).isEqualTo("boolean");
        assertThat(defaults.map(t, ColumnFacts.of(false, BigInteger.valueOf(7))).sql()).isEqualTo("smallint");
        MappedType unknown = defaults.map(t, ColumnFacts.UNKNOWN);
        assertThat(unknown.sql()).isEqualTo("smallint");
        assertThat(unknown.notes()).extracting(MappedType.Note::code).containsExactly("TYPE-TINYINT1-UNVERIFIED");
    }

    @Test
    void timeBecomesIntervalOnlyWhenTheDataHoldsDurations() {
        MysqlColumnType t = MysqlColumnType.parse("time(6)");
        MappedType durations = defaults.map(t, ColumnFacts.time(false));
        assertThat(durations.sql()).isEqualTo("interval(6)");
        assertThat(durations.notes()).extracting(MappedType.Note::code).containsExactly("TYPE-TIME-INTERVAL");
        assertThat(defaults.map(t, ColumnFacts.time(true)).sql()).isEqualTo("time(6)");
        assertThat(defaults.map(MysqlColumnType.parse("time"), ColumnFacts.UNKNOWN).notes())
                .extracting(MappedType.Note::code).containsExactly("TYPE-TIME-RANGE");
    }

    @Test
    void tinyintOneStaysSmallintWhenTheOptionIsOff() {
        TypeMapper noBool = new TypeMapper(new ConversionOptions(ConversionOptions.EnumStrategy.ENUM_TYPE, false,
                ConversionOptions.CaseInsensitive.IGNORE), l -> "e");
        assertThat(noBool.map(MysqlColumnType.parse("tinyint(1)"), ColumnFacts.of(true, BigInteger.ONE)).sql())
                .isEqualTo("smallint");
    }

    @Test
    void unsignedBigintWidensToNumericOnlyWhenTheDataNeedsIt() {
        MysqlColumnType t = MysqlColumnType.parse("bigint(20) unsigned");
        assertThat(defaults.map(t, ColumnFacts.of(null, BigInteger.valueOf(42))).sql()).isEqualTo("bigint");
        assertThat(defaults.map(t, ColumnFacts.of(null, new BigInteger("18446744073709551615"))).sql())
                .isEqualTo("numeric(20)");
        MappedType unknown = defaults.map(t, ColumnFacts.UNKNOWN);
        assertThat(unknown.sql()).isEqualTo("bigint");
        assertThat(unknown.checkFor("\"id\"")).isEqualTo("\"id\" >= 0");
        assertThat(unknown.notes()).extracting(MappedType.Note::code).containsExactly("TYPE-UNSIGNED-BIGINT");
    }

    @Test
    void enumBecomesANamedTypeOrCheckedText() {
        MysqlColumnType t = MysqlColumnType.parse("enum('new','paid','it''s')");
        assertThat(t.args()).containsExactly("new", "paid", "it's");
        assertThat(defaults.map(t, ColumnFacts.UNKNOWN).sql()).isEqualTo("\"s\".\"enum_new_paid_it's\"");
        TypeMapper checked = new TypeMapper(new ConversionOptions(ConversionOptions.EnumStrategy.CHECK_CONSTRAINT,
                true, ConversionOptions.CaseInsensitive.IGNORE), l -> "unused");
        MappedType m = checked.map(t, ColumnFacts.UNKNOWN);
        assertThat(m.sql()).isEqualTo("text");
        assertThat(m.checkFor("\"status\"")).isEqualTo("\"status\" IN ('new', 'paid', 'it''s')");
    }

    @Test
    void setBecomesATextArrayCheckedAgainstItsLabels() {
        MappedType m = defaults.map(MysqlColumnType.parse("set('gift','express')"), ColumnFacts.UNKNOWN);
        assertThat(m.sql()).isEqualTo("text[]");
        assertThat(m.checkFor("\"flags\"")).isEqualTo("\"flags\" <@ ARRAY['gift', 'express']::text[]");
    }

    @Test
    void unknownTypesAreNeverMappedSilently() {
        MappedType m = defaults.map(MysqlColumnType.parse("vector(3)"), ColumnFacts.UNKNOWN);
        assertThat(m.sql()).isEqualTo("text");
        assertThat(m.notes()).extracting(MappedType.Note::code).containsExactly("TYPE-UNKNOWN");
    }

    @Test
    void enumLabelsWithCommasAndParenthesesParse() {
        assertThat(MysqlColumnType.parse("enum('a,b','(c)',' d ')").args()).isEqualTo(List.of("a,b", "(c)", " d "));
    }
}
