package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/** Function calls of every grammar shape, rewritten through the tables in StringFunctions and DateFunctions. */
final class FunctionCalls {
    private static final Map<String, Rewrite> TABLE = merged(StringFunctions.TABLE, DateFunctions.TABLE);

    /** CAST / CONVERT target types. */
    private static final Map<String, String> CAST_TYPES = Map.ofEntries(
            Map.entry("SIGNED", "bigint"), Map.entry("UNSIGNED", "bigint"), Map.entry("INT", "bigint"),
            Map.entry("INTEGER", "bigint"), Map.entry("CHAR", "text"), Map.entry("NCHAR", "text"),
            Map.entry("DATE", "date"), Map.entry("DATETIME", "timestamp"), Map.entry("TIME", "time"),
            Map.entry("DECIMAL", "numeric"), Map.entry("DEC", "numeric"), Map.entry("DOUBLE", "double precision"),
            Map.entry("FLOAT", "real"), Map.entry("JSON", "jsonb"), Map.entry("BINARY", "bytea"),
            Map.entry("YEAR", "smallint"));

    private final ExpressionTranslator t;

    /** The rewrite tables as one; a function named in two tables is a mistake in the tables, not a choice. */
    @SafeVarargs
    static Map<String, Rewrite> merged(Map<String, Rewrite>... tables) {
        Map<String, Rewrite> all = new HashMap<>();
        for (Map<String, Rewrite> table : tables) {
            table.forEach((name, rewrite) -> {
                if (all.putIfAbsent(name, rewrite) != null) {
                    throw new IllegalStateException("The function " + name + " has a rewrite in two tables");
                }
            });
        }
        return Map.copyOf(all);
    }

    FunctionCalls(ExpressionTranslator translator) {
        this.t = translator;
    }

    void register() {
        t.on(ScalarFunctionCallContext.class, f -> call(f.scalarFunctionName().getText(), t.arguments(f.functionArgs()),
                f));
        t.on(UdfFunctionCallContext.class, this::udf);
        t.on(SimpleFunctionCallContext.class, f -> call(f.getChild(0).getText(), List.of(), f));
        t.on(DataTypeFunctionCallContext.class, this::cast);
        t.on(ValuesFunctionCallContext.class, v -> t.valuesAreExcluded ? "EXCLUDED." + lastPart(v.fullColumnName())
                : null);
        t.on(CaseFunctionCallContext.class, f -> caseExpression(null, f.caseFuncAlternative(), f.elseArg, f));
        t.on(CaseExpressionFunctionCallContext.class,
                f -> caseExpression(f.expression(), f.caseFuncAlternative(), f.elseArg, f));
        t.on(SubstrFunctionCallContext.class, this::substringFrom);
        t.on(ExtractFunctionCallContext.class, e -> "EXTRACT(" + e.intervalType().getText().toLowerCase(Locale.ROOT)
                + " FROM " + t.emit(e.sourceString != null ? e.sourceString : e.sourceExpression) + ")::integer");
        t.on(CharFunctionCallContext.class, f -> unsupported(f, "CHAR(n, ...): use chr(n)"));
        t.on(GetFormatFunctionCallContext.class, f -> unsupported(f, "GET_FORMAT"));
        t.on(WeightFunctionCallContext.class, f -> unsupported(f, "WEIGHT_STRING"));
        t.on(PasswordFunctionCallContext.class, f -> unsupported(f, "PASSWORD()"));
        new Aggregates(t).register();
    }

    String call(String rawName, List<ParseTree> args, ParserRuleContext at) {
        String name = rawName.toLowerCase(Locale.ROOT);
        Rewrite rewrite = TABLE.get(name);
        if (rewrite != null) {
            return rewrite.apply(new Call(name, args, at, t));
        }
        if (!StringFunctions.SAME.contains(name)) {
            t.findings.add(ActionCode.SQL_FUNCTION_UNKNOWN, at, "Function " + rawName + " kept as it is.");
        }
        return null;
    }

    private static String lastPart(FullColumnNameContext column) {
        String raw = column.dottedId().isEmpty() ? column.uid().getText()
                : column.dottedId(column.dottedId().size() - 1).getText().substring(1);
        return Identifiers.quote(Identifiers.unquoteMysql(raw));
    }

