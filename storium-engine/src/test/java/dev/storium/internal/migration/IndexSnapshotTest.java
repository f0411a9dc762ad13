package dev.storium.internal.migration;

import static dev.storium.internal.migration.TestSchemas.schema;
import static dev.storium.internal.migration.TestSchemas.users;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index fields of a snapshot: written for every index, and filled in with their empty values when a file of
 * format version 2 written before them lacks them.
 */
class IndexSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void aSnapshotWithoutTheIndexFieldsReadsThemAsEmpty() throws IOException {
        Path out = dir.resolve("migrations");
        MigrationFolder.read(out, Dialect.POSTGRESQL).writeNext("create_users", "SELECT 1;\n", schema(users(false)));
        Path snapshot = out.resolve("meta/0000_snapshot.json");
        String written = Files.readString(snapshot);
        assertThat(written)
                .contains("\"constraint\": false", "\"descending\": []", "\"method\": null", "\"include\": []")
                .contains("\"expressions\": []");
        String before = written.replaceAll(
                ",\\s*\"(constraint\": false|descending\": \\[\\]|method\": null|include\": \\[\\]|expressions\": \\[\\])",
                "");
        assertThat(before).doesNotContain("constraint", "descending", "method", "include", "expressions");
        Files.writeString(snapshot, before);

        SchemaModel read = MigrationFolder.read(out, Dialect.POSTGRESQL).latestModel();

        assertThat(read.table("users").orElseThrow().indexes())
                .containsExactly(new Index("users_email_unique", List.of("email"), true, null));
    }

    @Test
    void everyIndexFieldRoundTrips() {
        Table users = users(false);
        Table withOptions = users.with(
                users.columns(),
                List.of(
                        Index.uniqueConstraint("users_email_key", List.of("email")),
                        new Index(
                                "users_name_idx",
                                List.of(),
                                false,
                                "email is not null",
                                false,
                                List.of(true),
                                "gin",
                                List.of("email"),
                                List.of("to_tsvector('simple', full_name)"))),
                users.foreignKeys());
        Path out = dir.resolve("options");
        MigrationFolder.read(out, Dialect.POSTGRESQL).writeNext("create_users", "SELECT 1;\n", schema(withOptions));

        assertThat(MigrationFolder.read(out, Dialect.POSTGRESQL)
                        .latestModel()
                        .table("users")
                        .orElseThrow()
                        .indexes())
                .isEqualTo(withOptions.indexes());
    }
}
