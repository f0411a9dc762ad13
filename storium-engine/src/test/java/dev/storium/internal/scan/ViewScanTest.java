package dev.storium.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.View;
import dev.storium.options.SchemaSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewScanTest {
    private static final String FIXTURES = "dev.storium.internal.scan.fixtures";

    private static FoundSchemas collect(String pattern) {
        return SchemaScan.collect(
                List.of(pattern),
                new SchemaSource(ViewScanTest.class.getClassLoader(), List.of(StaticFieldScanTest.testClasses())));
    }

    @Test
    void viewAndSequenceFieldsAreFoundNextToTableFieldsAndBecomeTheModels() {
        FoundSchemas found = collect(FIXTURES + ".views.*");

        assertThat(found.tables()).containsOnlyKeys("items");
        assertThat(found.views()).containsOnlyKeys("live_count", "live_items");
        assertThat(found.sequences()).containsOnlyKeys("item_numbers");
        assertThat(found.classes()).containsExactly(FIXTURES + ".views.ShopSchema");
        assertThat(Models.fromDefinitions(found.definition(), Dialect.SQLITE).views())
                .containsEntry(
                        "live_items",
                        new View("live_items", "SELECT id FROM items WHERE live", List.of("items"), false))
                .containsKey("live_count");
        assertThat(Models.fromDefinitions(found.definition(), Dialect.SQLITE).sequences())
                .containsOnlyKeys("item_numbers");
    }

    @Test
    void aViewWithoutAQueryIsRefusedWithItsField() {
        assertThatThrownBy(() -> collect(FIXTURES + ".queryless.*"))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION))
                .hasMessage("Field " + FIXTURES + ".queryless.Queryless.PENDING: View pending: it has no query. Fix:"
                        + " give it one: defineView(\"pending\").as(\"SELECT ...\").");
    }
}
