package org.dmspilot.core.convert.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The function rewrite tables are merged without one silently replacing a row of another. */
class FunctionTablesTest {

    @Test
    void aFunctionInTwoTablesIsRefusedNotOverridden() {
        Map<String, Rewrite> strings = Map.of("left", Rewrite.rename("left"));
        Map<String, Rewrite> dates = Map.of("left", Rewrite.rename("other_left"));
        assertThatThrownBy(() -> FunctionCalls.merged(strings, dates)).hasMessageContaining("left");
    }

    @Test
    void theShippedTablesDoNotOverlap() {
        assertThat(FunctionCalls.merged(StringFunctions.TABLE, DateFunctions.TABLE))
                .hasSize(StringFunctions.TABLE.size() + DateFunctions.TABLE.size());
    }
}
