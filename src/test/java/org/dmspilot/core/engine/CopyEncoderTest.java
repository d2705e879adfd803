package org.dmspilot.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
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
        assertThat(encode("tinyint", "smallint", "7")).isEqualTo("7");
    }

    private static String encodeBytes(String sourceType, String targetType, String value) {
        CopyBuffer out = new CopyBuffer();
        CopyEncoder.append(out, new ColumnPair("c", sourceType, "c", targetType,
                ColumnPair.kindOf(sourceType, targetType)), value == null ? null : value.getBytes(UTF_8));
        return out.toString();
    }

    @Test
    void driverBytesAreEscapedWithoutDecodingMultiByteCharacters() {
        assertThat(encodeBytes("varchar", "text", "emoji 😀\tü\r\nback\\slash"))
                .isEqualTo("emoji 😀\\tü\\r\\nback\\\\slash");
        assertThat(encodeBytes("json", "jsonb", "{\"a\": \"x\\\"y\"}")).isEqualTo("{\"a\": \"x\\\\\"y\"}");
        assertThat(encodeBytes("varchar", "text", "")).isEmpty();
        assertThat(encodeBytes("varchar", "text", null)).isEqualTo("\\N");
        assertThat(encodeBytes("datetime", "timestamp(3) without time zone", "2024-00-01 00:00:00.000"))
                .isEqualTo("\\N");
        assertThat(encodeBytes("date", "date", "2024-05-00")).isEqualTo("\\N");
        assertThat(encodeBytes("timestamp", "timestamp(6) with time zone", "2024-05-01 10:00:00.000001"))
                .isEqualTo("2024-05-01 10:00:00.000001+00");
        assertThat(encodeBytes("tinyint", "boolean", "0")).isEqualTo("f");
        assertThat(encodeBytes("tinyint", "boolean", "-1")).isEqualTo("t");
        CopyBuffer bytes = new CopyBuffer();
        CopyEncoder.append(bytes, new ColumnPair("c", "blob", "c", "bytea", ValueKind.BYTES),
                new byte[] {0, 10, (byte) 0xFF, '\\'});
        assertThat(bytes.toString()).isEqualTo("\\\\x000aff5c");
        assertThat(encodeBytes("set", "text[]", "a,b\"c")).isEqualTo("{\"a\",\"b\\\\\"c\"}");
        assertThat(encodeBytes("bit", "bit(4)", "11")).isEqualTo("0011");
    }

    @Test
    void stringsWithNonAsciiTakeTheUtf8PathAndHugeValuesGrowTheBuffer() {
        assertThat(encode("varchar", "text", "plain")).isEqualTo("plain");
        assertThat(encode("varchar", "text", "ä\t😀")).isEqualTo("ä\\t😀");
        CopyBuffer out = new CopyBuffer();
        ColumnPair text = new ColumnPair("c", "longtext", "c", "text", ValueKind.TEXT);
        String big = "x\\".repeat(400_000);
        CopyEncoder.append(out, text, big.getBytes(UTF_8));
        out.put('\t');
        CopyEncoder.append(out, text, "after");
        assertThat(out.length()).isEqualTo(1_200_000 + 1 + 5);
        assertThat(out.toString()).startsWith("x\\\\x\\\\").endsWith("x\\\\\tafter");
        out.clear();
        assertThat(out.length()).isZero();
        assertThat(out.array().length).isLessThan(1_000_000);
    }

    @Test
    void aBoundedBufferSendsLargeValuesToItsSinkInSlicesWithoutGrowing() throws Exception {
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        java.util.List<Integer> writes = new java.util.ArrayList<>();
        CopyBuffer out = new CopyBuffer((b, n) -> {
            writes.add(n);
            sent.write(b, 0, n);
        });
        int initial = out.array().length;
        ColumnPair text = new ColumnPair("c", "longtext", "c", "text", ValueKind.TEXT);
        ColumnPair blob = new ColumnPair("b", "longblob", "b", "bytea", ValueKind.BYTES);
        byte[] big = "tab\there\\".repeat(300_000).getBytes(UTF_8); // 3 MB, with characters that are escaped
        byte[] binary = new byte[2_000_128];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        CopyEncoder.append(out, text, big);
        out.put('\t');
        CopyEncoder.append(out, blob, binary);
        out.flush();
        assertThat(out.array().length).isEqualTo(initial);
        assertThat(writes).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(initial));
        String copy = sent.toString(UTF_8);
        String[] fields = copy.split("\t", -1);
        assertThat(fields[0].equals("tab\\there\\\\".repeat(300_000))).as("escaped text").isTrue();
        assertThat(fields[1].length()).isEqualTo(3 + 4_000_256);
        assertThat(fields[1].substring(0, 11)).isEqualTo("\\\\x00010203");
        assertThat(fields[1].substring(fields[1].length() - 8)).isEqualTo("fcfdfeff");
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
