package org.dmspilot.core.catalog;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sqlparse.MysqlScript;
import org.dmspilot.core.sqlparse.MysqlText;
import org.dmspilot.core.sqlparse.ParseLimits;
import org.dmspilot.core.sqlparse.ScriptSyntaxException;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;

/**
 * Reads the catalog from a mysqldump / mariadb-dump file (best made with {@code --routines --triggers --events
 * --no-data}, but data is fine) into the same model as {@link LiveCatalogReader}. The file is read statement by
 * statement ({@code INSERT} data is scanned, never held), DDL is parsed with the MySQL or MariaDB ANTLR grammar
 * (chosen from the dump header), and errors name the file, line and column.
 */
public final class DumpCatalogReader {
    /** First words of the statements the catalog reads; the others are scanned, never held. */
    static final Set<String> KEPT = Set.of("CREATE", "DROP", "USE", "SET");
    /** First words of statements a dump may hold that the catalog does not need. */
    static final Set<String> SKIPPED = Set.of("INSERT", "REPLACE", "LOCK", "UNLOCK", "ALTER", "COMMIT", "START",
            "BEGIN", "ROLLBACK", "FLUSH", "GRANT", "REVOKE", "CHANGE", "RESET", "SELECT", "CALL", "DELETE", "UPDATE",
            "TRUNCATE", "LOAD", "DO", "PREPARE", "EXECUTE", "DEALLOCATE", "RENAME", "ANALYZE", "OPTIMIZE", "INSTALL",
            "UNINSTALL", "SAVEPOINT", "RELEASE", "XA", "SHOW", "PURGE", "KILL", "CHECKSUM", "REPAIR", "CACHE",
            "BINLOG", "STOP", "WITH", "VALUES", "TABLE", "SIGNAL", "HANDLER", "SOURCE", "SETVAL", "EXPLAIN");
    private static final Pattern SERVER_VERSION = Pattern.compile("^--\\s*Server version\\s*[:\\t ]\\s*(\\S+)");
    private static final Pattern DATABASE = Pattern.compile("Database:\\s*(\\S+)");
    private static final Pattern NOT_MODELLED = Pattern.compile("(?is)^CREATE\\s+(OR\\s+REPLACE\\s+)?"
            + "(USER|ROLE|SEQUENCE|SERVER|TABLESPACE|LOGFILE|SPATIAL|RESOURCE|AGGREGATE)\\b.*");
    private static final int HEADER_LINES = 30;

    private DumpCatalogReader() {
    }

