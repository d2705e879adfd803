package org.dmspilot.core.sqlparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MysqlTextTest {
    @Test
    void commasInsideStringsIdentifiersParenthesesAndCommentsDoNotSplit() {
        String sql = "a = 'x,''y', b = \"p\\\",q\", `c,``d` = f(1, 2) /* e, f */, g = 1 -- h, i\n, k = 2 # l, m\n";
        assertThat(MysqlText.splitTopLevel(sql, ',')).containsExactly("a = 'x,''y'", " b = \"p\\\",q\"",
                " `c,``d` = f(1, 2) /* e, f */", " g = 1 -- h, i\n", " k = 2 # l, m\n");
    }

    @Test
    void backslashDoesNotEscapeInsideBackticksButDoesInsideStrings() {
        assertThat(MysqlText.splitTopLevel("`a\\`,b", ',')).containsExactly("`a\\`", "b");
        assertThat(MysqlText.splitTopLevel("'a\\',b'", ',')).containsExactly("'a\\',b'");
    }

    @Test
    void versionedCommentIsCodeAndDashesWithoutSpaceAreNotAComment() {
        assertThat(MysqlText.splitTopLevel("/*!40101 a, b */", ',')).containsExactly("/*!40101 a", " b */");
        assertThat(MysqlText.splitTopLevel("1--1, 2", ',')).containsExactly("1--1", " 2");
    }

    @Test
    void mariadbVersionedCommentIsCodeAndOneForNoServerIsAComment() {
        assertThat(MysqlText.splitTopLevel("/*M!100100 a, b */", ',')).containsExactly("/*M!100100 a", " b */");
        assertThat(MysqlText.splitTopLevel("/*M!999999\\- a, b */ c, d", ',')).containsExactly(
                "/*M!999999\\- a, b */ c", " d");
        assertThat(MysqlText.splitTopLevel("/*Mine, b */ c, d", ',')).containsExactly("/*Mine, b */ c", " d");
    }

    @Test
    void aLineCommentEndsAtTheNewlineAndTwoDashesAtTheEndAreOne() {
        assertThat(MysqlText.splitTopLevel("a -- x, y\nb, c --", ',')).containsExactly("a -- x, y\nb", " c --");
        assertThat(MysqlText.skipQuotedOrComment("--\nx", 0)).isEqualTo(3);
        assertThat(MysqlText.skipQuotedOrComment("#,\r\nx", 0)).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "'it''s'|it's", "'it\\'s'|it's", "\"say \"\"hi\"\"\"|say \"hi\"", "'a\\\\b'|a\\b",
            "'50\\%'|50\\%", "'a\\_b'|a\\_b", "'\\q'|q", "`a``b\\`|a`b\\"})
    void stringValueReadsEscapesAsTheServerDoes(String quoted, String value) {
        assertThat(MysqlText.stringValue(quoted)).isEqualTo(value);
    }

    @Test
    void stringValueTurnsControlEscapesIntoTheirCharactersUnlessBackslashesAreOff() {
        assertThat(MysqlText.stringValue("'\\0\\b\\n\\r\\t\\Z'")).isEqualTo("\0\b\n\r\t\u001a");
        assertThat(MysqlText.stringValue("'a\\nb'", false)).isEqualTo("a\\nb");
    }

    @Test
    void unterminatedQuoteRunsToTheEnd() {
        assertThat(MysqlText.splitTopLevel("a, 'b, c", ',')).containsExactly("a", " 'b, c");
        assertThat(MysqlText.skipQuotedOrComment("/* open", 0)).isEqualTo(7);
    }

    @Test
    void scanReportsDepthBeforeEachCharacter() {
        List<String> seen = new ArrayList<>();
        MysqlText.scanCode("(a')')", (i, c, depth) -> seen.add(c + "" + depth) && true);
        assertThat(seen).containsExactly("(0", "a1", ")1");
    }

    @Test
    void namePartsSplitOnDotsOutsideQuotesAndUnquoteEachPart() {
        assertThat(MysqlText.nameParts("`db` . `a``b`")).containsExactly("db", "a`b");
        assertThat(MysqlText.nameParts("`x.y`.t")).containsExactly("x.y", "t");
        assertThat(MysqlText.nameParts("\"an\"\"si\".t")).containsExactly("an\"si", "t");
        assertThat(MysqlText.nameParts("plain")).containsExactly("plain");
        assertThat(MysqlText.nameParts(null)).isEmpty();
    }

    @Test
    void unquotesIdentifiersButLeavesOtherTextAlone() {
        assertThat(MysqlText.unquoteIdentifier(" `a``b` ")).isEqualTo("a`b");
        assertThat(MysqlText.unquoteIdentifier("'s'")).isEqualTo("'s'");
        assertThat(MysqlText.unquoteIdentifier("`")).isEqualTo("`");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        " (a + b) | a + b",
        "((a)) | (a)",
        "(a) + (b) | (a) + (b)",
        "(')(') | ')('",
        "(`)`) | `)`",
        "(a /* ) */) | a /* ) */",
        "a | a",
        "() | ~~"})
    void stripsOnlyParenthesesThatEncloseTheWholeText(String in, String out) {
        assertThat(MysqlText.stripParentheses(in)).isEqualTo(out);
    }
}
