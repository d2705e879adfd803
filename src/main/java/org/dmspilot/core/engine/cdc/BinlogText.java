package org.dmspilot.core.engine.cdc;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.github.shyiko.mysql.binlog.event.deserialization.json.JsonBinary;
import com.github.shyiko.mysql.binlog.event.deserialization.json.JsonStringFormatter;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Binlog cells of the temporal types and JSON decoded to the text MySQL itself prints for them
 * ({@code CAST(x AS CHAR)} in UTC), the same text the full load reads: every date part kept, zero dates included
 * (no {@code Date} objects, no time-zone shift, no lost microseconds), fractional digits as the column declares,
 * MySQL's binary JSON as JSON text.
 */
final class BinlogText {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private BinlogText() {
    }

    /** True for the types {@link #cell} decodes; the library decodes the others. */
    static boolean handles(ColumnType type) {
        return switch (type) {
            case DATE, TIME, TIME_V2, DATETIME, DATETIME_V2, TIMESTAMP, TIMESTAMP_V2, YEAR, JSON -> true;
            default -> false;
        };
    }

    /** The library's own decoding of one cell (a row deserializer's {@code super.deserializeCell}). */
    @FunctionalInterface
    interface LibraryCell {
        Serializable read() throws IOException;
    }

    /** One cell of a row event: MySQL's own text for the types this class {@link #handles}, else the library's. */
    static Serializable cellOr(ColumnType type, int meta, ByteArrayInputStream in, LibraryCell library)
            throws IOException {
        return handles(type) ? cell(type, meta, in) : library.read();
    }

    static Serializable cell(ColumnType type, int meta, ByteArrayInputStream in) throws IOException {
        return switch (type) {
            case DATE -> date(in.readInteger(3));
            case DATETIME_V2 -> datetime2(meta, in);
            case TIMESTAMP_V2 -> timestamp(bigEndian(in.read(4)), fraction(meta, in), meta);
            case TIME_V2 -> time2(meta, in);
            case YEAR -> {
                int y = in.readInteger(1);
                yield y == 0 ? "0000" : String.valueOf(1900 + y);
            }
            case DATETIME -> datetime1(in.readLong(8));
            case TIMESTAMP -> timestamp(in.readLong(4), 0, 0);
            case TIME -> {
                int v = in.readInteger(3);
                yield String.format("%02d:%02d:%02d", v / 10000, v / 100 % 100, v % 100);
            }
            case JSON -> json(in.read(in.readInteger(meta)));
            default -> throw new IllegalArgumentException("not a temporal or JSON type: " + type);
        };
    }

    /**
     * MySQL's binary JSON as JSON text, numbers exact: a double is printed as its shortest decimal form (the
     * library's formatter goes through {@code new BigDecimal(double)}, which turns 1.5e-7 into
     * 0.000000149999999999999993...).
     */
    static String json(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return "null";
        }
        JsonStringFormatter formatter = new JsonStringFormatter() {
            @Override
            public void value(double value) {
                value(new BigDecimal(NumberOutput.toString(value, true)));
            }
        };
        JsonBinary.parse(bytes, formatter);
        return formatter.getString();
    }

    static String date(int v) {
        int day = v & 31;
        int month = (v >>> 5) & 15;
        int year = v >>> 9;
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private static String datetime2(int meta, ByteArrayInputStream in) throws IOException {
        long packed = bigEndian(in.read(5)) - 0x8000000000L;
        int micros = fraction(meta, in);
        long ymd = packed >> 17;
        long ym = ymd >> 5;
        long hms = packed & ((1 << 17) - 1);
        String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", ym / 13, ym % 13, ymd & 31, hms >> 12,
                (hms >> 6) & 63, hms & 63);
        return withFraction(text, micros, meta);
    }

    private static String datetime1(long v) {
        long date = v / 1_000_000;
        long time = v % 1_000_000;
        return String.format("%04d-%02d-%02d %02d:%02d:%02d", date / 10000, date / 100 % 100, date % 100,
                time / 10000, time / 100 % 100, time % 100);
    }

    private static String timestamp(long seconds, int micros, int digits) {
        if (seconds == 0 && micros == 0) {
            return withFraction("0000-00-00 00:00:00", 0, digits);
        }
        return withFraction(UTC.format(Instant.ofEpochSecond(seconds)), micros, digits);
    }

    /** TIME(n) as MySQL packs it: a signed offset value, hours up to 838, negative times included. */
    private static String time2(int meta, ByteArrayInputStream in) throws IOException {
        long packed; // MySQL's packed time: (hours:minutes:seconds << 24) + microseconds, negated when negative
        if (meta >= 5) {
            packed = bigEndian(in.read(6)) - 0x800000000000L;
        } else {
            long intPart = bigEndian(in.read(3)) - 0x800000L;
            long frac = 0;
            if (meta >= 1) {
                int bytes = meta <= 2 ? 1 : 2;
                frac = bigEndian(in.read(bytes));
                if (intPart < 0 && frac != 0) {
                    intPart++;
                    frac -= bytes == 1 ? 0x100 : 0x10000;
                }
                frac *= bytes == 1 ? 10000 : 100;
            }
            packed = (intPart << 24) + frac;
        }
        long abs = Math.abs(packed);
        long hms = abs >> 24;
        String text = String.format("%s%02d:%02d:%02d", packed < 0 ? "-" : "", (hms >> 12) & 1023, (hms >> 6) & 63,
                hms & 63);
        return withFraction(text, (int) (abs & 0xFFFFFF), meta);
    }

    private static String withFraction(String text, int micros, int digits) {
        if (digits <= 0) {
            return text;
        }
        String six = String.format("%06d", micros);
        return text + "." + six.substring(0, Math.min(6, digits));
    }

    /** Microseconds of a fractional-seconds part stored in (digits + 1) / 2 big-endian bytes. */
    private static int fraction(int digits, ByteArrayInputStream in) throws IOException {
        int length = (digits + 1) / 2;
        if (length == 0) {
            return 0;
        }
        int v = (int) bigEndian(in.read(length));
        return switch (length) {
            case 1 -> v * 10000;
            case 2 -> v * 100;
            default -> v;
        };
    }

    private static long bigEndian(byte[] bytes) {
        long v = 0;
        for (byte b : bytes) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }
}
