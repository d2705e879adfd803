package org.dmspilot.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // userinfo, also with '@' and '/' in an unencoded password
        "jdbc:mysql://user:PW@host/db | jdbc:mysql://user:***@host/db",
        "jdbc:mysql://user:p@ss/w@host:3306/db | jdbc:mysql://user:***@host:3306/db",
        "jdbc:postgresql://u:PW@[::1]:5432/x?sslmode=require | jdbc:postgresql://u:***@[::1]:5432/x?sslmode=require",
        // any case and numbered spellings (Connector/J's multi-factor password1..3)
        "jdbc:mysql://h/db?user=u&PASSWORD=PW&x=1 | jdbc:mysql://h/db?user=u&PASSWORD=***&x=1",
        "jdbc:mysql://h/db?password1=PW&password2=P2 | jdbc:mysql://h/db?password1=***&password2=***",
        "jdbc:mysql://h/db?trustCertificateKeyStorePassword=PW | jdbc:mysql://h/db?trustCertificateKeyStorePassword=***",
        "jdbc:postgresql://h/db?sslpassword=PW&sslmode=verify-full | jdbc:postgresql://h/db?sslpassword=***&sslmode=verify-full",
        "jdbc:mysql://h/db?pass%77ord=PW | jdbc:mysql://h/db?pass%77ord=***",
        // Connector/J's address forms
        "'jdbc:mysql://(host=h,port=3306,user=u,password=PW)/db' | 'jdbc:mysql://(host=h,port=3306,user=u,password=***)/db'",
        "jdbc:mysql://address=(host=h)(password=PW)(user=u)/db | jdbc:mysql://address=(host=h)(password=***)(user=u)/db",
        // properties in a message
        "'login failed; password=PW; user=u' | 'login failed; password=***; user=u'",
    })
    void secretsAreMaskedWhereTheUrlSyntaxPutsThem(String text, String expected) {
        // Issue 20 item 9: PASSWORD= and password1= spellings.
        assertThat(UrlRedaction.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a password equal to part of the database or host name leaves the names alone
        "'Cannot connect to jdbc:mysql://dms:dms@dms-host:3306/dms_src: refused' | 'Cannot connect to jdbc:mysql://dms:***@dms-host:3306/dms_src: refused'",
        "jdbc:postgresql://db.example:5432/shop?user=shop | jdbc:postgresql://db.example:5432/shop?user=shop",
        "file:///tmp/a:b@c | file:///tmp/a:b@c",
    })
    void namesThatLookLikeThePasswordAreKept(String text, String expected) {
        assertThat(UrlRedaction.redact(text)).isEqualTo(expected);
    }
}
