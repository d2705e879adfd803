package org.dmspilot.core.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a mysqldump / mariadb-dump stream into statements, one at a time, without holding the file in memory.
 * Knows {@code DELIMITER} lines, quoted strings and identifiers, {@code --} / {@code #} / block comments (kept inside
 * a statement, as routine bodies keep them) and versioned comments ({@code /*!50001 ... *}{@code /}, {@code /*M!100100 ... *}{@code /}, whose content is kept). Statements
 * the catalog does not need (INSERT, LOCK, ...) are scanned but never buffered, so data lines cost no memory.
 */
final class DumpStatementSplitter {
    /** Statements worth keeping; everything else is skipped while scanning (returned without text). */
    static final Set<String> KEPT = Set.of("CREATE", "DROP", "USE", "SET");
    /**
     * A kept statement longer than this is refused here, before it takes memory: every kept CREATE goes through the
     * grammar, which parses at most {@link org.dmspilot.core.sqlparse.ParseLimits#MAX_CHARS} characters.
     */
    static final int MAX_STATEMENT_CHARS = org.dmspilot.core.sqlparse.ParseLimits.MAX_CHARS;
    /** What the UTF-8 decoder puts where the bytes are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';
    private static final int NOT_SPLIT_VERSION = 999_999;

    private final Reader in;
    private final String file;
    private final char[] buf = new char[1 << 16];
    private int len;
    private int pos;
    private int line = 1;
    private int column = 1;
    private boolean atLineStart = true;
    private String delimiter = ";";
    private int openVersioned;
    private final StringBuilder text = new StringBuilder();

    DumpStatementSplitter(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    int line() {
        return line;
    }

    /** The next statement, or null at the end of the input. */
    DumpStatement next() throws IOException {
        while (true) {
            text.setLength(0);
            int startLine = -1;
            int startColumn = -1;
            String keyword = null;
            boolean keep = true;
            StringBuilder word = new StringBuilder();
            while (true) {
                if (atLineStart && startLine < 0 && tryDelimiterCommand()) {
                    continue;
                }
                int c = peek(0);
                if (c < 0) {
                    if (openVersioned > 0 || startLine >= 0) {
                        throw error(startLine < 0 ? line : startLine, startLine < 0 ? column : startColumn,
                                "the statement starting here is not terminated (the file ends; is it truncated?)");
                    }
                    return null;
                }
                if (startsWith(delimiter)) {
                    skip(delimiter.length());
                    break;
                }
                if (c == '\'' || c == '"' || c == '`') {
                    if (startLine < 0) {
                        startLine = line;
                        startColumn = column;
                    }
                    quoted(keep);
                    continue;
                }
                if (comment(keep)) {
                    continue;
                }
                if (c == 0) {
                    throw error(line, column, "binary data (a NUL character) outside any string: this is not a SQL "
                            + "text file, or it is garbled");
                }
                if (c == NOT_UTF8) {
                    throw error(line, column, notUtf8("outside any string"));
                }
                if (startLine < 0 && !Character.isWhitespace(c)) {
                    startLine = line;
                    startColumn = column;
                }
                if (keyword == null && startLine >= 0) {
                    if (Character.isLetter(c) || c == '_') {
                        word.append((char) c);
                    } else {
                        keyword = word.toString().toUpperCase(Locale.ROOT);
                        keep = KEPT.contains(keyword);
                    }
                }
                if (startLine >= 0) {
                    append(keep, (char) c);
                }
                advance();
            }
            if (startLine < 0) {
                continue;
            }
            if (keyword == null) {
                keyword = word.toString().toUpperCase(Locale.ROOT);
                keep = KEPT.contains(keyword);
            }
            return new DumpStatement(keep ? text.toString() : null, startLine, startColumn, keyword);
        }
    }

    /** Names are never guessed from bytes that are not UTF-8 (they would become U+FFFD and match nothing). */
    private static String notUtf8(String where) {
        return "bytes that are not UTF-8 (or the replacement character U+FFFD) " + where + ": a dump must be"
                + " UTF-8; write it again with mysqldump --default-character-set=utf8mb4";
    }

    private void append(boolean keep, char c) {
        if (keep) {
            if (text.length() >= MAX_STATEMENT_CHARS) {
                throw error(line, column, "the statement before this point is too large to parse: longer than "
                        + MAX_STATEMENT_CHARS / 1024 + " KiB, the most DMS Pilot parses (read no further, so it"
                        + " takes no more memory); is the file garbled?");
            }
            text.append(c);
        }
    }

    /** {@code DELIMITER x} at the start of a line (a client command, not SQL). */
    private boolean tryDelimiterCommand() throws IOException {
        int i = 0;
        while (peek(i) == ' ' || peek(i) == '\t') {
            i++;
        }
        String word = "DELIMITER";
        for (int k = 0; k < word.length(); k++) {
            int c = peek(i + k);
            if (c < 0 || Character.toUpperCase((char) c) != word.charAt(k)) {
                return false;
            }
        }
        int after = peek(i + word.length());
        if (after != ' ' && after != '\t') {
            return false;
        }
        skip(i + word.length());
        StringBuilder d = new StringBuilder();
        while (peek(0) >= 0 && peek(0) != '\n' && peek(0) != '\r') {
            d.append((char) peek(0));
            advance();
        }
        String value = d.toString().trim();
        if (value.isEmpty() || value.contains(" ")) {
            throw error(line, 1, "DELIMITER needs one delimiter string");
        }
        delimiter = value;
        return true;
    }

    /** Copies a quoted string or identifier (kept verbatim). */
    private void quoted(boolean keep) throws IOException {
        int startLine = line;
        int startColumn = column;
        char q = (char) peek(0);
        append(keep, q);
        advance();
        while (true) {
            int c = peek(0);
            if (c < 0) {
                throw error(startLine, startColumn, "a quoted " + (q == '`' ? "identifier" : "string")
                        + " starting here never ends (the file ends; is it truncated?)");
            }
            if (q == '`' && c == 0) {
                throw error(line, column, "a NUL character inside the quoted identifier starting at line " + startLine
                        + ", column " + startColumn + ": MySQL does not allow it in names; the file is garbled");
            }
            if (q == '`' && c == NOT_UTF8) {
                throw error(line, column, notUtf8("inside the quoted identifier starting at line " + startLine
                        + ", column " + startColumn));
            }
            append(keep, (char) c);
            advance();
            if (c == '\\' && q != '`') {
                if (peek(0) >= 0) {
                    append(keep, (char) peek(0));
                    advance();
                }
            } else if (c == q) {
                if (peek(0) == q) {
                    append(keep, q);
                    advance();
                } else {
                    return;
                }
            }
        }
    }

    /** Blanks a comment (keeping newlines), or unwraps a versioned one; false when no comment starts here. */
    private boolean comment(boolean keep) throws IOException {
        int c = peek(0);
        if (c == '*' && peek(1) == '/' && openVersioned > 0) {
            openVersioned--;
            blank(keep, 2);
            return true;
        }
        if (c == '#' || c == '-' && peek(1) == '-' && (peek(2) == ' ' || peek(2) == '\t' || peek(2) == '\n'
                || peek(2) == '\r' || peek(2) < 0)) {
            while (peek(0) >= 0 && peek(0) != '\n') {
                copy(keep, 1);
            }
            return true;
        }
        if (c != '/' || peek(1) != '*') {
            return false;
        }
        int i = 2;
        if (peek(i) == 'M' && peek(i + 1) == '!') {
            i++;
        }
        if (peek(i) == '!') {
            i++;
            int version = 0;
            while (peek(i) >= '0' && peek(i) <= '9') {
                version = version * 10 + peek(i) - '0';
                i++;
            }
            if (version < NOT_SPLIT_VERSION) {
                openVersioned++;
                blank(keep, i);
                return true;
            }
        }
        int startLine = line;
        int startColumn = column;
        copy(keep, 2);
        while (!(peek(0) == '*' && peek(1) == '/')) {
            if (peek(0) < 0) {
                throw error(startLine, startColumn, "a comment starting here never ends (is the file truncated?)");
            }
            copy(keep, 1);
        }
        copy(keep, 2);
        return true;
    }

    /** Keeps a comment inside a statement as written (routine bodies keep their comments); drops it outside. */
    private void copy(boolean keep, int n) throws IOException {
        for (int k = 0; k < n; k++) {
            int c = peek(0);
            if (text.length() > 0) {
                append(keep, (char) c);
            }
            advance();
        }
    }

    private void blank(boolean keep, int n) throws IOException {
        for (int k = 0; k < n; k++) {
            int c = peek(0);
            if (text.length() > 0) {
                append(keep, c == '\n' ? '\n' : ' ');
            }
            advance();
        }
    }

    private boolean startsWith(String s) throws IOException {
        for (int k = 0; k < s.length(); k++) {
            if (peek(k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void skip(int n) throws IOException {
        for (int k = 0; k < n; k++) {
            advance();
        }
    }

    private int peek(int ahead) throws IOException {
        while (pos + ahead >= len) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, len - pos);
                len -= pos;
                pos = 0;
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                return -1;
            }
            len += n;
        }
        return buf[pos + ahead];
    }

    private void advance() throws IOException {
        int c = peek(0);
        if (c < 0) {
            return;
        }
        pos++;
        if (c == '\n') {
            line++;
            column = 1;
            atLineStart = true;
        } else {
            column++;
            if (!Character.isWhitespace(c)) {
                atLineStart = false;
            }
        }
    }

    private DumpSyntaxException error(int atLine, int atColumn, String message) {
        return new DumpSyntaxException(file, atLine, atColumn, message);
    }
}
