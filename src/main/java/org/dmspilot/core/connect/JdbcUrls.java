package org.dmspilot.core.connect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dmspilot.core.BadInputException;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;

/**
 * JDBC URLs as users write them, to and from {@link ConnectionProfile}s.
 *
 * <p>Accepted: {@code jdbc:mysql://}, {@code jdbc:mariadb://} (source) and {@code jdbc:postgresql://} (target), each as
 * {@code //[user[:password]@]host[:port][/database][?key=value&...]}. Recognised parameters: {@code user},
 * {@code password}, {@code sslmode}/{@code sslMode} (libpq, MySQL and MariaDB spellings), {@code useSSL}/{@code ssl},
 * {@code sslrootcert}/{@code serverSslCert} (CA file), {@code connectTimeout} (milliseconds for MySQL/MariaDB, seconds
 * for PostgreSQL) and {@code loginTimeout}. Any other parameter is handed to the driver as it is (see
 * {@link ConnectionProfile#driverParameters()}), except ones whose name says they hold a secret. Values are
 * percent-decoded ({@code %40} is {@code @}); a {@code +} stays a
 * plus sign. Error messages never repeat the password.
 */
public final class JdbcUrls {
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]+");

    private JdbcUrls() {
    }

    /** Parses a URL for {@code role}; the password falls back to the role's environment variable. */
    public static ParsedConnection parse(String url, ConnectionRole role) {
        return parse(url, role, System::getenv);
    }

    /**
     * Parses a URL for {@code role}.
     *
     * @param environment looks up environment variables (for the password fallback
     *         {@link ConnectionRole#passwordEnvVar()})
     * @throws BadInputException saying what is wrong with the URL (without the password)
     */
    public static ParsedConnection parse(String url, ConnectionRole role, UnaryOperator<String> environment) {
        if (url == null || url.isBlank()) {
            throw new BadInputException("No JDBC URL was given for the " + roleName(role) + ".");
        }
        String text = url.strip();
        Engine engine = engineOf(text);
        checkRole(engine, role, text);
        String rest = text.substring(text.indexOf("//") + 2);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question + 1);
        String authorityAndPath = question < 0 ? rest : rest.substring(0, question);
        int slash = authorityAndPath.indexOf('/');
        String authority = slash < 0 ? authorityAndPath : authorityAndPath.substring(0, slash);
        String database = slash < 0 ? null : decode(authorityAndPath.substring(slash + 1), "database name");
        if (database != null && database.isEmpty()) {
            database = null;
        }
        if (database != null && database.contains("/")) {
            throw new BadInputException("The database name \"" + redact(database) + "\" in the JDBC URL contains '/'.");
        }

        String user = null;
        char[] password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            if (colon >= 0) {
                password = decode(userInfo.substring(colon + 1), "password").toCharArray();
            }
        }
        HostPort hostPort = hostPort(authority, engine, text);

        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> passed = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
            String key = name.toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "value of " + name);
            switch (key) {
                case "user", "password", "sslmode", "ssl", "usessl", "sslrootcert", "serversslcert",
                        "connecttimeout", "logintimeout" -> params.put(key, value);
                default -> passed.put(passThrough(name, role), value);
            }
        }
        if (params.containsKey("user")) {
            user = params.get("user");
        }
        if (params.containsKey("password")) {
            password = params.get("password").toCharArray();
        }
        if (user == null || user.isBlank()) {
            throw new BadInputException("The JDBC URL for the " + roleName(role) + " names no user: add ?user=<name>"
                    + " (" + redact(text) + ").");
        }
        TlsMode tls = tlsMode(params, engine);
        String caFile = params.getOrDefault("sslrootcert", params.get("serversslcert"));
        int timeout = timeoutSeconds(params, engine);

        ParsedConnection.PasswordSource source = ParsedConnection.PasswordSource.URL;
        if (password == null) {
            String fromEnv = environment.apply(role.passwordEnvVar());
            if (fromEnv != null) {
                password = fromEnv.toCharArray();
                source = ParsedConnection.PasswordSource.ENVIRONMENT;
            } else {
                source = ParsedConnection.PasswordSource.NONE;
            }
        }
        ConnectionProfile profile = new ConnectionProfile(engine, hostPort.host, hostPort.port, database, user, tls,
                caFile, null, timeout, passed);
        return new ParsedConnection(profile, password, source);
    }

    /**
     * The URL form users write and {@link #parse} reads back: {@code jdbc:mysql://}, {@code jdbc:mariadb://} or
     * {@code jdbc:postgresql://} with user, TLS mode, CA file and timeout when not the defaults. The SSH tunnel is not
     * part of a JDBC URL and is left out.
     *
     * @param password included as {@code password=} when not null (think before printing the result)
     */
    public static String format(ConnectionProfile profile, char[] password) {
        Engine engine = profile.engine();
        StringBuilder url = new StringBuilder(switch (engine) {
            case MYSQL -> "jdbc:mysql://";
            case MARIADB -> "jdbc:mariadb://";
            case POSTGRESQL, AURORA_POSTGRESQL -> "jdbc:postgresql://";
        });
        url.append(hostForUrl(profile.host())).append(':').append(profile.port()).append('/');
        if (profile.database() != null) {
            url.append(encode(profile.database()));
        }
        url.append("?user=").append(encode(profile.user()));
        if (password != null) {
            url.append("&password=").append(encode(new String(password)));
        }
        if (profile.tlsMode() != TlsMode.PREFER) {
            url.append(engine.isMysqlFamily() ? "&sslMode=" : "&sslmode=").append(tlsName(profile.tlsMode()));
        }
        if (profile.caFile() != null && !profile.caFile().isBlank()) {
            url.append(engine.isMysqlFamily() ? "&serverSslCert=" : "&sslrootcert=").append(encode(profile.caFile()));
        }
        if (profile.connectTimeoutSeconds() != ConnectionProfile.DEFAULT_CONNECT_TIMEOUT_SECONDS) {
            int t = profile.connectTimeoutSeconds();
            url.append("&connectTimeout=").append(engine.isMysqlFamily() ? t * 1000 : t);
        }
        profile.driverParameters().forEach((k, v) -> url.append('&').append(encode(k)).append('=').append(encode(v)));
        return url.toString();
    }

    /**
     * The URL DMS Pilot hands to the driver for {@code profile}: MySQL and MariaDB through MariaDB Connector/J
     * ({@code jdbc:mariadb:}), PostgreSQL through pgJDBC, with TLS and timeout settings as parameters. User and password
     * are not part of it. MariaDB Connector/J has no "prefer" mode: {@link TlsMode#PREFER} appears as {@code trust},
     * and {@link DatabaseConnector} retries without TLS when the server has none.
     */
    public static String driverUrl(ConnectionProfile profile) {
        DriverSettings settings = DriverSettings.of(profile, profile.tlsMode(), null);
        StringBuilder url = new StringBuilder(settings.url());
        char sep = '?';
        for (Map.Entry<String, String> e : settings.parameters().entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return url.toString();
    }

    /** {@code url} (or any text holding URLs) with every password replaced by {@code ***}: {@link UrlRedaction}. */
    public static String redact(String url) {
        return UrlRedaction.redact(url);
    }

    private static Engine engineOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mysql://")) {
            return Engine.MYSQL;
        }
        if (lower.startsWith("jdbc:mariadb://")) {
            return Engine.MARIADB;
        }
        if (lower.startsWith("jdbc:postgresql://")) {
            return Engine.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:")) {
            int end = lower.indexOf(':', 5);
            String kind = end < 0 ? lower : lower.substring(0, end);
            throw new BadInputException("DMS Pilot does not read " + kind + " URLs: use jdbc:mysql:// or"
                    + " jdbc:mariadb:// for the source and jdbc:postgresql:// for the target.");
        }
        throw new BadInputException("Not a JDBC URL: " + redact(url) + ". Expected for example"
                + " jdbc:mysql://host:3306/database?user=name or jdbc:postgresql://host:5432/database?user=name.");
    }

    private static void checkRole(Engine engine, ConnectionRole role, String url) {
        if (role == ConnectionRole.SOURCE && !engine.isMysqlFamily()) {
            throw new BadInputException("The source must be MySQL or MariaDB (jdbc:mysql:// or jdbc:mariadb://),"
                    + " not " + redact(url) + ".");
        }
        if (role == ConnectionRole.TARGET && engine.isMysqlFamily()) {
            throw new BadInputException("The target must be PostgreSQL (jdbc:postgresql://), not " + redact(url)
                    + ".");
        }
    }

    private record HostPort(String host, int port) {
    }

    private static HostPort hostPort(String authority, Engine engine, String url) {
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new BadInputException("The IPv6 address in the JDBC URL lacks its closing ']': " + redact(url));
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new BadInputException("Unexpected \"" + redact(after) + "\" after the host in the JDBC URL.");
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.contains(",")) {
            throw new BadInputException("The JDBC URL names several hosts (" + redact(host) + "); DMS Pilot connects to one"
                    + " host: give only the primary.");
        }
        if (host.isBlank()) {
            throw new BadInputException("The JDBC URL has no host: " + redact(url));
        }
        if (host.contains("(") || host.contains("=")) {
            throw new BadInputException("The JDBC URL uses Connector/J's address form (host=...); DMS Pilot reads"
                    + " //[user@]host[:port]/database?parameters: " + redact(url));
        }
        if (!authority.startsWith("[") && !HOST.matcher(host).matches()) {
            throw new BadInputException("The host \"" + redact(host) + "\" in the JDBC URL is not a host name or"
                    + " IP address.");
        }
        int port = engine.defaultPort();
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new BadInputException("The port \"" + redact(portText) + "\" in the JDBC URL is not a number from 1 to"
                        + " 65535.");
            }
        }
        return new HostPort(host, port);
    }

    private static TlsMode tlsMode(Map<String, String> params, Engine engine) {
        String mode = params.get("sslmode");
        if (mode != null) {
            return tlsModeOf(mode);
        }
        String flag = params.getOrDefault("usessl", params.get("ssl"));
        if (flag == null) {
            return TlsMode.PREFER;
        }
        if (flag.isEmpty() || flag.equalsIgnoreCase("true") || flag.equals("1")) {
            // pgJDBC's ssl=true means verify-full; MySQL's useSSL=true means required without verification
            return engine.isMysqlFamily() ? TlsMode.REQUIRE : TlsMode.VERIFY_FULL;
        }
        if (flag.equalsIgnoreCase("false") || flag.equals("0")) {
            return TlsMode.DISABLE;
        }
        throw new BadInputException("The TLS switch \"" + flag + "\" in the JDBC URL is neither true nor false.");
    }

    /** Reads a TLS mode in libpq, MySQL Connector/J or MariaDB Connector/J spelling. */
    static TlsMode tlsModeOf(String value) {
        return switch (value.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "disable", "disabled" -> TlsMode.DISABLE;
            case "allow", "prefer", "preferred" -> TlsMode.PREFER;
            case "require", "required", "trust" -> TlsMode.REQUIRE;
            case "verify-ca" -> TlsMode.VERIFY_CA;
            case "verify-full", "verify-identity" -> TlsMode.VERIFY_FULL;
            default -> throw new BadInputException("Unknown TLS mode \"" + value + "\" in the JDBC URL: use disable,"
                    + " prefer, require, verify-ca or verify-full.");
        };
    }

    private static String tlsName(TlsMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int timeoutSeconds(Map<String, String> params, Engine engine) {
        String name = params.containsKey("connecttimeout") ? "connectTimeout" : "loginTimeout";
        String value = params.containsKey("connecttimeout") ? params.get("connecttimeout") : params.get("logintimeout");
        if (value == null) {
            return 0;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number <= 0) {
            throw new BadInputException("The " + name + " \"" + value + "\" in the JDBC URL is not a positive whole"
                    + " number.");
        }
        boolean millis = engine.isMysqlFamily() && name.equals("connectTimeout");
        long seconds = millis ? (number + 999) / 1000 : number;
        return (int) Math.min(seconds, 3600);
    }

    /**
     * A parameter DMS Pilot hands to the driver as it is. Names that hold secrets are refused: the profile is saved
     * in project files, which never hold a password.
     */
    private static String passThrough(String name, ConnectionRole role) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("password") || lower.contains("secret")) {
            throw new BadInputException("The JDBC URL for the " + roleName(role) + " has the parameter " + name
                    + ", which holds a secret: DMS Pilot keeps no secrets in connection settings. Leave it out (the"
                    + " database password goes in password= or the " + role.passwordEnvVar() + " variable).");
        }
        return name;
    }

    private static String roleName(ConnectionRole role) {
        return role == ConnectionRole.SOURCE ? "source" : "target";
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Percent-decodes; a '+' stays a plus sign. */
    static String decode(String text, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int end = percent < 0 ? text.length() : percent;
            bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            int hi = percent + 2 < text.length() ? Character.digit(text.charAt(percent + 1), 16) : -1;
            int lo = percent + 2 < text.length() ? Character.digit(text.charAt(percent + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                throw new BadInputException("Bad percent escape in the " + what + " of the JDBC URL: '%' must be"
                        + " followed by two hex digits (write %25 for a percent sign).");
            }
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes everything but unreserved characters. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
