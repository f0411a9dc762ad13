package dev.storium.internal.migration;

import static dev.storium.internal.migration.TestSchemas.schema;
import static dev.storium.internal.migration.TestSchemas.users;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enum of an enum column in the snapshot, and snapshots written before it existed. */
class EnumSnapshotTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    @Test
    void anEnumColumnKeepsItsEnumInTheSnapshotWithoutItsRenameHints() throws IOException {
        EnumType hinted = new EnumType("order_status", List.of("draft", "paid"), Map.of("new", "draft"));
        Column status = new Column(
                "status",
                ColumnType.ENUM,
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                DefaultValue.literal("draft"),
                null,
                null,
                hinted);
        Table orders = new Table("orders", List.of(status), List.of(), List.of(), List.of(), null);
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("create_orders", "SELECT 1;\n", schema(orders));

        String json = Files.readString(out().resolve("meta/0000_snapshot.json"));
        assertThat(json)
                .contains("\"enumType\": {\n"
                        + "            \"name\": \"order_status\",\n"
                        + "            \"values\": [\n"
                        + "              \"draft\",\n"
                        + "              \"paid\"\n"
                        + "            ],\n"
                        + "            \"renamedValues\": {}\n"
                        + "          }");
        SchemaModel read = MigrationFolder.read(out(), Dialect.POSTGRESQL).latestModel();
        assertThat(read.enums()).containsExactly(Map.entry("order_status", hinted.withoutHints()));
    }

    @Test
    void aVersionTwoSnapshotWrittenBeforeEnumsReadsWithNone() throws IOException {
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("create_users", "SELECT 1;\n", schema(users(true)));
        SchemaModel asWritten = MigrationFolder.read(out(), Dialect.POSTGRESQL).latestModel();
        Path snapshot = out().resolve("meta/0000_snapshot.json");
        String before = Files.readString(snapshot).replaceAll(",\\s*\"enumType\": null", "");
        assertThat(before).contains("\"version\": \"2\"").doesNotContain("enumType");
        Files.writeString(snapshot, before);

        MigrationFolder folder = MigrationFolder.read(out(), Dialect.POSTGRESQL);

        assertThat(folder.latestModel()).isEqualTo(asWritten);
        assertThat(folder.latestModel().enums()).isEmpty();
    }
}
