package org.dmspilot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dmspilot.core.sqlparse.MysqlScript;

/**
 * A public schema of the corpus (src/test/resources/corpus, origin and licence in its README), loaded into a MySQL or
 * MariaDB server the way its README says, from the files as published.
 */
enum CorpusSchema {
    SAKILA("sakila", true, null, "sakila/sakila-schema.sql", "sakila/sakila-data.sql"),
    /** employees.sql's {@code source} lines name the original data files; the generated data stands in for them. */
    EMPLOYEES("employees", true, null, "employees/employees.sql", "employees/objects.sql"),
    /** RosarioSIS's install script for MySQL, into a database of the character set and collation its header asks. */
    ROSARIOSIS("rosariosis", false, "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci",
            "rosariosis/rosariosis_mysql.sql"),
    /** FreeRADIUS's rlm_sql schema, its radacct extensions and the IP pool with its stored procedure. */
    FREERADIUS("radius", false, "", "freeradius/main-schema.sql", "freeradius/main-process-radacct.sql",
            "freeradius/ippool-schema.sql", "freeradius/ippool-procedure.sql"),
    /** ZoneMinder's zm_create.sql as its build configures it (CMake configure_file), which sources the rest. */
    ZONEMINDER("zm", false, null, "zoneminder/zm_create.sql.in");

    /**
     * The values ZoneMinder's build gives the placeholders of {@code zm_create.sql.in} (CMake {@code configure_file}
     * with its defaults): the file itself is kept as published.
     */
    private static final Map<String, String> CONFIGURED = Map.of("@ZM_DB_NAME@", "zm", "@ZM_MYSQL_ENGINE@", "InnoDB",
            "@PKGDATADIR@", "/usr/share/zoneminder", "@ZM_DIR_EVENTS@", "/var/cache/zoneminder/events");

    final String database;
    /** Every code object must apply and probe equal (issue 13's bar for sakila and employees). */
    final boolean complete;
    /** null when the scripts create their database; else the options of the CREATE DATABASE their README asks for. */
    private final String createDatabase;
    private final List<String> scripts;

    /**
     * The DBA's choices the conversion runs with. sakila's address.location is GEOMETRY on MySQL (MariaDB skips the
     * {@code /*!50705 ...*}{@code /} column); the embedded PostgreSQL has no PostGIS, so it is kept as bytea (MySQL's
     * SRID + WKB bytes, loaded and validated as they are) by a type override, with TYPE-SPATIAL and
     * INDEX-SPATIAL-FALLBACK items.
     */
    org.dmspilot.core.convert.MappingRules rules() {
        if (this != SAKILA) {
            return org.dmspilot.core.convert.MappingRules.none();
        }
        return new org.dmspilot.core.convert.MappingRules(List.of(new org.dmspilot.model.convert.MappingRule(
                org.dmspilot.model.convert.MappingRule.Action.TYPE_OVERRIDE,
                org.dmspilot.model.convert.MappingRule.Target.COLUMN, "sakila", "address", "location", "bytea")));
    }

    CorpusSchema(String database, boolean complete, String createDatabase, String... scripts) {
        this.database = database;
        this.complete = complete;
        this.createDatabase = createDatabase;
        this.scripts = List.of(scripts);
    }

    /**
     * Runs the schema's scripts on {@code admin} (any database selected): scripts that create and use their own
     * database run as they are, the others in a database made as their installation instructions say.
     */
    void load(Connection admin) throws SQLException {
        if (createDatabase != null) {
            try (Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE " + database + " " + createDatabase);
                st.execute("USE " + database);
            }
        }
        for (String script : scripts) {
            run(admin, script);
        }
    }

    private void run(Connection c, String script) throws SQLException {
        String folder = script.substring(0, script.indexOf('/') + 1);
        try (Statement st = c.createStatement()) {
            for (MysqlScript.Statement s : MysqlScript.statements(text(script), script)) {
                if (s.keyword().equals("SOURCE")) {
                    String data = sourced(folder, s.text());
                    if (data != null) {
                        for (MysqlScript.Statement d : MysqlScript.statements(data, s.text())) {
                            execute(st, d, s.text());
                        }
                    }
                    continue;
                }
                execute(st, s, script);
            }
        }
    }

    /**
     * A {@code source} line: the file of that name beside the script; for employees the generated data stands in for
     * the first missing data file.
     */
    private String sourced(String folder, String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (this != EMPLOYEES) {
            return resource(folder + name);
        }
        return switch (name) {
            case "load_departments.dump", "load_dept_manager.dump" -> resource("employees/" + name);
            case "load_employees.dump" -> resource("employees/employees-data.sql.gz");
            default -> null; // dept_emp, titles, salaries: in employees-data.sql.gz; show_elapsed.sql: timing only
        };
    }

    /** The text of a script; a CMake template ({@code .in}) with its placeholders as the build fills them. */
    private static String text(String path) {
        String text = resource(path);
        if (path.endsWith(".in")) {
            for (Map.Entry<String, String> e : CONFIGURED.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
        }
        return text;
    }

    private static void execute(Statement st, MysqlScript.Statement s, String file) throws SQLException {
        try {
            st.execute(s.text());
        } catch (SQLException e) {
            throw new SQLException(file + " line " + s.line() + ": " + e.getMessage() + "\n" + abbreviate(s.text()),
                    e.getSQLState(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static String resource(String path) {
        try (InputStream raw = CorpusSchema.class.getResourceAsStream("/corpus/" + path)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource /corpus/" + path);
            }
            InputStream in = path.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
