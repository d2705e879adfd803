package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** COPY text encoding and key-range planning without servers. */
class CopyEncoderTest {
    private static String encode(String sourceType, String targetType, String value) {
        StringBuilder out = new StringBuilder();
        CopyEncoder.append(out, new ColumnPair("c", sourceType, "c", targetType,
                ColumnPair.kindOf(sourceType, targetType)), value);
        return out.toString();
    }

    @Test
    void zeroDatesBecomeNullAndTimestampsAreWrittenInUtc() {
        assertThat(encode("date", "date", "0000-00-00")).isEqualTo("\\N");
        assertThat(encode("datetime", "timestamp(6) without time zone", "2024-00-10 10:00:00")).isEqualTo("\\N");
        assertThat(encode("datetime", "timestamp(6) without time zone", "2024-01-10 10:00:00.000001"))
                .isEqualTo("2024-01-10 10:00:00.000001");
        assertThat(encode("timestamp", "timestamp(3) with time zone", "2024-01-10 10:00:00.250"))
                .isEqualTo("2024-01-10 10:00:00.250+00");
    }

    @Test
    void setsBecomeQuotedArraysAndTextIsCopyEscaped() {
        assertThat(encode("set", "text[]", "a,c")).isEqualTo("{\"a\",\"c\"}");
        assertThat(encode("set", "text[]", "")).isEqualTo("{}");
        assertThat(encode("varchar", "character varying(10)", "a\tb\nc\\d")).isEqualTo("a\\tb\\nc\\\\d");
        assertThat(encode("varchar", "character varying(10)", null)).isEqualTo("\\N");
    }

    @Test
    void booleansBitsAndBytesFollowTheTargetType() {
        assertThat(encode("tinyint", "boolean", "0")).isEqualTo("f");
        assertThat(encode("tinyint", "boolean", "1")).isEqualTo("t");
        assertThat(encode("bit", "bit(10)", "101")).isEqualTo("0000000101");
        assertThat(encode("varbinary", "bytea", "00FF")).isEqualTo("\\\\x00FF");
        assertThat(encode("tinyint", "smallint", "7")).isEqualTo("7");
    }

    @Test
    void keyRangesCoverTheSpanWithOpenEnds() {
        var ranges = KeyRange.split(BigInteger.ONE, BigInteger.valueOf(100), 4);
        assertThat(ranges).hasSize(4);
        assertThat(ranges.get(0).lower()).isNull();
        assertThat(ranges.get(3).upper()).isNull();
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).lower()).isEqualTo(ranges.get(i - 1).upper());
        }
        assertThat(ranges.get(1).condition("`id`")).isEqualTo("`id` >= 26 AND `id` < 51");
        assertThat(KeyRange.split(new BigInteger("18446744073709551610"), new BigInteger("18446744073709551615"),
                100)).hasSize(6);
    }
}
