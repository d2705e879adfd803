package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Locale;

/**
 * An AWS failure as one line that says what is wrong and what to do, with the SDK's full text kept as the details
 * (shown on demand). The SDK's credential-chain text runs to a dozen lines; nobody should have to read it first.
 *
 * @param line what is wrong and what to do
 * @param details the full message (may be the same as the line)
 */
record AwsErrorText(String line, String details) {
    static AwsErrorText of(Throwable e) {
        String full = TaskPageModel.describe(e);
        String text = full.toLowerCase(Locale.ROOT);
        String line;
        if (text.contains("unable to load credentials") || text.contains("profile file contained no credentials")) {
            line = lang("wizard.aws.noCredentials");
        } else if (text.contains("unable to load region")) {
            line = lang("wizard.aws.noRegion");
        } else if (text.contains("token has expired") || text.contains("expiredtoken")
                || text.contains("the sso session") || text.contains("token is expired")) {
            line = lang("wizard.aws.expired");
        } else if (text.contains("security token included in the request is invalid")
                || text.contains("invalidclienttokenid") || text.contains("signaturedoesnotmatch")) {
            line = lang("wizard.aws.badKeys");
        } else if (text.contains("not authorized to perform") || text.contains("accessdenied")) {
            line = lang("wizard.aws.denied", firstLine(full));
        } else if (text.contains("unknownhost") || text.contains("connection refused") || text.contains("connect timed")
                || text.contains("unable to execute http request")) {
            line = lang("wizard.aws.unreachable");
        } else {
            line = firstLine(full);
        }
        return new AwsErrorText(line, full);
    }

    /** The first line, at most 240 characters. */
    static String firstLine(String s) {
        String first = s.lines().findFirst().orElse("").strip();
        return first.length() > 240 ? first.substring(0, 239) + "\u2026" : first;
    }
}
