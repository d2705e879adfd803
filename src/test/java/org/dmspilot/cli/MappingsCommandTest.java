package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmspilot mappings check FILE}: valid documents list their rules, invalid ones name line and column. */
class MappingsCommandTest {
    @Test
    void checkListsRulesOrNamesTheError(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                {"rules": [
                  {"rule-type": "selection", "rule-id": "1", "rule-name": "1", "rule-action": "include",
                   "object-locator": {"schema-name": "shop", "table-name": "orders"},
                   "filters": [{"filter-type": "source", "column-name": "region", "filter-conditions": [
                     {"filter-operator": "eq", "value": "EU"}]}]},
                  {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-action": "add-prefix",
                   "rule-target": "table", "object-locator": {"schema-name": "shop", "table-name": "%"},
                   "value": "old_"}]}""");
        Cli.Run ok = Cli.run("mappings", "check", good.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("1  include shop.orders where region = EU",
                "2  add-prefix table shop.% with old_", "valid, 2 rule(s); row filters apply to a full load");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"eq\"", "\"equals\""));
        Cli.Run refused = Cli.run("mappings", "check", bad.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("bad.json: line 5, column", "unknown filter-operator \"equals\"");
        Cli.Run missing = Cli.run("mappings", "check", dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Cannot read").contains("nope.json");
    }
}
