package org.dmspilot.core.engine.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one JSON column in a partial update (MySQL's {@code Json_diff_vector}): each a REPLACE, INSERT or
 * REMOVE at a path such as {@code $.a[2]."b c"}, applied in order to the document before the update.
 */
record JsonDiffs(List<Diff> diffs) implements Serializable {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** One change; {@code value} is JSON text, null for REMOVE. */
    record Diff(Operation operation, String path, String value) implements Serializable {
    }

    enum Operation { REPLACE, INSERT, REMOVE }

    /** Reads the diff list of one cell: operation byte, length-encoded path, length-encoded binary JSON value. */
    static JsonDiffs read(byte[] cell) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(cell);
        List<Diff> diffs = new ArrayList<>();
        while (in.available() > 0) {
            int op = in.read();
            if (op < 0 || op > 2) {
                throw new IOException("unknown JSON diff operation " + op + " in a PARTIAL_UPDATE_ROWS event");
            }
            Operation operation = Operation.values()[op];
            String path = new String(in.read(in.readPackedInteger()), StandardCharsets.UTF_8);
            String value = null;
            if (operation != Operation.REMOVE) {
                value = BinlogText.json(in.read(in.readPackedInteger()));
            }
            diffs.add(new Diff(operation, path, value));
        }
        return new JsonDiffs(diffs);
    }

    /** The document after the diffs; fails when a path does not fit the document (the binlog does not match). */
    String applyTo(String document) {
        try {
            JsonNode root = JSON.readTree(document);
            for (Diff d : diffs) {
                root = apply(root, d);
            }
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A partial JSON update could not be applied: " + e.getOriginalMessage(),
                    e);
        }
    }

    private static JsonNode apply(JsonNode root, Diff d) throws JsonProcessingException {
        List<Object> legs = JsonPath.parse(d.path());
        JsonNode value = d.value() == null ? null : JSON.readTree(d.value());
        if (legs.isEmpty()) {
            if (d.operation() != Operation.REPLACE) {
                throw mismatch(d, "the root can only be replaced");
            }
            return value;
        }
        JsonNode parent = root;
        for (Object leg : legs.subList(0, legs.size() - 1)) {
            parent = leg instanceof String key ? parent.get(key) : parent.get((Integer) leg);
            if (parent == null) {
                throw mismatch(d, "no value at " + leg);
            }
        }
        Object last = legs.get(legs.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String key) {
            if (d.operation() == Operation.REMOVE) {
                object.remove(key);
            } else {
                object.set(key, value);
            }
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            switch (d.operation()) {
                case REMOVE -> array.remove(index);
                case INSERT -> array.insert(Math.min(index, array.size()), value);
                case REPLACE -> {
                    if (index >= array.size()) {
                        throw mismatch(d, "index " + index + " beyond the array");
                    }
                    array.set(index, value);
                }
            }
        } else {
            throw mismatch(d, "the path does not match the document's shape");
        }
        return root;
    }

    private static IllegalStateException mismatch(Diff d, String why) {
        return new IllegalStateException("A partial JSON update (" + d.operation() + " " + d.path()
                + ") does not fit the document before it: " + why);
    }
}
