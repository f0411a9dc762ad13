package dev.storium.internal.migration;

import static dev.storium.internal.migration.TestSchemas.schema;
import static dev.storium.internal.migration.TestSchemas.users;
import static dev.storium.schema.ColumnType.CUSTOM;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots keep every dialect's SQL type of a custom column and every expression of a generated column, and read files
 * written before those fields existed.
 */
class CustomTypeSnapshotTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    @Test
    void aSnapshotKeepsEveryDialectsTypeAndADiffForOneDialectSeesOnlyItsOwn() throws IOException {
        SchemaModel model = Models.fromDefinitions(List.of(defineTable("docs")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("search", CUSTOM)
                                .sqlType(Dialect.SQLITE, "text")
                                .sqlType(Dialect.POSTGRESQL, " tsvector "))
                .timestamps(false)));
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("create_docs", "SELECT 1;\n", model);

        String json = Files.readString(out().resolve("meta/0000_snapshot.json"));
        assertThat(json)
                .contains(
                        "\"sqlTypes\": {\n            \"postgresql\": \"tsvector\",\n            \"sqlite\": \"text\"\n");
        SchemaModel read = MigrationFolder.read(out(), Dialect.POSTGRESQL).latestModel();
        assertThat(read).isEqualTo(model);
        Column search = read.forDialect("postgresql")
                .table("docs")
                .orElseThrow()
                .column("search")
                .orElseThrow();
        assertThat(search.sqlTypes()).isEqualTo(Map.of("postgresql", "tsvector"));
        assertThat(read.forDialect("mysql")
                        .table("docs")
                        .orElseThrow()
                        .column("search")
                        .orElseThrow()
                        .sqlTypes())
                .isEmpty();
    }

    @Test
    void aSnapshotKeepsAGeneratedColumnsExpressionsAndKind() throws IOException {
        SchemaModel model = Models.fromDefinitions(List.of(defineTable("people")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("first", VARCHAR).maxLength(20),
                        column("shout", TEXT)
                                .generatedAs("upper(first)")
                                .generatedAs(Dialect.MYSQL, "ucase(first)")
                                .virtual())
                .timestamps(false)));
        MigrationFolder.read(out(), Dialect.MYSQL).writeNext("create_people", "SELECT 1;\n", model);

        String json = Files.readString(out().resolve("meta/0000_snapshot.json"));
        assertThat(json)
                .contains("\"expression\": \"upper(first)\"", "\"mysql\": \"ucase(first)\"", "\"stored\": false");
        SchemaModel read = MigrationFolder.read(out(), Dialect.MYSQL).latestModel();
        assertThat(read).isEqualTo(model);
        assertThat(read.forDialect("mysql")
                        .table("people")
                        .orElseThrow()
                        .column("shout")
                        .orElseThrow()
                        .generated())
                .isEqualTo(Generated.of("ucase(first)", false));
    }

    @Test
    void aVersionTwoSnapshotWithoutSqlTypesOrGeneratedReadsAsHavingNone() throws IOException {
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("create_users", "SELECT 1;\n", schema(users(false)));
        SchemaModel asWritten = MigrationFolder.read(out(), Dialect.POSTGRESQL).latestModel();
        Path snapshot = out().resolve("meta/0000_snapshot.json");
        String withField = Files.readString(snapshot);
        String without = withField.replaceAll(",\\s*\"(sqlTypes|generated)\": null", "");
        assertThat(withField).contains("\"sqlTypes\": null", "\"generated\": null");
        assertThat(without).doesNotContain("sqlTypes", "generated").contains("\"version\": \"2\"");
        Files.writeString(snapshot, without);

        MigrationFolder folder = MigrationFolder.read(out(), Dialect.POSTGRESQL);

        assertThat(folder.latestModel()).isEqualTo(asWritten);
        assertThat(folder.migrations().get(0).snapshot().version()).isEqualTo("2");
    }
}
