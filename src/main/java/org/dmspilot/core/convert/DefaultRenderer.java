package org.dmspilot.core.convert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dmspilot.core.convert.MappedType.Note;
import org.dmspilot.model.catalog.DefaultValue;

/**
 * Column defaults in PostgreSQL spelling. The catalog already normalised MySQL's and MariaDB's spellings into a
 * typed {@link DefaultValue}; here the value is written for the target type.
 */
final class DefaultRenderer {
    /** Expression defaults with a fixed PostgreSQL equivalent (keys: lower case, no spaces, no parentheses). */
    private static final Map<String, String> EXPRESSIONS = Map.of(
            "current_timestamp", "CURRENT_TIMESTAMP",
            "now", "CURRENT_TIMESTAMP",
            "localtimestamp", "LOCALTIMESTAMP",
            "localtime", "LOCALTIMESTAMP",
            "curdate", "CURRENT_DATE",
            "current_date", "CURRENT_DATE",
            "curtime", "CURRENT_TIME",
            "current_time", "CURRENT_TIME",
            "uuid", "gen_random_uuid()",
            "utc_timestamp", "(now() AT TIME ZONE 'utc')");
    private static final Pattern CALL = Pattern.compile("([a-z_]+)(?:\\((\\d*)\\))?");

    private final ExpressionTranslator expressions;

    DefaultRenderer(ExpressionTranslator expressions) {
        this.expressions = expressions;
    }

    /** The DEFAULT clause's expression, the note when a human must decide, or empty for no default. */
    record Rendered(Optional<String> sql, Optional<Note> note) {
        static Rendered of(String sql) {
            return new Rendered(Optional.of(sql), Optional.empty());
        }

        static Rendered dropped(Note note) {
            return new Rendered(Optional.empty(), Optional.of(note));
        }
    }

    Rendered render(DefaultValue value, String pgType) {
        if (value == null) {
            return new Rendered(Optional.empty(), Optional.empty());
        }
        String type = pgType.toLowerCase(Locale.ROOT);
        return switch (value.kind()) {
            case NULL -> new Rendered(Optional.empty(), Optional.empty());
            case NUMBER -> number(value.value(), type);
            case BIT -> Rendered.of(bit(value.value(), type));
            case STRING -> string(value.value(), type);
            case EXPRESSION -> expression(value.value());
        };
    }

    private static Rendered number(String number, String type) {
        if (type.equals("boolean")) {
            return Rendered.of(new java.math.BigDecimal(number).signum() == 0 ? "false" : "true");
        }
        return Rendered.of(number);
    }

    private static String bit(String literal, String type) {
        String digits = literal.toLowerCase(Locale.ROOT);
        String binary;
        if (digits.startsWith("b'")) {
            binary = digits.substring(2, digits.length() - 1);
        } else if (digits.startsWith("0x")) {
            binary = new java.math.BigInteger(digits.substring(2), 16).toString(2);
        } else {
            binary = new java.math.BigInteger(digits).toString(2);
        }
        if (type.equals("boolean")) {
            return binary.contains("1") ? "true" : "false";
        }
        Matcher m = Pattern.compile("bit\\((\\d+)\\)").matcher(type);
        if (m.matches()) {
            int width = Integer.parseInt(m.group(1));
            binary = "0".repeat(Math.max(0, width - binary.length())) + binary;
        }
        return "B'" + binary + "'";
    }

    private static Rendered string(String text, String type) {
        if (text.startsWith("0000-00-00")) {
            return Rendered.dropped(ActionCode.DEFAULT_ZERO_DATE.note(
                    "Default '" + text + "' is a zero date, which PostgreSQL does not have; the default was dropped."));
        }
        if (type.equals("boolean")) {
            return Rendered.of(text.equals("0") || text.isEmpty() ? "false" : "true");
        }
        if (type.equals("text[]")) {
            String array = text.isEmpty() ? "'{}'" : "ARRAY[" + Arrays.stream(text.split(","))
                    .map(TypeMapper::literal).collect(Collectors.joining(", ")) + "]";
            return Rendered.of(array + "::text[]");
        }
        return Rendered.of(TypeMapper.literal(text));
    }

    private Rendered expression(String expr) {
        String key = expr.toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher m = CALL.matcher(key);
        if (m.matches()) {
            String mapped = EXPRESSIONS.get(m.group(1));
            if (mapped != null) {
                String precision = m.group(2);
                boolean timestamp = mapped.equals("CURRENT_TIMESTAMP") || mapped.equals("LOCALTIMESTAMP");
                return Rendered.of(timestamp && precision != null && !precision.isEmpty()
                        ? mapped + "(" + precision + ")" : mapped);
            }
        }
        String inner = expr.startsWith("(") && expr.endsWith(")") ? expr.substring(1, expr.length() - 1) : expr;
        return expressions.translate(inner)
                .map(t -> Rendered.of("(" + t.sql() + ")"))
                .orElseGet(() -> Rendered.dropped(ActionCode.DEFAULT_EXPRESSION.note(
                        "Default expression " + expr + " could not be translated; the default was dropped.")));
    }
}
