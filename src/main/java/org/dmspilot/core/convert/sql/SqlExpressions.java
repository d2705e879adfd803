package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.convert.MappedType;
import org.dmspilot.model.convert.ActionItem;

/**
 * The parser-based translator for the scalar expressions of tables — DEFAULTs, generated columns, CHECK clauses,
 * functional index parts — so the table converter uses the same rewrites as views and routines. An expression the
 * grammar rejects, or one with a critical or high finding (part of it left as MySQL wrote it), is refused; the table
 * converter then raises its own action item.
 */
public final class SqlExpressions implements org.dmspilot.core.convert.ExpressionTranslator {
    private final String object;

    /** @param object where the expressions come from, for action items (e.g. the schema name) */
    public SqlExpressions(String object) {
        this.object = object;
    }

    @Override
    public Optional<Translation> translate(String mysqlExpression) {
        Findings findings = new Findings(object, 0);
        String sql;
        try {
            var parsed = MysqlParsing.parse(mysqlExpression, MySqlParser::expression);
            sql = new ExpressionTranslator(parsed.tokens(), SqlMode.DEFAULT, findings, NameScope.NONE)
                    .emit(parsed.tree()).strip();
        } catch (MysqlParsing.SyntaxError e) {
            return Optional.empty();
        }
        List<ActionItem> items = findings.items();
        // a critical or high finding means part of the expression was left as MySQL wrote it
        if (items.stream().anyMatch(i -> i.severity().ordinal() <= org.dmspilot.model.convert.Severity.HIGH
                .ordinal())) {
            return Optional.empty();
        }
        return Optional.of(new Translation(sql, items.stream().map(i -> new MappedType.Note(i.code(), i.severity(),
                i.message(), i.recommendation(), i.effortMinutes())).toList()));
    }
}
