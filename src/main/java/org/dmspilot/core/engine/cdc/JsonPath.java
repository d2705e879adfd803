package org.dmspilot.core.engine.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A MySQL JSON path as the binlog writes it in partial updates ({@code $}, {@code .key}, {@code ."quoted key"},
 * {@code [n]}): its legs, member names as strings and array indexes as integers. Wildcards never occur there.
 */
final class JsonPath {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPath() {
    }

    static List<Object> parse(String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("not a JSON path: " + path);
        }
        List<Object> legs = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '[') {
                int end = path.indexOf(']', i);
                legs.add(Integer.parseInt(path.substring(i + 1, end).strip()));
                i = end + 1;
            } else if (c == '.' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                int end = closingQuote(path, i + 2);
                try {
                    legs.add(JSON.readValue(path.substring(i + 1, end + 1), String.class));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("bad member name in JSON path " + path, e);
                }
                i = end + 1;
            } else if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                legs.add(path.substring(i + 1, end));
                i = end;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' in JSON path " + path);
            }
        }
        return legs;
    }

    private static int closingQuote(String path, int from) {
        for (int i = from; i < path.length(); i++) {
            if (path.charAt(i) == '\\') {
                i++;
            } else if (path.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated member name in JSON path " + path);
    }
}
