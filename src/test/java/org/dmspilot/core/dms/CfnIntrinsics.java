package org.dmspilot.core.dms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates the CloudFormation intrinsic functions the export uses in string positions ({@code Ref} to a parameter,
 * {@code Fn::Join}, {@code Fn::Split}) the way CloudFormation does at deploy time, so a test can see the value a
 * stack would get.
 */
final class CfnIntrinsics {
    private final Map<String, String> parameters;

    CfnIntrinsics(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /** A string-valued expression. */
    String string(JsonNode node) {
        Object v = eval(node);
        if (!(v instanceof String s)) {
            throw new AssertionError("not a string: " + node);
        }
        return s;
    }

    private Object eval(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> {
                Object v = eval(n);
                if (v instanceof List<?> l && n.has("Fn::Split")) {
                    out.addAll(l);
                } else {
                    out.add(v);
                }
            });
            return out;
        }
        if (node.has("Ref")) {
            String name = node.path("Ref").asText();
            if (!parameters.containsKey(name)) {
                throw new AssertionError("no parameter " + name);
            }
            return parameters.get(name);
        }
        if (node.has("Fn::Join")) {
            String delimiter = node.path("Fn::Join").path(0).asText();
            List<String> parts = new ArrayList<>();
            for (Object part : list(eval(node.path("Fn::Join").path(1)))) {
                parts.add((String) part);
            }
            return String.join(delimiter, parts);
        }
        if (node.has("Fn::Split")) {
            String delimiter = node.path("Fn::Split").path(0).asText();
            String source = (String) eval(node.path("Fn::Split").path(1));
            return List.of(source.split(Pattern.quote(delimiter), -1));
        }
        throw new AssertionError("unsupported intrinsic: " + node);
    }

    private static List<?> list(Object v) {
        if (!(v instanceof List<?> l)) {
            throw new AssertionError("not a list: " + v);
        }
        return l;
    }
}
