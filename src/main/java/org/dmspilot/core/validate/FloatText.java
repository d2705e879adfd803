package org.dmspilot.core.validate;

/**
 * A double's text in a form that does not depend on how the server writes it, so floats are compared by value. Both
 * servers print the shortest digits that read back as the same double, but in different notations: MySQL and MariaDB
 * write {@code 3.402820018375656e38}, {@code 0.00000015} and {@code 9.999999747378752e-6}, PostgreSQL
 * {@code 3.402820018375656e+38}, {@code 1.5e-07} and {@code 9.999999747378752e-06}, and they switch to an exponent at
 * different magnitudes. The canonical form is the sign, the significant digits without leading or trailing zeros, and
 * the exponent of the decimal point: {@code 3402820018375656e39}, {@code 15e-6}; zero is {@code 0}. Each server
 * computes it in SQL with its own string functions.
 */
enum FloatText {
    MYSQL {
        @Override
        String before(String text, char sep) {
            return "SUBSTRING_INDEX(" + text + ", '" + sep + "', 1)";
        }

        @Override
        String after(String text, char sep) {
            return "IF(LOCATE('" + sep + "', " + text + ") > 0, SUBSTRING_INDEX(" + text + ", '" + sep + "', -1), '')";
        }

        @Override
        String toInt(String text) {
            return "CAST(IF(" + text + " = '', '0', " + text + ") AS SIGNED)";
        }

        @Override
        String concat(String... parts) {
            return "CONCAT(" + String.join(", ", parts) + ")";
        }
    },
    POSTGRES {
        @Override
        String before(String text, char sep) {
            return "split_part(" + text + ", '" + sep + "', 1)";
        }

        @Override
        String after(String text, char sep) {
            return "split_part(" + text + ", '" + sep + "', 2)";
        }

        @Override
        String toInt(String text) {
            return "coalesce(nullif(" + text + ", '')::int, 0)";
        }

        @Override
        String concat(String... parts) {
            return "concat(" + String.join(", ", parts) + ")";
        }
    };

    /** The text before the first {@code sep}, all of it when there is none. */
    abstract String before(String text, char sep);

    /** The text after the first (only) {@code sep}, empty when there is none. */
    abstract String after(String text, char sep);

    /** A signed whole number written with an optional sign; empty text is 0. */
    abstract String toInt(String text);

    abstract String concat(String... parts);

    /** The canonical text of the double whose server text is {@code text} (an SQL expression, NULL stays NULL). */
    String canonical(String text) {
        String unsigned = "TRIM(LEADING '-' FROM " + text + ")";
        String mantissa = before(unsigned, 'e');
        String exponent = toInt(after(unsigned, 'e'));
        String whole = before(mantissa, '.');
        String digits = concat(whole, after(mantissa, '.'));
        String significant = "TRIM(TRAILING '0' FROM TRIM(LEADING '0' FROM " + digits + "))";
        String leadingZeros = "(LENGTH(" + digits + ") - LENGTH(TRIM(LEADING '0' FROM " + digits + ")))";
        String point = "(LENGTH(" + whole + ") + " + exponent + " - " + leadingZeros + ")";
        return "CASE WHEN " + text + " IS NULL THEN NULL WHEN " + significant + " = '' THEN '0' ELSE " + concat("CASE WHEN LEFT(" + text
                + ", 1) = '-' THEN '-' ELSE '' END", significant, "'e'", point) + " END";
    }
}
