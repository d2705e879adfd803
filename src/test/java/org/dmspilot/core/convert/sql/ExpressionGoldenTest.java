package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden pairs: one MySQL expression in, its PostgreSQL spelling out (docs/conversion-sql.md lists the rules). */
class ExpressionGoldenTest {

    static String translate(String mysqlExpression) {
        String sql = SqlTranslator.view(ViewSource.of("s", "v", "select " + mysqlExpression)).sql();
        String marker = "AS\nselect ";
        return sql.substring(sql.indexOf(marker) + marker.length(), sql.lastIndexOf(';'));
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            `Order Items`.`Qty`                       | "order items".qty
            `t`.`select`                              | t."select"
            ifnull(a, 0)                              | COALESCE(a, 0)
            substring_index(e, '@', 1)                | split_part(e, '@', 1)
            substring_index(e, '@', -1)               | reverse(split_part(reverse(e), reverse('@'), 1))
            substring_index(e, '@', -2)               | array_to_string((string_to_array(e, '@'))[greatest(cardinality(string_to_array(e, '@')) - 2 + 1, 1):], '@')
            ifnull(d, 'n/a')                          | COALESCE(d::text, 'n/a')
            coalesce(a, b, 'x')                       | COALESCE(a::text, b::text, 'x')
            if(a > 1, 'big', 'small')                 | CASE WHEN a > 1 THEN 'big' ELSE 'small' END
            if(a > 1, a, 'none')                      | CASE WHEN a > 1 THEN a::text ELSE 'none' END
            isnull(a)                                 | (a IS NULL)
            a <=> b                                   | a IS NOT DISTINCT FROM b
            a != b                                    | a <> b
            ~a && b || c~                             | a AND b OR c
            !a                                        | NOT a
            a xor b                                   | (a) <> (b)
            1 xor 2                                   | (1 <> 0) <> (2 <> 0)
            (a > 1) xor (b + 1)                       | ((a > 1)) <> ((b + 1) <> 0)
            a ^ b                                     | a # b
            5 / 2                                     | CAST(5 AS numeric) / 2
            a / b                                     | CAST(a AS numeric) / NULLIF(b, 0)
            a div b                                   | div(a, NULLIF(b, 0))::bigint
            a mod 3                                   | a % 3
            concat(a, '-', b)                         | ~(a::text || '-' || b::text)~
            concat_ws(', ', a, b)                     | concat_ws(', ', a, b)
            'it\\'s'                                  | 'it''s'
            "double"                                  | 'double'
            'tab\\there'                              | E'tab\\there'
            _utf8mb4'abc' collate utf8mb4_general_ci  | 'abc'
            N'x' 'y'                                  | 'xy'
            lcase(s)                                  | lower(s)
            ucase(s)                                  | upper(s)
            length(s)                                 | octet_length(s)
            char_length(s)                            | char_length(s)
            substring(s, 2, 3)                        | substr(s, 2, 3)
            substr(s, -3)                             | right(s, 3)
            substring(s from 2 for 3)                 | substr(s, 2, 3)
            locate('a', s)                            | strpos(s, 'a')
            instr(s, 'a')                             | strpos(s, 'a')
            instr(s, '{0}')                           | strpos(s, '{0}')
            left(s, 2)                                | left(s, 2)
            greatest(a, 1)                            | CASE WHEN a IS NULL THEN NULL ELSE GREATEST(a, 1) END
            field(a, 'x', 'y')                        | CASE a WHEN 'x' THEN 1 WHEN 'y' THEN 2 ELSE 0 END
            now()                                     | LOCALTIMESTAMP(0)
            current_timestamp                         | LOCALTIMESTAMP(0)
            curdate()                                 | CURRENT_DATE
            date_add(d, interval 2 day)               | (d + INTERVAL '2 day')
            date_sub(d, interval n month)             | (d - n * INTERVAL '1 month')
            d + interval 1 quarter                    | d + INTERVAL '3 months'
            date_add(d, interval '1 2' day_hour)      | (d + INTERVAL '1 days 2 hours')
            datediff(a, b)                            | (CAST(a AS date) - CAST(b AS date))
            timestampdiff(hour, a, b)                 | trunc(EXTRACT(epoch FROM CAST(b AS timestamp) - CAST(a AS timestamp)) / 3600)::bigint
            date_format(d, '%Y-%m-%d %H:%i:%s')       | to_char(d, 'YYYY-MM-DD HH24:MI:SS')
            date_format(d, '%e %M %Y, %W')            | to_char(d, 'FMDD FMMonth YYYY, FMDay')
            date_format(d, '%D of %b at %l%p')        | to_char(d, 'FMDDth "of" Mon "at" FMHH12AM')
            str_to_date(s, '%d/%m/%Y')                | to_date(s, 'DD/MM/YYYY')
            year(d)                                   | EXTRACT(year FROM d)::integer
            dayofweek(d)                              | (EXTRACT(dow FROM d)::integer + 1)
            cast(a as signed)                         | CAST(a AS bigint)
            cast(a as char(10))                       | CAST(a AS varchar(10))
            convert(a, decimal(10,2))                 | CAST(a AS numeric(10,2))
            cast(a as datetime)                       | CAST(a AS timestamp)
            convert(s using utf8mb4)                  | s
            group_concat(name)                        | string_agg(name::text, ',')
            group_concat(distinct name order by name desc separator '; ') | string_agg(DISTINCT name::text, '; ' ORDER BY name::text DESC)
            group_concat(a, b order by c)             | ~string_agg((a::text || b::text), ',' ORDER BY c)~
            count(distinct a, b)                      | COUNT(DISTINCT CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN (a, b) END)
            sum(a > 1)                                | SUM((a > 1)::integer)
            std(a)                                    | stddev_pop(a)
            a regexp '^x'                             | a ~* '^x'
            a not rlike 'x'                           | a !~* 'x'
            database()                                | current_schema()
            uuid()                                    | gen_random_uuid()::text
            x'0A'                                     | '\\x0a'::bytea
            """)
    void rewritesExpression(String mysql, String postgres) {
        assertThat(translate(mysql)).isEqualTo(postgres.replace("\\\\", "\\"));
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a from t limit 5, 10                      | a from s.t LIMIT 10 OFFSET 5
            a from t limit 10 offset 5                | a from s.t LIMIT 10 OFFSET 5
            sql_calc_found_rows a from t              | a from s.t
            distinctrow a from t                      | DISTINCT a from s.t
            a from t use index (i) where a = 1        | a from s.t where a = 1
            a from t lock in share mode               | a from s.t FOR SHARE
            `x`.`a` AS `Total Amount` from `s`.`t` `x` | x.a AS "total amount" from s.t x
            """)
    void rewritesQueryClauses(String mysql, String postgres) {
        assertThat(translate(mysql)).isEqualTo(postgres);
    }
}