    private String udf(UdfFunctionCallContext f) {
        FullIdContext id = f.fullId();
        List<ParseTree> args = t.arguments(f.functionArgs());
        if (id.uid().size() == 1 && id.DOT_ID() == null) {
            String name = Identifiers.unquoteMysql(id.uid(0).getText());
            String lower = name.toLowerCase(Locale.ROOT);
            if (TABLE.containsKey(lower) || StringFunctions.SAME.contains(lower)) {
                String out = call(name, args, f);
                return out != null ? out
                        : lower + "(" + (f.functionArgs() == null ? "" : t.emit(f.functionArgs())) + ")";
            }
            String schema = t.scope.functionSchema(lower);
            if (schema == null) {
                t.findings.add(ActionCode.SQL_FUNCTION_UNKNOWN, f, "Function " + name + " kept as it is.");
            }
            return Identifiers.qualified(schema, name) + "(" + (f.functionArgs() == null ? ""
                    : t.emit(f.functionArgs())) + ")";
        }
        return null;
    }

    private String cast(DataTypeFunctionCallContext f) {
        if (f.USING() != null) {
            return t.emit(f.expression());
        }
        ConvertedDataTypeContext type = f.convertedDataType();
        String base = type.typeName != null ? type.typeName.getText().toUpperCase(Locale.ROOT)
                : type.getChild(0).getText().toUpperCase(Locale.ROOT);
        String pg = CAST_TYPES.getOrDefault(base, null);
        if (pg == null) {
            return unsupported(f, "CAST to " + t.original(type));
        }
        if (type.lengthOneDimension() != null && pg.equals("text")) {
            pg = "varchar" + type.lengthOneDimension().getText();
        } else if (type.lengthTwoOptionalDimension() != null && pg.equals("numeric")) {
            pg = "numeric" + type.lengthTwoOptionalDimension().getText();
        } else if (type.lengthOneDimension() != null && (pg.equals("timestamp") || pg.equals("time"))) {
            pg = pg + type.lengthOneDimension().getText();
        } else if (pg.equals("numeric")) {
            pg = "numeric(10,0)";
        }
        return "CAST(" + t.emit(f.expression()) + " AS " + pg + ")";
    }

    /** CASE: when branches mix strings with other values, the others become text (MySQL's result is a string). */
    private String caseExpression(ExpressionContext subject, List<CaseFuncAlternativeContext> alternatives,
            FunctionArgContext elseArg, ParserRuleContext f) {
        List<ParseTree> results = new java.util.ArrayList<>();
        alternatives.forEach(a -> results.add(a.consequent));
        if (elseArg != null) {
            results.add(elseArg);
        }
        List<String> unified = new Call("case", results, f, t).unified();
        boolean searched = subject == null;
        StringBuilder out = new StringBuilder("CASE");
        if (!searched) {
            out.append(' ').append(t.emit(subject));
        }
        int i = 0;
        for (CaseFuncAlternativeContext alternative : alternatives) {
            String when = searched ? t.condition(alternative.condition) : t.emit(alternative.condition);
            out.append(" WHEN ").append(when).append(" THEN ").append(unified.get(i++));
        }
        if (elseArg != null) {
            out.append(" ELSE ").append(unified.get(i));
        }
        return out.append(" END").toString();
    }

    private String substringFrom(SubstrFunctionCallContext f) {
        ParseTree source = f.sourceString != null ? f.sourceString : f.sourceExpression;
        ParseTree from = f.fromDecimal != null ? f.fromDecimal : f.fromExpression;
        ParseTree length = f.forDecimal != null ? f.forDecimal : f.forExpression;
        List<ParseTree> args = length == null ? List.of(source, from) : List.of(source, from, length);
        return TABLE.get("substring").apply(new Call("substring", args, f, t));
    }

    private String unsupported(ParserRuleContext f, String what) {
        t.findings.add(ActionCode.SQL_FUNCTION, f, what + " has no direct PostgreSQL equivalent.");
        return null;
    }
}
