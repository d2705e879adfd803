package org.dmspilot.core.connect;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.dmspilot.model.ConnectionProfile;

/**
 * Sorts a driver failure into a {@link FailureKind} (SQLState, vendor codes, cause chain) and words the user message,
 * which names the host, port and database and never the password.
 */
final class ConnectionFailures {
    private static final Pattern DRIVER_PREFIX = Pattern.compile(
            "^(\\(conn=\\d+\\) )?(Could not connect to address=\\S+ : |Socket fail to connect to address=\\S+\\. )?");

    private ConnectionFailures() {
    }

    /** The kind of failure {@code error} is. */
    static FailureKind classify(Throwable error) {
        List<Throwable> chain = chain(error);
        if (has(chain, UnknownHostException.class)) {
            return FailureKind.UNKNOWN_HOST;
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException sql) {
                FailureKind kind = bySqlState(sql);
                if (kind != null) {
                    return kind;
                }
            }
        }
        if (has(chain, SSLException.class) || has(chain, GeneralSecurityException.class)) {
            return FailureKind.TLS_FAILURE;
        }
        if (has(chain, ConnectException.class)) {
            return FailureKind.CONNECTION_REFUSED;
        }
        if (has(chain, SocketTimeoutException.class) || has(chain, SQLTimeoutException.class)) {
            return FailureKind.TIMEOUT;
        }
        if (mentionsTls(chain)) {
            return FailureKind.TLS_FAILURE;
        }
        if (chain.stream().anyMatch(t -> lower(t).contains("timed out"))) {
            return FailureKind.TIMEOUT;
        }
        return FailureKind.OTHER;
    }

    private static FailureKind bySqlState(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = lower(e);
        // MariaDB/MySQL: 1045 access denied, 1698 access denied (socket plugin), 1044 no access to the database
        if (code == 1045 || code == 1698 || state.equals("28000") || state.equals("28P01") || noDatabaseAccess(e)) {
            return FailureKind.AUTHENTICATION_FAILED;
        }
        if (code == 1049 || state.equals("3D000")) {
            return FailureKind.DATABASE_NOT_FOUND;
        }
        // pgJDBC "connection rejected" family: no password given, or no TLS on the server
        if (state.equals("08004") && (message.contains("password") || message.contains("authentication"))) {
            return FailureKind.AUTHENTICATION_FAILED;
        }
        return null;
    }

    /** MariaDB 1044 or PostgreSQL 42501 at login: the user is known but may not use this database. */
    private static boolean noDatabaseAccess(SQLException e) {
        return e.getErrorCode() == 1044 || "42501".equals(e.getSQLState());
    }

    private static boolean mentionsTls(List<Throwable> chain) {
        for (Throwable t : chain) {
            String m = lower(t);
            if (m.contains("does not support ssl") || m.contains("ssl not enabled") || m.contains("hostnameverifier")
                    || m.contains("ssl root certificate") || m.contains("ssl is required")
                    || m.contains("ssl connection is required") || m.contains("server certificate")) {
                return true;
            }
        }
        return false;
    }

    /** The user message for a failure of {@code kind} while connecting to {@code profile}. */
    static String message(FailureKind kind, ConnectionProfile profile, Throwable error, boolean tunnelled) {
        String where = where(profile, tunnelled);
        String detail = detail(error);
        return where + switch (kind) {
            case UNKNOWN_HOST -> "unknown host \"" + profile.host() + "\" (the name does not resolve"
                    + (tunnelled ? " on the bastion" : "") + "; check the spelling, DNS or VPN).";
            case CONNECTION_REFUSED -> "connection refused (nothing accepts connections on port " + profile.port()
                    + " of " + profile.host() + "; check the port and that the server is running and listens on TCP).";
            case TIMEOUT -> "no answer within " + profile.connectTimeoutSeconds() + " s (a firewall or security group"
                    + " may drop the traffic, or the host is down or overloaded).";
            case AUTHENTICATION_FAILED -> chain(error).stream().anyMatch(t -> t instanceof SQLException sql
                    && noDatabaseAccess(sql))
                    ? "user \"" + profile.user() + "\" has no access to database \"" + profile.database()
                            + "\" (grant it, or choose another database). Server: " + detail
                    : "authentication failed for user \"" + profile.user() + "\" (check the user name and password,"
                            + " and that this user may connect from here). Server: " + detail;
            case DATABASE_NOT_FOUND -> "the server answered, but database \"" + profile.database()
                    + "\" does not exist (check the name and its case).";
            case TLS_FAILURE -> "TLS failure with TLS mode " + tlsName(profile) + ": " + tlsReason(error, profile);
            case SSH_FAILURE -> "the SSH tunnel failed: " + detail;
            case OTHER -> detail + publicKeyHint(error);
        };
    }

    /**
     * caching_sha2_password (MySQL 8's default, the only password plugin in 9.x) without TLS: the password goes
     * RSA-encrypted, and neither driver fetches the server's key unless told to (the key is not verified).
     */
    private static String publicKeyHint(Throwable error) {
        boolean noKey = chain(error).stream().map(ConnectionFailures::lower).anyMatch(m -> m.contains(
                "public key retrieval is not allowed") || m.contains("rsa public key is not available"));
        return noKey ? " The user logs in with caching_sha2_password and the connection has no TLS, so the password"
                + " must be RSA-encrypted with the server's public key: use TLS (sslMode=prefer or require), or add"
                + " allowPublicKeyRetrieval=true to the JDBC URL (the key is then taken from the server unverified), or"
                + " give the key file with serverRSAPublicKeyFile=<file>." : "";
    }

    /** "Cannot connect to MariaDB at host:port/db[ through the SSH tunnel via bastion:22]: ". */
    static String where(ConnectionProfile profile, boolean tunnelled) {
        return "Cannot connect to " + profile.engine().displayName() + " at " + profile.describe()
                + (tunnelled ? " through the SSH tunnel via " + profile.ssh().host() + ":" + profile.ssh().port() : "")
                + ": ";
    }

    private static String tlsReason(Throwable error, ConnectionProfile profile) {
        String all = String.join(" | ", chain(error).stream().map(ConnectionFailures::lower).toList());
        if (all.contains("does not support ssl") || all.contains("ssl not enabled")) {
            return "the server does not offer TLS (enable TLS on the server, or choose the TLS mode prefer or"
                    + " disable).";
        }
        if (all.contains("hostname") || all.contains("subject alternative") || all.contains("no name matching")
                || all.contains("doesn't match") || all.contains("does not match")) {
            return "the server certificate does not name the host \"" + profile.host() + "\" (connect with the name in"
                    + " the certificate, or use verify-ca). " + rootDetail(error);
        }
        if (all.contains("pkix") || all.contains("certification path") || all.contains("trust")
                || all.contains("certificate")) {
            String ca = profile.caFile() == null || profile.caFile().isBlank() ? "the Java trust store"
                    : "the CA file " + profile.caFile();
            return "the server certificate is not trusted by " + ca + ": " + rootDetail(error);
        }
        return detail(error);
    }

    private static String tlsName(ConnectionProfile profile) {
        return profile.tlsMode().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The most telling message in the chain: the outermost SQL/SSH message, plus the root cause when different. */
    static String detail(Throwable error) {
        List<Throwable> chain = chain(error);
        String top = tidy(firstMessage(chain));
        Throwable root = chain.get(chain.size() - 1);
        String rootMessage = root.getMessage() == null ? "" : tidy(root.getMessage().strip());
        String text = top;
        if (!rootMessage.isBlank() && !top.contains(rootMessage)) {
            text = top + " (" + rootMessage + ")";
        }
        if (text.isBlank()) {
            text = root instanceof EOFException ? "the server closed the connection"
                    : root.getClass().getSimpleName();
        }
        return text.endsWith(".") || text.endsWith(")") ? text : text + ".";
    }

    /** Drops MariaDB Connector/J's connection-id and address prefixes, which the message already says better. */
    private static String tidy(String message) {
        return DRIVER_PREFIX.matcher(message).replaceAll("");
    }

    /** The innermost message of the chain, e.g. the certificate path error under the driver's wrapping. */
    static String rootDetail(Throwable error) {
        List<Throwable> chain = chain(error);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String m = chain.get(i).getMessage();
            if (m != null && !m.isBlank()) {
                m = tidy(m.strip());
                int colon = m.lastIndexOf("Exception: ");
                m = colon >= 0 ? m.substring(colon + "Exception: ".length()) : m;
                return m.endsWith(".") ? m : m + ".";
            }
        }
        return detail(error);
    }

    private static String firstMessage(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !(t instanceof ConnectionFailedException)) {
                return t.getMessage().strip();
            }
        }
        return "";
    }

    static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
                chain.add(sql.getNextException());
            }
        }
        return chain;
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    private static String lower(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }
}
