package org.dmspilot.core.engine;

import java.nio.charset.StandardCharsets;

/**
 * COPY text rows as UTF-8 bytes in one reusable array: values from the source driver go in as the bytes it received
 * (or as short ASCII strings for numbers), escaped in place, and the array goes to COPY as it is, with no
 * {@code String} in between. The COPY text escapes ({@code \\ \n \r \t}) are ASCII and never occur inside a UTF-8
 * multi-byte sequence, so escaping bytes is escaping characters.
 */
final class CopyBuffer {
    private static final int INITIAL = 1 << 18;
    private byte[] buf = new byte[INITIAL];
    private int len;

    int length() {
        return len;
    }

    byte[] array() {
        return buf;
    }

    /** Empties the buffer (and lets a buffer grown for one huge value shrink back). */
    void clear() {
        len = 0;
        if (buf.length > 4 * INITIAL) {
            buf = new byte[INITIAL];
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, len + more)];
            System.arraycopy(buf, 0, bigger, 0, len);
            buf = bigger;
        }
    }

    void put(char ascii) {
        ensure(1);
        buf[len++] = (byte) ascii;
    }

    void putNull() {
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = 'N';
    }

    /** Bytes that need no escaping (hex digits, date text). */
    void putRaw(byte[] v) {
        ensure(v.length);
        System.arraycopy(v, 0, buf, len, v.length);
        len += v.length;
    }

    void putAscii(String v) {
        ensure(v.length());
        for (int i = 0, n = v.length(); i < n; i++) {
            buf[len++] = (byte) v.charAt(i);
        }
    }

    /**
     * UTF-8 bytes with the COPY text escapes applied.
     *
     * @throws NulCharacterException when the text holds a NUL byte, which PostgreSQL text cannot store (COPY would
     *     refuse the whole chunk with "invalid byte sequence 0x00")
     */
    void putEscaped(byte[] v) {
        int specials = 0;
        for (byte b : v) {
            if (b == '\\' || b == '\n' || b == '\r' || b == '\t') {
                specials++;
            } else if (b == 0) {
                throw new NulCharacterException();
            }
        }
        if (specials == 0) {
            putRaw(v);
            return;
        }
        ensure(v.length + specials);
        for (byte b : v) {
            switch (b) {
                case '\\' -> {
                    buf[len++] = '\\';
                    buf[len++] = '\\';
                }
                case '\n' -> {
                    buf[len++] = '\\';
                    buf[len++] = 'n';
                }
                case '\r' -> {
                    buf[len++] = '\\';
                    buf[len++] = 'r';
                }
                case '\t' -> {
                    buf[len++] = '\\';
                    buf[len++] = 't';
                }
                default -> buf[len++] = b;
            }
        }
    }

    /** A string with the COPY text escapes applied: ASCII directly, anything else through its UTF-8 bytes. */
    void putEscaped(String v) {
        int n = v.length();
        ensure(n);
        int start = len;
        for (int i = 0; i < n; i++) {
            char ch = v.charAt(i);
            if (ch >= 0x80 || ch == 0 || ch == '\\' || ch == '\n' || ch == '\r' || ch == '\t') {
                len = start;
                putEscaped(v.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buf[len++] = (byte) ch;
        }
    }

    /** A NUL byte in a text value; thrown without a stack trace (the caller names column and row). */
    static final class NulCharacterException extends RuntimeException {
        NulCharacterException() {
            super("NUL character", null, false, false);
        }
    }

    /** The buffer as text (tests). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
