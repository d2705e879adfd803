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
    /** Large values go through the buffer in slices of this many bytes. */
    private static final int SLICE = 1 << 15;
    private final Sink sink;
    private byte[] buf = new byte[INITIAL];
    private int len;

    /** Where a bounded buffer sends its bytes when full (COPY). */
    interface Sink {
        void write(byte[] bytes, int length) throws java.sql.SQLException;
    }

    /** A buffer that grows to hold whatever is put in (tests, single values). */
    CopyBuffer() {
        this(null);
    }

    /**
     * A buffer that never grows past its initial 256 KB: when a value does not fit, what it holds goes to
     * {@code sink} first, and a large value goes through in slices, so a 64 MB value never exists twice as COPY text.
     */
    CopyBuffer(Sink sink) {
        this.sink = sink;
    }

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

    /** Sends what the buffer holds to the sink and empties it. */
    void flush() throws java.sql.SQLException {
        if (len > 0) {
            sink.write(buf, len);
            clear();
        }
    }

    private void ensure(int more) {
        if (len + more <= buf.length) {
            return;
        }
        if (sink != null && more <= buf.length) {
            try {
                flush();
            } catch (java.sql.SQLException e) {
                throw new SinkException(e);
            }
            return;
        }
        byte[] bigger = new byte[Math.max(buf.length * 2, len + more)];
        System.arraycopy(buf, 0, bigger, 0, len);
        buf = bigger;
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

    /** Bytes that need no escaping (date text, numbers). */
    void putRaw(byte[] v) {
        for (int from = 0; from < v.length; from += SLICE) {
            int n = Math.min(SLICE, v.length - from);
            ensure(n);
            System.arraycopy(v, from, buf, len, n);
            len += n;
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Bytes as lower-case hex digits (the bytea {@code \\x} form's body). */
    void putHex(byte[] v) {
        for (int from = 0; from < v.length; from += SLICE) {
            int to = Math.min(v.length, from + SLICE);
            ensure(2 * (to - from));
            for (int i = from; i < to; i++) {
                buf[len++] = HEX[(v[i] >> 4) & 0xF];
                buf[len++] = HEX[v[i] & 0xF];
            }
        }
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
     *     refuse the whole chunk with "invalid byte sequence 0x00"); checked before anything of the value is written
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
        for (int from = 0; from < v.length; from += SLICE) {
            int to = Math.min(v.length, from + SLICE);
            ensure(2 * (to - from));
            for (int i = from; i < to; i++) {
                byte b = v[i];
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
    }

    /** A string with the COPY text escapes applied: ASCII directly, anything else through its UTF-8 bytes. */
    void putEscaped(String v) {
        int n = v.length();
        if (n > SLICE) {
            putEscaped(v.getBytes(StandardCharsets.UTF_8));
            return;
        }
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

    /** The sink's failure, carried through the encoder; {@link RowCopy} rethrows the cause. */
    static final class SinkException extends RuntimeException {
        SinkException(java.sql.SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        @Override
        public synchronized java.sql.SQLException getCause() {
            return (java.sql.SQLException) super.getCause();
        }
    }

    /** The buffer as text (tests). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
