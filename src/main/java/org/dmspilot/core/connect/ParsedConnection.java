package org.dmspilot.core.connect;

import org.dmspilot.model.ConnectionProfile;

/**
 * A connection read from a JDBC URL: the profile and, when one was found, the password.
 *
 * @param profile where to connect (never holds the password)
 * @param password the password from the URL or the environment, null when neither had one; the caller should clear
 *         it after use
 * @param passwordSource where the password came from
 */
public record ParsedConnection(ConnectionProfile profile, char[] password, PasswordSource passwordSource) {

    /** Where a password came from. */
    public enum PasswordSource { URL, ENVIRONMENT, NONE }

    public boolean hasPassword() {
        return password != null;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ParsedConnection[profile=" + profile + ", password=" + (password == null ? "none" : "***")
                + ", passwordSource=" + passwordSource + "]";
    }
}
