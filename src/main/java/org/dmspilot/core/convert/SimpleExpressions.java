package org.dmspilot.core.convert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately small {@link ExpressionTranslator}: identifiers, numbers, plain string literals, arithmetic and
 * comparison operators, parentheses, and a few functions spelled the same in both engines. Anything else is refused,
 * so it never produces a wrong translation; the full parser-based translator replaces it where available.
 */
public final class SimpleExpressions implements ExpressionTranslator {
    private static final Set<String> SAME_FUNCTIONS = Set.of("abs", "lower", "upper", "coalesce", "round", "floor",
            "ceil", "greatest", "least", "nullif", "trim", "ltrim", "rtrim", "replace", "sign", "mod");
    private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not", "is", "null", "in", "between",
            "like", "true", "false");

    @Override
    public Optional<Translation> translate(String expr) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '`') {
                int end = expr.indexOf('`', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                out.append(PgNames.quote(PgNames.name(expr.substring(i + 1, end))));
                i = end + 1;
            } else if (c == '\'') {
                int end = i + 1;
                StringBuilder lit = new StringBuilder();
                while (end < n) {
                    char d = expr.charAt(end);
                    if (d == '\\') {
                        return Optional.empty();
                    }
                    if (d == '\'') {
                        if (end + 1 < n && expr.charAt(end + 1) == '\'') {
                            lit.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    lit.append(d);
                    end++;
                }
                if (end >= n) {
                    return Optional.empty();
                }
                out.append(TypeMapper.literal(lit.toString()));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(expr.charAt(end)) || expr.charAt(end) == '_')) {
                    end++;
                }
                String word = expr.substring(i, end).toLowerCase(Locale.ROOT);
                int next = end;
                while (next < n && expr.charAt(next) == ' ') {
                    next++;
                }
                boolean call = next < n && expr.charAt(next) == '(';
                if (call && !SAME_FUNCTIONS.contains(word)) {
                    return Optional.empty();
                }
                out.append(call || WORD_OPERATORS.contains(word) ? word.toUpperCase(Locale.ROOT)
                        : PgNames.quote(PgNames.name(word)));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isDigit(expr.charAt(end)) || expr.charAt(end) == '.')) {
                    end++;
                }
                if (end < n && Character.isLetter(expr.charAt(end))) {
                    return Optional.empty();
                }
                out.append(expr, i, end);
                i = end;
            } else if ("+-*/%()<>=!, .".indexOf(c) >= 0) {
                if (c == '!' && (i + 1 >= n || expr.charAt(i + 1) != '=')) {
                    return Optional.empty();
                }
                out.append(c);
                i++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Translation(out.toString(), List.of()));
    }
}
