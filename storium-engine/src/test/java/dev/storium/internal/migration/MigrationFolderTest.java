package dev.storium.internal.migration;

import static dev.storium.internal.migration.TestSchemas.posts;
import static dev.storium.internal.migration.TestSchemas.schema;
import static dev.storium.internal.migration.TestSchemas.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFolderTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    private MigrationFolder read() {
        return MigrationFolder.read(out(), Dialect.POSTGRESQL);
    }

    @Test
    void aMissingDirectoryHasNoMigrationsAndAnEmptyModel() {
        MigrationFolder folder = read();

        assertThat(folder.migrations()).isEmpty();
        assertThat(folder.latestModel()).isEqualTo(SchemaModel.empty());
        assertThat(out()).doesNotExist();
    }

    @Test
    void anEmptyDirectoryHasNoMigrations() throws IOException {
        Files.createDirectories(out());

        assertThat(read().migrations()).isEmpty();
    }

    @Test
    void theFirstMigrationWritesTheSqlTheSnapshotAndTheJournal() throws IOException {
        Migration written = read().writeNext("create_users", "CREATE TABLE users ();\n", schema(users(false)))
                .migration();

        assertThat(written.tag()).isEqualTo("0000_create_users");
        assertThat(out().resolve("0000_create_users.sql")).hasContent("CREATE TABLE users ();");
        assertThat(out().resolve("meta/0000_snapshot.json")).exists();
        String journal = Files.readString(out().resolve("meta/_journal.json"));
        assertThat(journal)
                .startsWith("{\n  \"version\": \"7\",\n  \"dialect\": \"postgresql\",\n  \"entries\": [\n    {\n")
                .contains("\"idx\": 0,", "\"tag\": \"0000_create_users\",", "\"breakpoints\": true")
                .endsWith("}\n");
        assertThat(written.snapshot().prevId()).isEqualTo(Snapshot.NO_PARENT);
        try (var files = Files.list(out().resolve("meta"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("_journal.json", "0000_snapshot.json", "storium.sum");
        }
    }

    @Test
    void theSnapshotIsPrettyStableJsonOfTheModelWithoutRenameHints() throws IOException {
        read().writeNext("init", "", schema(users(false), posts()));

        String json = Files.readString(out().resolve("meta/0000_snapshot.json"));
        assertThat(json)
                .startsWith("{\n  \"version\": \"2\",\n  \"dialect\": \"postgresql\",\n  \"id\": \"")
                .contains("\"checks\": []", "\"unsigned\": false", "\"collation\": null", "\"comment\": null")
                .contains("\"prevId\": \"00000000-0000-0000-0000-000000000000\",")
                .contains("\"tables\": {\n    \"posts\": {\n      \"name\": \"posts\",")
                .contains("\"renamedFrom\": null")
                .doesNotContain("\"articles\"", "\"name\": \"name\"", " : ")
                .endsWith("}\n");
        assertThat(json.indexOf("\"posts\"")).isLessThan(json.indexOf("\"users\""));
        SchemaModel back = read().latestModel();
        assertThat(back.table("users")
                        .orElseThrow()
                        .column("full_name")
                        .orElseThrow()
                        .renamedFrom())
                .isNull();
        assertThat(back.table("posts").orElseThrow().columns()).isEqualTo(posts().columns());
        assertThat(back.table("posts").orElseThrow().foreignKeys()).isEqualTo(posts().foreignKeys());
    }

    @Test
    void writingTheSameModelTwiceGivesTheSameSnapshotApartFromIds() throws IOException {
        read().writeNext("a", "", schema(users(true), posts()));
        read().writeNext("b", "", schema(posts(), users(true)));

        String first = Files.readString(out().resolve("meta/0000_snapshot.json"));
        String second = Files.readString(out().resolve("meta/0001_snapshot.json"));
        assertThat(withoutIds(second)).isEqualTo(withoutIds(first));
    }

    private static String withoutIds(String json) {
        return json.replaceAll("\"(id|prevId)\": \"[^\"]*\"", "\"$1\": \"?\"");
    }

    @Test
    void theNextMigrationIsNumberedAfterTheLastAndChainedToItsSnapshot() {
        Migration first = read().writeNext("create_users", "SELECT 1;\n", schema(users(false)))
                .migration();
        Migration second = read().writeNext("add_users_bio", "SELECT 2;\n", schema(users(true)))
                .migration();

        assertThat(second.tag()).isEqualTo("0001_add_users_bio");
        assertThat(second.snapshot().prevId()).isEqualTo(first.snapshot().id());
        assertThat(second.entry().when()).isGreaterThan(first.entry().when());
        MigrationFolder folder = read();
        assertThat(folder.migrations())
                .extracting(Migration::tag)
                .containsExactly("0000_create_users", "0001_add_users_bio");
        assertThat(folder.latestModel().table("users").orElseThrow().column("bio"))
                .isPresent();
    }

    @Test
    void aNameThatCannotBeAFileNameIsRefused() {
        assertThatThrownBy(() -> read().writeNext("../evil", "", SchemaModel.empty()))
                .isInstanceOf(StoriumException.class)
                .hasMessageContaining("The migration name '../evil' cannot be used in a file name")
                .hasMessageContaining("-Dstorium.name=");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesTheDirectoryAsItWas() throws IOException {
        read().writeNext("create_users", "SELECT 1;\n", schema(users(false)));
        String journal = Files.readString(out().resolve("meta/_journal.json"));
        String sum = Files.readString(out().resolve(SumFile.FILE));
        MigrationFolder folder = read();
        Files.createDirectories(out().resolve("meta/0001_snapshot.json/blocker"));

        assertThatThrownBy(() -> folder.writeNext("add_users_bio", "SELECT 2;\n", schema(users(true))))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.IO))
                .hasMessageContaining("Could not write migration 0001_add_users_bio to " + out())
                .hasMessageContaining("The directory was left as it was");

        assertThat(out().resolve("0001_add_users_bio.sql")).doesNotExist();
        assertThat(out().resolve("meta/_journal.json")).hasContent(journal.strip());
        assertThat(out().resolve(SumFile.FILE)).hasContent(sum.strip());
        try (var files = Files.list(out())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("0000_create_users.sql", "meta");
        }
        try (var files = Files.list(out().resolve("meta"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "_journal.json", "0000_snapshot.json", "0001_snapshot.json", "storium.sum");
        }
    }

    @Test
    void statementsAreJoinedWithBreakpointLinesAndSplitBack() {
        String text = MigrationSql.join(List.of("CREATE TABLE a (id int)", "CREATE INDEX a_idx ON a (id);"));

        assertThat(text)
                .isEqualTo("CREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE INDEX a_idx ON a (id);\n");
        assertThat(MigrationSql.split(text))
                .containsExactly("CREATE TABLE a (id int);", "CREATE INDEX a_idx ON a (id);");
        assertThat(MigrationSql.split(MigrationSql.CUSTOM_PLACEHOLDER + "\n"))
                .containsExactly(MigrationSql.CUSTOM_PLACEHOLDER);
    }
}
