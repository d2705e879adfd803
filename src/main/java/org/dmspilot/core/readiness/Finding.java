package org.dmspilot.core.readiness;

/** What an evaluator found: status, the facts, and the fix (empty when passing). */
record Finding(CheckStatus status, String found, String fix) {
    static Finding pass(String found) {
        return new Finding(CheckStatus.PASS, found, "");
    }

    static Finding warn(String found, String fix) {
        return new Finding(CheckStatus.WARN, found, fix);
    }

    static Finding fail(String found, String fix) {
        return new Finding(CheckStatus.FAIL, found, fix);
    }

    /** Pass when {@code ok}, otherwise the given status. */
    static Finding of(boolean ok, CheckStatus otherwise, String found, String fix) {
        return ok ? pass(found) : new Finding(otherwise, found, fix);
    }
}
