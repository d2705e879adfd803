package org.dmspilot.core.dms.emulator;

import java.util.Map;

/** Query-protocol XML envelopes: IAM/STS ({@code <OpResponse><OpResult>}) and EC2 ({@code <requestId>}). */
final class QueryXml {
    private static final Map<String, String> NAMESPACES = Map.of(
            "iam", "https://iam.amazonaws.com/doc/2010-05-08/",
            "sts", "https://sts.amazonaws.com/doc/2011-06-15/",
            "ec2", "http://ec2.amazonaws.com/doc/2016-11-15/", "sns", "http://sns.amazonaws.com/doc/2010-03-31/");

    private QueryXml() {
    }

    /** A success envelope around {@code inner} (null for operations without a result). */
    static String ok(String service, String op, String requestId, String inner) {
        String ns = NAMESPACES.getOrDefault(service, "");
        if (service.equals("ec2")) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + op + "Response xmlns=\"" + ns + "\"><requestId>"
                    + requestId + "</requestId>" + inner + "</" + op + "Response>";
        }
        return "<" + op + "Response xmlns=\"" + ns + "\">" + (inner == null ? "" : "<" + op + "Result>" + inner
                + "</" + op + "Result>") + "<ResponseMetadata><RequestId>" + requestId
                + "</RequestId></ResponseMetadata></" + op + "Response>";
    }

    static String error(String service, AwsFault f, String requestId) {
        if (service.equals("ec2")) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + f.code()
                    + "</Code><Message>" + esc(f.getMessage()) + "</Message></Error></Errors><RequestID>"
                    + requestId + "</RequestID></Response>";
        }
        return "<ErrorResponse xmlns=\"" + NAMESPACES.getOrDefault(service, "") + "\"><Error><Type>"
                + (f.status() >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + f.code() + "</Code><Message>"
                + esc(f.getMessage()) + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
    }

    static String el(String name, Object value) {
        return "<" + name + ">" + esc(String.valueOf(value)) + "</" + name + ">";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
