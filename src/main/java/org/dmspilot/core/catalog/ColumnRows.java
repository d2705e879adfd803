package org.dmspilot.core.catalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.GeneratedColumn;

/** information_schema.COLUMNS row → {@link Column}, for every supported MySQL and MariaDB version. */
final class ColumnRows {
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)on update (\\S+?(\\(\\d*\\))?)(\\s|$)");

    private ColumnRows() {
    }

    static Column map(Row r, ServerVersion version) {
        String extra = r.text("EXTRA");
        String extraUpper = extra.toUpperCase(Locale.ROOT);
        String columnType = r.text("COLUMN_TYPE");
        String typeLower = columnType.toLowerCase(Locale.ROOT);
        String dataType = r.text("DATA_TYPE").toLowerCase(Locale.ROOT);
        boolean nullable = r.yes("IS_NULLABLE");
        String expression = version.expressionText(r.orNull("GENERATION_EXPRESSION"));
        boolean generated = expression != null || r.text("IS_GENERATED").equalsIgnoreCase("ALWAYS")
                || extraUpper.contains("GENERATED") && !extraUpper.contains("DEFAULT_GENERATED")
                || extraUpper.contains("PERSISTENT");
        GeneratedColumn gen = generated ? new GeneratedColumn(expression,
                extraUpper.contains("STORED") || extraUpper.contains("PERSISTENT")) : null;
        boolean autoIncrement = extraUpper.contains("AUTO_INCREMENT");
        DefaultValue def = generated || autoIncrement ? null
                : Defaults.fromInformationSchema(extraUpper.contains("DEFAULT_GENERATED")
                        ? version.expressionText(r.str("COLUMN_DEFAULT")) : r.str("COLUMN_DEFAULT"), dataType, nullable,
                        extra, version);
        return new Column(r.text("COLUMN_NAME"), r.integer("ORDINAL_POSITION", 0), columnType, dataType,
                r.lng("CHARACTER_MAXIMUM_LENGTH"), r.lng("NUMERIC_PRECISION"), r.lng("NUMERIC_SCALE"),
                r.lng("DATETIME_PRECISION"), typeLower.contains(" unsigned"), typeLower.contains(" zerofill"),
                r.orNull("CHARACTER_SET_NAME"), r.orNull("COLLATION_NAME"), nullable, def, gen,
                extraUpper.contains("INVISIBLE"), onUpdate(extra), autoIncrement, r.text("COLUMN_COMMENT"));
    }

    /** The ON UPDATE expression in EXTRA ({@code on update current_timestamp()} / {@code CURRENT_TIMESTAMP(3)}). */
    static String onUpdate(String extra) {
        Matcher m = ON_UPDATE.matcher(extra);
        return m.find() ? Defaults.canonicalExpression(m.group(1)) : null;
    }
}
