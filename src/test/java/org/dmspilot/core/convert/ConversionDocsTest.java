package org.dmspilot.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dmspilot.model.convert.ActionItem;
import org.junit.jupiter.api.Test;

/**
 * The action-item catalogue ({@code action-items.yaml}) is what the docs say and what the code raises: each docs
 * table named by an entry's {@code doc} lists exactly the catalogue's entries for it, and every code is raised
 * somewhere in the application.
 */
class ConversionDocsTest {
    @Test
    void everyDocsTableListsExactlyTheCatalogueEntriesItNames() throws Exception {
        Map<String, List<ActionCatalog.Entry>> byDoc = new LinkedHashMap<>();
        ActionCatalog.entries().forEach(e -> byDoc.computeIfAbsent(e.doc(), d -> new ArrayList<>()).add(e));
        assertThat(byDoc).containsOnlyKeys("conversion.md#action-items-raised-by-the-table-converter",
                "conversion-sql.md#action-item-codes");
        for (var doc : byDoc.entrySet()) {
            String page = doc.getKey().substring(0, doc.getKey().indexOf('#'));
            String anchor = doc.getKey().substring(doc.getKey().indexOf('#') + 1);
            List<String> expected = new ArrayList<>(List.of("| code | severity | effort (min) | meaning |"
                    + " recommended action |", "| --- | --- | --- | --- | --- |"));
            doc.getValue().forEach(e -> expected.add(row(e)));
            assertThat(table(Files.readAllLines(Path.of("docs", page)), anchor))
                    .as("the table under %s; it should read:%n%s", doc.getKey(), String.join("\n", expected))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyCodeIsRaisedByTheApplication() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dmspilot");
        Set<String> used = new TreeSet<>();
        for (var c : classes) {
            if (c.isEquivalentTo(ActionCode.class) || c.isEquivalentTo(ActionCatalog.class)) {
                continue;
            }
            for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
                if (access.getTargetOwner().isEquivalentTo(ActionCode.class)) {
                    used.add(access.getName());
                }
            }
        }
        assertThat(used).as("ActionCode constants the application uses")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ActionCode.values()).map(Enum::name)
                        .collect(Collectors.toList()));
    }

    @Test
    void anItemCarriesItsCataloguesSeverityEffortAndAction() {
        ActionItem item = ActionCode.TYPE_UNKNOWN.item("shop.t.c", 3, 7, "Unknown column type foo; mapped to text.");
        ActionCatalog.Entry entry = ActionCatalog.find("TYPE-UNKNOWN").orElseThrow();
        assertThat(item).isEqualTo(new ActionItem("TYPE-UNKNOWN", entry.severity(), "shop.t.c", 3, 7,
                "Unknown column type foo; mapped to text.", entry.action(), entry.effort()));
        assertThat(entry.severity()).isEqualTo(org.dmspilot.model.convert.Severity.CRITICAL);
        assertThat(ActionCatalog.find("NO-SUCH-CODE")).isEmpty();
    }

    /** A catalogue entry as a Markdown table row. */
    static String row(ActionCatalog.Entry e) {
        return "| `" + e.code() + "` | " + e.severity().name().toLowerCase(Locale.ROOT) + " | " + e.effort() + " | "
                + cell(e.description()) + " | " + cell(e.action()) + " |";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }

    /** The table right under the heading whose GitHub anchor is {@code anchor}. */
    private static List<String> table(List<String> lines, String anchor) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#") && slug(lines.get(i).replaceFirst("^#+\\s*", "")).equals(anchor)) {
                at = i;
            }
        }
        assertThat(at).as("a heading with the anchor #%s", anchor).isNotNegative();
        List<String> out = new ArrayList<>();
        for (int i = at + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("|")) {
                out.add(l);
            } else if (!out.isEmpty() || l.startsWith("#")) {
                break;
            }
        }
        return out;
    }

    private static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").trim().replace(' ', '-');
    }
}
