package org.dmspilot.core.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON text as PostgreSQL prints the {@code jsonb} it becomes ({@code jsonb::text}): object keys unique (the last
 * one wins) and sorted by UTF-8 length, then bytes; {@code ", "} and {@code ": "} between items; numbers as
 * {@code numeric} prints them (exponents expanded, the scale kept); strings escaped as PostgreSQL escapes them. So
 * MySQL's stored JSON text can be compared with PostgreSQL's by equal strings, without building both trees.
 */
final class JsonbText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonbText() {
    }

    /** The jsonb text form, or null when {@code json} is not one valid JSON value. */
    static String of(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return finish(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The jsonb text form, or null when {@code json} is not one valid JSON value. */
    static String of(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return finish(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String finish(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(64);
        value(p, t, out);
        return p.nextToken() == null ? out.toString() : null;
    }

    private record Member(byte[] key, String text) {
    }

    private static void value(JsonParser p, JsonToken t, StringBuilder out) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                List<Member> members = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    StringBuilder v = new StringBuilder(name.length() + 24);
                    string(name, v.append('"'));
                    v.append("\": ");
                    value(p, p.nextToken(), v);
                    members.add(new Member(name.getBytes(StandardCharsets.UTF_8), v.toString()));
                }
                // a stable sort keeps repeated keys in input order: the last of each run is the one jsonb keeps
                members.sort((a, b) -> a.key.length != b.key.length ? Integer.compare(a.key.length, b.key.length)
                        : Arrays.compareUnsigned(a.key, b.key));
                out.append('{');
                boolean first = true;
                for (int i = 0; i < members.size(); i++) {
                    if (i + 1 < members.size() && Arrays.equals(members.get(i).key, members.get(i + 1).key)) {
                        continue;
                    }
                    out.append(first ? "" : ", ").append(members.get(i).text);
                    first = false;
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    value(p, e, out);
                }
                out.append(']');
            }
            case VALUE_STRING -> string(p.getText(), out.append('"')).append('"');
            case VALUE_NUMBER_INT -> {
                String n = p.getText();
                out.append(n.equals("-0") ? "0" : n);
            }
            case VALUE_NUMBER_FLOAT -> {
                BigDecimal d = p.getDecimalValue();
                out.append((d.scale() < 0 ? d.setScale(0) : d).toPlainString());
            }
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw new IOException("unexpected " + t);
        }
    }

    /** PostgreSQL's {@code escape_json}: the short escapes, other control characters as backslash-u and four lower-case hex digits. */
    private static StringBuilder string(String s, StringBuilder out) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }
}
