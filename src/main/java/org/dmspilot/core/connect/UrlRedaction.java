package org.dmspilot.core.connect;

import java.util.Locale;

/**
 * Replaces the secrets in any text that may hold JDBC URLs (a URL itself, an error message, a log line) by
 * {@code ***}, found by their position in the URL syntax, never by searching for the password's text elsewhere: a
 * password that happens to equal part of a host or database name leaves that name alone.
 *
 * <p>Understood, in any letter case: the userinfo of {@code scheme://user:secret@host}; {@code key=value} pairs whose
 * key names a secret ({@code password}, {@code password1..3}, {@code sslpassword},
 * {@code trustCertificateKeyStorePassword}, {@code pwd}, {@code secret}, {@code token}...) in a query string
 * ({@code ?a=b&password=x}), in Connector/J's address lists ({@code (host=h,port=1,password=x)},
 * {@code address=(host=h)(password=x)}) and in {@code ;}-separated property lists. A value ends where its list's
 * separator is: {@code &} in a query, {@code ,} or {@code )} in parentheses, {@code ;} or whitespace otherwise.
 */
public final class UrlRedaction {
    /** What a redacted secret reads as. */
    public static final String MASK = "***";

    private UrlRedaction() {
    }

    /** {@code text} with every password field and secret-valued property replaced by {@link #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return properties(userInfo(text));
    }

    /** Masks the password part of {@code //user:password@host}, per occurrence of {@code //}. */
    private static String userInfo(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (true) {
            int slashes = text.indexOf("//", i);
            if (slashes < 0) {
                out.append(text, i, text.length());
                return out.toString();
            }
            int start = slashes + 2;
            int end = authorityEnd(text, start);
            int at = text.lastIndexOf('@', end - 1);
            boolean noAuthority = start < text.length() && text.charAt(start) == '/';
            int colon = at < start || noAuthority ? -1 : text.indexOf(':', start);
            if (colon >= 0 && colon < at) {
                out.append(text, i, colon + 1).append(MASK).append('@');
                i = at + 1;
            } else {
                out.append(text, i, start);
                i = start;
            }
        }
    }

    /**
     * Where the userinfo may end at the latest: the first '?', '#' or whitespace after {@code start} ('/' is not a
     * limit, so that an unencoded '/' in a password does not expose the rest of it).
     */
    private static int authorityEnd(String text, int start) {
        int j = start;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '?' || c == '#' || Character.isWhitespace(c)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Masks the value of each {@code key=value} whose key names a secret. */
    private static String properties(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (c == '=' && secretKey(text, i)) {
                out.append(c).append(MASK);
                i = valueEnd(text, i + 1, depth > 0);
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int valueEnd(String text, int start, boolean inParentheses) {
        int j = start;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '&' || c == ';' || c == '#' || c == '"' || c == '\'' || Character.isWhitespace(c)
                    || inParentheses && (c == ',' || c == ')')) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Whether the key ending just before {@code equals} names a secret. */
    private static boolean secretKey(String text, int equals) {
        int k = equals;
        while (k > 0 && isKeyChar(text.charAt(k - 1))) {
            k--;
        }
        if (k == equals) {
            return false;
        }
        String key = text.substring(k, equals);
        try {
            key = JdbcUrls.decode(key, "key");
        } catch (RuntimeException notEncoded) {
            // a stray '%': judge the key as written
        }
        key = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")
                .replace(".", "");
        return key.contains("password") || key.contains("passwd") || key.equals("pwd") || key.endsWith("secret")
                || key.endsWith("token") || key.equals("pass");
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '%';
    }
}
