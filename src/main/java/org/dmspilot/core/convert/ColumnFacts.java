package org.dmspilot.core.convert;

import java.math.BigInteger;
import java.util.Optional;

/**
 * What the data says about a column, when a live source was asked (a dump says nothing): decisions such as
 * tinyint(1) → boolean, bigint unsigned → numeric(20) and time → interval depend on it.
 */
public interface ColumnFacts {
    /** Nothing known (a dump file): conservative choices plus an action item. */
    ColumnFacts UNKNOWN = new Read(null, null, null);

    /** True when every value is 0, 1 or NULL. */
    Optional<Boolean> onlyZeroOneOrNull();

    /** The largest value in the column. */
    Optional<BigInteger> maxValue();

    /** For a TIME column: true when every value is a time of day (00:00:00 to 24:00:00). */
    default Optional<Boolean> timeOfDayOnly() {
        return Optional.empty();
    }

    static ColumnFacts of(Boolean zeroOne, BigInteger max) {
        return new Read(zeroOne, max, null);
    }

    /** The facts of a TIME column. */
    static ColumnFacts time(boolean timeOfDayOnly) {
        return new Read(null, null, timeOfDayOnly);
    }

    /** Facts as read from the data; null where not asked. */
    record Read(Boolean zeroOne, BigInteger max, Boolean timeOfDay) implements ColumnFacts {
        @Override
        public Optional<Boolean> onlyZeroOneOrNull() {
            return Optional.ofNullable(zeroOne);
        }

        @Override
        public Optional<BigInteger> maxValue() {
            return Optional.ofNullable(max);
        }

        @Override
        public Optional<Boolean> timeOfDayOnly() {
            return Optional.ofNullable(timeOfDay);
        }
    }
}