    /**
     * Reads a dump file.
     *
     * @param defaultSchema the schema of a dump without {@code USE} statements (a single-database dump); null to
     *     take it from the dump header ({@code Database: ...}) or the file name
     * @throws ScriptSyntaxException naming file, line and column when the file is not a readable dump
     * @throws DmsPilotException when the file cannot be read
     */
    public static Catalog read(Path file, String defaultSchema, ProgressListener progress) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DmsPilotException("Dump file not found: " + file);
        } catch (IOException e) {
            throw new DmsPilotException("Could not read the dump file " + file + ": " + e.getMessage(), e);
        }
        List<String> header = header(file);
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8),
                        1 << 16)) {
            return read(reader, header, file.getFileName().toString(), defaultSchema, progress, counted, size);
        } catch (IOException e) {
            throw new DmsPilotException("Could not read the dump file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first lines of the file (at most 8 KB), where mysqldump writes the server version and database. */
    private static List<String> header(Path file) {
        byte[] head = new byte[8192];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            throw new DmsPilotException("Could not read the dump file " + file + ": " + e.getMessage(), e);
        }
        List<String> lines = List.of(new String(head, 0, n, StandardCharsets.UTF_8).split("\r?\n"));
        return lines.subList(0, Math.min(HEADER_LINES, lines.size()));
    }

    private static Catalog read(BufferedReader reader, List<String> header, String fileName, String defaultSchema,
            ProgressListener progress, CountingStream counted, long size) throws IOException {
        String versionText = null;
        String headerSchema = null;
        boolean mariaHeader = false;
        for (String line : header) {
            mariaHeader |= line.startsWith("-- MariaDB dump") || line.contains("M!999999");
            Matcher v = SERVER_VERSION.matcher(line);
            if (v.find()) {
                versionText = v.group(1);
            }
            Matcher d = DATABASE.matcher(line);
            if (line.startsWith("--") && d.find()) {
                headerSchema = d.group(1);
            }
        }
        ServerVersion version = ServerVersion.parse(versionText == null ? (mariaHeader ? "11.4.0-MariaDB" : "8.0.0")
                : versionText, mariaHeader ? "mariadb" : null);
        String schema = defaultSchema != null ? defaultSchema : headerSchema != null ? headerSchema
                : fileName.replaceFirst("\\.[^.]*$", "");
        DumpCatalogState state = new DumpCatalogState(version, schema);
        SqlGrammar grammar = version.isMariaDb() ? SqlGrammar.MARIADB : SqlGrammar.MYSQL;
        MysqlScript splitter = new MysqlScript(reader, fileName, KEPT, ParseLimits.MAX_CHARS).unwrapVersioned();
        int statements = 0;
        int creates = 0;
        MysqlScript.Statement s;
        while ((s = splitter.next()) != null) {
            if (++statements % 200 == 0) {
                progress.checkCancelled();
                progress.progress(counted.count, size, "Reading " + fileName);
            }
            if (s.text() == null) {
                if (!SKIPPED.contains(s.keyword())) {
                    throw new ScriptSyntaxException(fileName, s.line(), s.column(), "unexpected text"
                            + (s.keyword().isEmpty() ? "" : " '" + s.keyword() + "'")
                            + ": not a SQL statement a dump holds (is the file garbled?)");
                }
                continue;
            }
            switch (s.keyword()) {
                case "SET" -> state.session().apply(s.text());
                case "USE" -> {
                    List<String> parts = MysqlText.nameParts(s.text().trim().substring(3).trim());
                    state.use(parts.get(parts.size() - 1));
                }
                case "DROP" -> state.drop(parse(grammar, s, fileName));
                case "CREATE" -> {
                    if (!NOT_MODELLED.matcher(s.text().trim()).matches()) {
                        createStatement(grammar, s, fileName, state);
                        creates++;
                    }
                }
                default -> {
                    // KEPT and handled above
                }
            }
        }
        if (creates == 0 && versionText == null) {
            throw new ScriptSyntaxException(fileName, 1, 1, "this is not a MySQL/MariaDB dump: no dump header and no "
                    + "CREATE statement");
        }
        progress.progress(size, size, "Read " + fileName);
        List<Schema> schemas = new ArrayList<>(state.schemas());
        schemas.sort(Comparator.comparing(Schema::name));
        return new Catalog(version.engine(), version.raw(), fileName, Instant.now(), schemas);
    }

    /**
     * Parses a CREATE statement; for routines, triggers and events only the header goes through the grammar (with a
     * stand-in body) and the body is kept verbatim.
     */
    private static void createStatement(SqlGrammar grammar, MysqlScript.Statement s, String fileName,
            DumpCatalogState state) {
        List<org.antlr.v4.runtime.Token> tokens;
        try {
            tokens = grammar.tokens(s.text());
        } catch (SqlGrammar.StatementError e) {
            throw error(s, fileName, e);
        } catch (ParseLimits.Exceeded e) {
            throw tooComplex(s, fileName, e);
        }
        String kind = RoutineBodies.kind(tokens);
        int bodyStart = RoutineBodies.bodyStart(kind, tokens);
        String header = bodyStart < 0 ? s.text() : s.text().substring(0, bodyStart)
                + (kind.equals("FUNCTION") ? RoutineBodies.FUNCTION_STAND_IN : RoutineBodies.STAND_IN);
        ParseTree tree = parse(grammar, s, header, fileName);
        try {
            state.create(tree, s, fileName, bodyStart < 0 ? null : s.text().substring(bodyStart).trim());
        } catch (DmsPilotException e) {
            throw e;
        } catch (RuntimeException e) {
            // the grammar accepted something the model cannot hold (e.g. a garbled number): say where
            throw new ScriptSyntaxException(fileName, s.line(), s.column(), "cannot read this "
                    + kind.toLowerCase(Locale.ROOT) + " statement (" + e + ")");
        }
    }

    private static ScriptSyntaxException error(MysqlScript.Statement s, String fileName, SqlGrammar.StatementError e) {
        int line = s.line() + e.line - 1;
        int column = e.line == 1 ? s.column() + e.column : e.column + 1;
        return new ScriptSyntaxException(fileName, line, column, "cannot parse this "
                + s.keyword().toLowerCase(Locale.ROOT) + " statement: " + e.getMessage());
    }

    /** The DDL statement node (CreateTable, CreateView...) of a statement, or a ScriptSyntaxException. */
    private static ParseTree parse(SqlGrammar grammar, MysqlScript.Statement s, String fileName) {
        return parse(grammar, s, s.text(), fileName);
    }

    private static ParseTree parse(SqlGrammar grammar, MysqlScript.Statement s, String text, String fileName) {
        try {
            ParseTree root = grammar.parse(text);
            ParseTree node = Nodes.find(root, "DdlStatementContext");
            return node == null || node.getChildCount() == 0 ? root : node.getChild(0);
        } catch (SqlGrammar.StatementError e) {
            throw error(s, fileName, e);
        } catch (ParseLimits.Exceeded e) {
            throw tooComplex(s, fileName, e);
        }
    }

    private static ScriptSyntaxException tooComplex(MysqlScript.Statement s, String fileName, ParseLimits.Exceeded e) {
        return new ScriptSyntaxException(fileName, s.line(), s.column(), "this " + s.keyword().toLowerCase(Locale.ROOT)
                + " statement is " + e.getMessage() + "; DMS Pilot stops here rather than hang. Simplify the"
                + " statement (or convert this object by hand and remove it from the dump)");
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
