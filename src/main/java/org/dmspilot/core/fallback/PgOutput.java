package org.dmspilot.core.fallback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the messages of PostgreSQL's built-in logical decoding plugin {@code pgoutput} (protocol version 1, text
 * values), as documented in "Logical Replication Message Formats". Only what the fallback stream needs: transaction
 * bounds, relations, row changes, truncates and logical messages; other messages (types, origins) are skipped.
 */
final class PgOutput {
    /** Microseconds between the Unix epoch and PostgreSQL's epoch (2000-01-01). */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

    private PgOutput() {
    }

    sealed interface Message permits Begin, Commit, Relation, Change, Truncate, Logical, Other {
    }

    record Begin(long finalLsn, Instant commitTime, int xid) implements Message {
    }

    record Commit(long commitLsn, long endLsn, Instant commitTime) implements Message {
    }

    /** A table as the stream describes it: its columns in tuple order; {@code key} marks replica-identity columns. */
    record Relation(int id, String schema, String table, char identity, List<Column> columns) implements Message {
    }

    record Column(String name, boolean key, int typeOid) {
    }

    /** One value of a tuple: {@code kind} is {@code n} (null), {@code u} (unchanged TOAST) or {@code t} (text). */
    record Value(char kind, String text) {
        boolean isNull() {
            return kind == 'n';
        }

        boolean unchanged() {
            return kind == 'u';
        }
    }

    /**
     * An insert ({@code I}), update ({@code U}) or delete ({@code D}).
     *
     * @param old for updates and deletes: the old key ({@code K}) or old row ({@code O}) when sent, else null
     * @param oldKind {@code K}, {@code O} or 0
     * @param row the new row (inserts, updates), null for deletes
     */
    record Change(char op, int relationId, char oldKind, List<Value> old, List<Value> row) implements Message {
    }

    record Truncate(List<Integer> relationIds) implements Message {
    }

    /** A logical message ({@code pg_logical_emit_message}). */
    record Logical(long lsn, String prefix, String content) implements Message {
    }

    record Other(char type) implements Message {
    }

    static Message decode(ByteBuffer b) {
        char type = (char) b.get();
        return switch (type) {
            case 'B' -> new Begin(b.getLong(), time(b.getLong()), b.getInt());
            case 'C' -> {
                b.get(); // flags
                yield new Commit(b.getLong(), b.getLong(), time(b.getLong()));
            }
            case 'R' -> relation(b);
            case 'I' -> {
                int rel = b.getInt();
                expect(b, 'N');
                yield new Change('I', rel, (char) 0, null, tuple(b));
            }
            case 'U' -> {
                int rel = b.getInt();
                char next = (char) b.get();
                char oldKind = 0;
                List<Value> old = null;
                if (next == 'K' || next == 'O') {
                    oldKind = next;
                    old = tuple(b);
                    next = (char) b.get();
                }
                if (next != 'N') {
                    throw new IllegalStateException("pgoutput: update without a new tuple (" + next + ")");
                }
                yield new Change('U', rel, oldKind, old, tuple(b));
            }
            case 'D' -> {
                int rel = b.getInt();
                char oldKind = (char) b.get();
                yield new Change('D', rel, oldKind, tuple(b), null);
            }
            case 'T' -> {
                int n = b.getInt();
                b.get(); // options (CASCADE, RESTART IDENTITY)
                List<Integer> ids = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ids.add(b.getInt());
                }
                yield new Truncate(ids);
            }
            case 'M' -> {
                b.get(); // flags
                long lsn = b.getLong();
                String prefix = string(b);
                byte[] content = new byte[b.getInt()];
                b.get(content);
                yield new Logical(lsn, prefix, new String(content, StandardCharsets.UTF_8));
            }
            default -> new Other(type);
        };
    }

    private static Relation relation(ByteBuffer b) {
        int id = b.getInt();
        String schema = string(b);
        String table = string(b);
        char identity = (char) b.get();
        int n = b.getShort();
        List<Column> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean key = (b.get() & 1) != 0;
            String name = string(b);
            int oid = b.getInt();
            b.getInt(); // typmod
            columns.add(new Column(name, key, oid));
        }
        return new Relation(id, schema, table, identity, columns);
    }

    private static List<Value> tuple(ByteBuffer b) {
        int n = b.getShort();
        List<Value> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            char kind = (char) b.get();
            switch (kind) {
                case 'n', 'u' -> values.add(new Value(kind, null));
                case 't' -> {
                    byte[] text = new byte[b.getInt()];
                    b.get(text);
                    values.add(new Value('t', new String(text, StandardCharsets.UTF_8)));
                }
                default -> throw new IllegalStateException("pgoutput: value of kind '" + kind
                        + "' (binary values are not requested)");
            }
        }
        return values;
    }

    private static void expect(ByteBuffer b, char wanted) {
        char got = (char) b.get();
        if (got != wanted) {
            throw new IllegalStateException("pgoutput: expected '" + wanted + "', got '" + got + "'");
        }
    }

    private static String string(ByteBuffer b) {
        int start = b.position();
        int end = start;
        while (b.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - start];
        b.get(bytes);
        b.get(); // the terminating zero
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Instant time(long pgMicros) {
        long micros = pgMicros + PG_EPOCH_MICROS;
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
