package org.dmspilot.core.sqlparse;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a MySQL/MariaDB script (a mysqldump / mariadb-dump file, or a script for the {@code mysql} client) into the
 * statements the client would send, one at a time, without holding the text in memory (a last statement without its
 * delimiter is an error: the file is truncated). Quotes and comments are read
 * by {@link MysqlText.Lexer}; {@code DELIMITER x} lines change the terminator (for routine and trigger bodies) and
 * {@code source file} lines come back as {@code SOURCE} statements whose text is the file name. Comments inside a
 * statement are kept as written (routine bodies keep them), comments between statements are dropped. Versioned
 * comments ({@code /*!50001 ... *}{@code /}, {@code /*M!100100 ... *}{@code /}) are code: {@link #unwrapVersioned}
 * blanks their markers so a parser sees their content, otherwise they stay for the server to decide. Statements whose
 * first word is not kept (INSERT, LOCK, ... in a dump read for its catalog) are scanned but never buffered, so data
 * lines cost no memory.
 */
public final class MysqlScript {
    /**
     * One statement.
     *
     * @param text the statement without its delimiter, null when its keyword is not kept
     * @param line 1-based line of its first character
     * @param column 1-based column of its first character
     * @param keyword the first word, upper case ({@code SOURCE} for a client {@code source} line)
     */
    public record Statement(String text, int line, int column, String keyword) {
    }

    /** What the UTF-8 decoder puts where the bytes are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';

    private final Reader in;
    private final String file;
    private final Set<String> kept;
    private final int maxStatementChars;
    private boolean unwrapVersioned;
    private boolean lastNeedsNoDelimiter;
    private final char[] buf = new char[1 << 16];
    private int len;
    private int pos;
    private int line = 1;
    private int column = 1;
    private boolean atLineStart = true;
    private String delimiter = ";";
    private int openVersioned;
    private final StringBuilder text = new StringBuilder();
    private final MysqlText.Lexer lexer = new MysqlText.Lexer();
    private final MysqlText.Lexer.Window window = ahead -> {
        try {
            return peek(ahead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /**
     * @param in the script
     * @param file its name, for errors
     * @param kept the first words (upper case) of the statements to return with their text; null keeps all
     * @param maxStatementChars a kept statement longer than this is refused before it takes more memory
     */
    public MysqlScript(Reader in, String file, Set<String> kept, int maxStatementChars) {
        this.in = in;
        this.file = file;
        this.kept = kept;
        this.maxStatementChars = maxStatementChars;
    }

    /**
     * Every statement of a script held in memory, as the {@code mysql} client sends them: versioned comments left as
     * written, the text stripped, a last statement without a delimiter sent too.
     */
    public static List<Statement> statements(String script, String file) {
        MysqlScript s = new MysqlScript(new StringReader(script), file, null, Integer.MAX_VALUE);
        s.lastNeedsNoDelimiter = true;
        List<Statement> out = new ArrayList<>();
        try {
            for (Statement st = s.next(); st != null; st = s.next()) {
                out.add(new Statement(st.text() == null ? null : st.text().strip(), st.line(), st.column(),
                        st.keyword()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** Blanks the markers of versioned comments (keeping lines and columns), so a parser reads their content. */
    public MysqlScript unwrapVersioned() {
        this.unwrapVersioned = true;
        return this;
    }

    /** The line the reader has reached. */
    public int line() {
        return line;
    }

    /** The next statement, or null at the end of the input. */
    public Statement next() throws IOException {
        try {
            return read();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Statement read() throws IOException {
        while (true) {
            text.setLength(0);
            int startLine = -1;
            int startColumn = -1;
            String keyword = null;
            boolean keep = true;
            StringBuilder word = new StringBuilder();
            while (true) {
                if (atLineStart && startLine < 0) {
                    if (delimiterCommand()) {
                        continue;
                    }
                    Statement source = sourceCommand();
                    if (source != null) {
                        return source;
                    }
                }
                int c = peek(0);
                if (c < 0) {
                    if (startLine >= 0 && openVersioned == 0 && lastNeedsNoDelimiter) {
                        break;
                    }
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
                int at = column;
                int atLine = line;
                if (versioned(keep)) {
                    if (startLine < 0 && !unwrapVersioned) { // its marker is the statement's first text
                        startLine = atLine;
                        startColumn = at;
                    }
                    continue;
                }
                int n = lexer.step(window);
                if (!lexer.wasCode()) {
                    if (lexer.state() == MysqlText.Lexer.State.QUOTED || c == '\'' || c == '"' || c == '`') {
                        if (startLine < 0) {
                            startLine = atLine;
                            startColumn = at;
                        }
                        quoted(keep, n);
                    } else {
                        comment(keep, n);
                    }
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
                    } else if (!(word.isEmpty() && Character.isWhitespace(c))) {
                        keyword = word.toString().toUpperCase(Locale.ROOT);
                        keep = kept(keyword);
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
                keep = kept(keyword);
            }
            return new Statement(keep ? text.toString() : null, startLine, startColumn, keyword);
        }
    }

    private boolean kept(String keyword) {
        return kept == null || kept.contains(keyword);
    }

    /** Names are never guessed from bytes that are not UTF-8 (they would become U+FFFD and match nothing). */
    private static String notUtf8(String where) {
        return "bytes that are not UTF-8 (or the replacement character U+FFFD) " + where + ": a dump must be"
                + " UTF-8; write it again with mysqldump --default-character-set=utf8mb4";
    }

    private void append(boolean keep, char c) {
        if (keep) {
            if (text.length() >= maxStatementChars) {
                throw error(line, column, "the statement before this point is too large to parse: longer than "
                        + maxStatementChars / 1024 + " KiB, the most DMS Pilot parses (read no further, so it"
                        + " takes no more memory); is the file garbled?");
            }
            text.append(c);
        }
    }

    /** {@code DELIMITER x} at the start of a line (a client command, not SQL). */
    private boolean delimiterCommand() throws IOException {
        String value = clientCommand("DELIMITER");
        if (value == null) {
            return false;
        }
        if (value.isEmpty() || value.contains(" ")) {
            throw error(line, 1, "DELIMITER needs one delimiter string");
        }
        delimiter = value;
        return true;
    }

    /** {@code source file} at the start of a line: the client runs that file there. */
    private Statement sourceCommand() throws IOException {
        int atLine = line;
        int atColumn = column;
        String value = clientCommand("SOURCE");
        if (value == null) {
            return null;
        }
        String name = value.endsWith(";") ? value.substring(0, value.length() - 1).strip() : value;
        if (name.isEmpty()) {
            throw error(atLine, atColumn, "source needs a file name");
        }
        return new Statement(kept("SOURCE") ? name : null, atLine, atColumn, "SOURCE");
    }

    /** The rest of the line (trimmed) after {@code command} and white space at the cursor, consumed; else null. */
    private String clientCommand(String command) throws IOException {
        int i = 0;
        while (peek(i) == ' ' || peek(i) == '\t') {
            i++;
        }
        for (int k = 0; k < command.length(); k++) {
            int c = peek(i + k);
            if (c < 0 || Character.toUpperCase((char) c) != command.charAt(k)) {
                return null;
            }
        }
        int after = peek(i + command.length());
        if (after != ' ' && after != '\t') {
            return null;
        }
        skip(i + command.length());
        StringBuilder d = new StringBuilder();
        while (peek(0) >= 0 && peek(0) != '\n' && peek(0) != '\r') {
            d.append((char) peek(0));
            advance();
        }
        return d.toString().trim();
    }

    /** Copies a quoted string or identifier (kept verbatim); the lexer has read its first {@code n} characters. */
    private void quoted(boolean keep, int n) throws IOException {
        int startLine = line;
        int startColumn = column;
        char q = lexer.quote();
        copy(keep, n, true);
        while (!lexer.inCode()) {
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
            copy(keep, lexer.step(window), true);
        }
    }

    /** Copies a comment inside a statement (dropped between statements); the lexer has read its first characters. */
    private void comment(boolean keep, int n) throws IOException {
        int startLine = line;
        int startColumn = column;
        boolean block = lexer.state() == MysqlText.Lexer.State.BLOCK_COMMENT;
        copy(keep, n, false);
        while (!lexer.inCode()) {
            if (peek(0) < 0) {
                if (!block) {
                    return;
                }
                throw error(startLine, startColumn, "a comment starting here never ends (is the file truncated?)");
            }
            copy(keep, lexer.step(window), false);
        }
    }

    /**
     * The opening of a versioned comment or, inside one, its closing {@code *}{@code /}: blanked when unwrapping,
     * copied otherwise; false when neither is at the cursor.
     */
    private boolean versioned(boolean keep) throws IOException {
        if (openVersioned > 0 && peek(0) == '*' && peek(1) == '/') {
            openVersioned--;
            marker(keep, 2);
            return true;
        }
        int opening = MysqlText.Lexer.versionedOpening(window);
        if (opening == 0) {
            return false;
        }
        openVersioned++;
        marker(keep, opening);
        return true;
    }

    private void marker(boolean keep, int n) throws IOException {
        if (unwrapVersioned) {
            blank(keep, n);
        } else {
            copy(keep, n, true);
        }
    }

    /** Copies {@code n} characters; a comment only inside a statement. */
    private void copy(boolean keep, int n, boolean code) throws IOException {
        for (int k = 0; k < n; k++) {
            int c = peek(0);
            if (c < 0) {
                return;
            }
            if (code || text.length() > 0) {
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

    private ScriptSyntaxException error(int atLine, int atColumn, String message) {
        return new ScriptSyntaxException(file, atLine, atColumn, message);
    }
}
