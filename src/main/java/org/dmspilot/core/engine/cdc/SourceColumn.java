package org.dmspilot.core.engine.cdc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.convert.MysqlColumnType;

/**
 * What the binlog does not carry about a source column and the decoder needs: signedness, ENUM / SET labels,
 * character set. Read from information_schema.COLUMNS.
 *
 * @param name column name
 * @param dataType DATA_TYPE, lower case
 * @param columnType COLUMN_TYPE, e.g. {@code int(10) unsigned}, {@code enum('a','b')}
 * @param charset CHARACTER_SET_NAME (null for non-text columns)
 */
record SourceColumn(String name, String dataType, String columnType, String charset) {

    boolean unsigned() {
        return columnType.toLowerCase(Locale.ROOT).contains("unsigned");
    }

    /** ENUM or SET labels in declaration order (empty for other types). */
    List<String> labels() {
        if (!(dataType.equals("enum") || dataType.equals("set")) || columnType.indexOf('(') < 0) {
            return new ArrayList<>();
        }
        return new ArrayList<>(MysqlColumnType.parse(columnType).args());
    }

    /** The Java charset of the column's MySQL character set (UTF-8 when unknown). */
    Charset javaCharset() {
        if (charset == null) {
            return StandardCharsets.UTF_8;
        }
        String cs = charset.toLowerCase(Locale.ROOT);
        String java = switch (cs) {
            case "utf8", "utf8mb3", "utf8mb4" -> "UTF-8";
            case "latin1" -> "windows-1252";
            case "ascii" -> "US-ASCII";
            case "ucs2", "utf16" -> "UTF-16BE";
            case "utf16le" -> "UTF-16LE";
            case "utf32" -> "UTF-32BE";
            case "latin2" -> "ISO-8859-2";
            case "greek" -> "ISO-8859-7";
            case "hebrew" -> "ISO-8859-8";
            case "latin5" -> "ISO-8859-9";
            case "latin7" -> "ISO-8859-13";
            case "cp1250", "cp1251", "cp1256", "cp1257" -> "windows-" + cs.substring(2);
            case "cp850", "cp852", "cp866" -> "IBM" + cs.substring(2);
            case "koi8r" -> "KOI8-R";
            case "koi8u" -> "KOI8-U";
            case "sjis" -> "Shift_JIS";
            case "cp932" -> "windows-31j";
            case "ujis" -> "EUC-JP";
            case "eucjpms" -> "x-eucJP-Open";
            case "euckr" -> "EUC-KR";
            case "gb2312" -> "GB2312";
            case "gbk" -> "GBK";
            case "gb18030" -> "GB18030";
            case "big5" -> "Big5";
            case "tis620" -> "TIS-620";
            default -> "UTF-8";
        };
        return Charset.isSupported(java) ? Charset.forName(java) : StandardCharsets.UTF_8;
    }
}
