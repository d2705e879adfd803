package org.dmspilot.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmspilot.core.convert.SchemaConverterTest;
import org.dmspilot.model.catalog.Table;
import org.junit.jupiter.api.Test;

class ObjectDetailsViewModelTest {
    private final Table customers = SchemaConverterTest.shop().table("customers").orElseThrow();

    @Test
    void tableShowsItsPropertiesColumnsAndDdl() {
        ObjectDetailsViewModel vm = new ObjectDetailsViewModel(customers);
        assertThat(vm.title()).isEqualTo("customers");
        assertThat(vm.properties()).extracting(ObjectDetailsViewModel.Property::name,
                ObjectDetailsViewModel.Property::value).contains(
                org.assertj.core.groups.Tuple.tuple("Storage engine", "InnoDB"),
                org.assertj.core.groups.Tuple.tuple("Next AUTO_INCREMENT", "11"),
                org.assertj.core.groups.Tuple.tuple("Primary key", "id"));
        assertThat(vm.columns()).hasSize(9);
        assertThat(vm.columns().get(5).extra()).isEqualTo("on update current_timestamp(3)");
        assertThat(vm.ddl()).startsWith("CREATE TABLE `customers` (").contains("KEY `email` (`email`(20))");
    }

    @Test
    void sizesAreHumanReadable() {
        assertThat(ObjectDetailsViewModel.humanBytes(512)).isEqualTo("512 B");
        assertThat(ObjectDetailsViewModel.humanBytes(5L * 1024 * 1024)).isEqualTo("5.0 MiB");
    }
}
