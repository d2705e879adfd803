package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routine bodies beyond the parse limits become an action item within seconds, never a hang. */
class ParseLimitsConversionTest {

    @ParameterizedTest(name = "RETURN with {0} nested parentheses")
    @ValueSource(ints = {30, 10_000})
    void aDeeplyNestedRoutineBodyBecomesAnActionItemWithinSeconds(int depth) {
        // Issue 20 item 7: RETURN ((((...)))) in a live routine body.
        String body = "RETURN " + "(".repeat(depth) + "1" + ")".repeat(depth);
        org.dmspilot.testsupport.CpuTime cpu = org.dmspilot.testsupport.CpuTime.start();
        ConvertedSql converted = GoldenPostgres.routine(GoldenPostgres.function("deep", List.of(), "int", true,
                body));
        assertThat(cpu.elapsed()).as("processor time").isLessThan(Duration.ofSeconds(10));
        assertThat(converted.actionItems()).anySatisfy(i -> assertThat(i.message()).contains("too complex to parse")
                .contains("by hand"));
        assertThat(converted.sql()).contains("not converted");
    }

    @Test
    void ordinaryNestingStillConverts() {
        ConvertedSql converted = GoldenPostgres.routine(GoldenPostgres.function("shallow", List.of(), "int", true,
                "RETURN ((((1 + 2))))"));
        assertThat(converted.actionItems()).noneSatisfy(i -> assertThat(i.message()).contains("too complex"));
        assertThat(converted.sql()).contains("RETURN");
    }
}
