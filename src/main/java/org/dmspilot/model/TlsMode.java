package org.dmspilot.model;

/** TLS modes, with libpq's meaning (and the equivalent MariaDB Connector/J settings for the source). */
public enum TlsMode {
    DISABLE, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

    /** Whether this mode checks the server certificate against a CA (then a CA file may be given). */
    public boolean verifiesCertificate() {
        return this == VERIFY_CA || this == VERIFY_FULL;
    }
}
