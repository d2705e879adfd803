package org.dmspilot.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.engine.KeyRange;

/** Key ranges for the scan floor of the engine benchmark. */
final class KeyRangeSplit {
    private KeyRangeSplit() {
    }

    static List<KeyRange> split(long min, long max, int pieces) {
        long step = Math.max(1, (max - min + pieces) / pieces);
        List<KeyRange> ranges = new ArrayList<>();
        BigInteger lower = null;
        for (long b = min + step; b <= max; b += step) {
            ranges.add(new KeyRange(lower, BigInteger.valueOf(b)));
            lower = BigInteger.valueOf(b);
        }
        ranges.add(new KeyRange(lower, null));
        return ranges;
    }
}
