package org.dmspilot.core.convert;

import java.math.BigInteger;
import java.util.Optional;

/**
 * What the data says about a column, when a live source was asked (a dump says nothing): decisions such as
 * tinyint(1) → boolean and bigint unsigned → numeric(20) depend on it.
 */
public interface ColumnFacts {
    /** Nothing known (a dump file): conservative choices plus an action item. */
    ColumnFacts UNKNOWN = new ColumnFacts() {
        @Override
        public Optional<Boolean> onlyZeroOneOrNull() {
            return Optional.empty();
        }

        @Override
        public Optional<BigInteger> maxValue() {
            return Optional.empty();
        }
    };

    /** True when every value is 0, 1 or NULL. */
    Optional<Boolean> onlyZeroOneOrNull();

    /** The largest value in the column. */
    Optional<BigInteger> maxValue();

    static ColumnFacts of(Boolean zeroOne, BigInteger max) {
        return new ColumnFacts() {
            @Override
            public Optional<Boolean> onlyZeroOneOrNull() {
                return Optional.ofNullable(zeroOne);
            }

            @Override
            public Optional<BigInteger> maxValue() {
                return Optional.ofNullable(max);
            }
        };
    }
}
