package org.dmspilot.model.catalog;

import java.util.List;

/** Null-safe immutable copies for the records' compact constructors. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
