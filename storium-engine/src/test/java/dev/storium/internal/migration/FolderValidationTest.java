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
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderValidationTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("migrations");
    }

    private void generateTwo() {
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("create_users", "SELECT 1;\n", schema(users(false)));
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("add_users_bio", "SELECT 2;\n", schema(users(true)));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertReadFails() {
        return assertThatThrownBy(() -> MigrationFolder.read(out(), Dialect.POSTGRESQL))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.MIGRATION_FOLDER))
                .hasMessageStartingWith("The migrations");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = out().resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aSnapshotOfFormatVersionOneReadsWithNoChecksNoCollationsAndNoComments() throws IOException {
        generateTwo();
        SchemaModel asWritten = MigrationFolder.read(out(), Dialect.POSTGRESQL).latestModel();
        Path snapshot = out().resolve("meta/0001_snapshot.json");
        String current = Files.readString(snapshot);
        String versionOne = current.replace("\"version\": \"2\"", "\"version\": \"1\"")
                .replaceAll("\\s*\"(checks\": \\[\\]|comment\": null|unsigned\": false|collation\": null),", "");
        assertThat(versionOne).doesNotContain("checks", "comment", "unsigned", "collation");
        Files.writeString(snapshot, versionOne);

        MigrationFolder folder = MigrationFolder.read(out(), Dialect.POSTGRESQL);

        assertThat(folder.latestModel()).isEqualTo(asWritten);
        assertThat(folder.migrations().get(1).snapshot().version()).isEqualTo("1");
    }

    @Test
    void aSnapshotOfAnUnknownFormatVersionIsRefusedNamingTheVersionsRead() throws IOException {
        generateTwo();
        edit("meta/0001_snapshot.json", "\"version\": \"2\"", "\"version\": \"3\"");

        assertReadFails()
                .hasMessageContaining(
                        "meta/0001_snapshot.json has format version 3; this Storium reads versions 1 and 2");
    }

    @Test
    void aCorruptJournalIsNamedWithTheFix() throws IOException {
        generateTwo();
        Files.writeString(out().resolve("meta/_journal.json"), "{\"version\": \"7\", \"dialect\": ");

        assertReadFails()
                .hasMessageContaining("The migrations directory " + out() + " is inconsistent:")
                .hasMessageContaining("  - meta/_journal.json is corrupt: ")
                .hasMessageContaining("Fix: restore the file from version control");
    }

    @Test
    void aJournalWithoutItsEntriesIsCorrupt() throws IOException {
        generateTwo();
        Files.writeString(out().resolve("meta/_journal.json"), "{\"version\": \"7\", \"dialect\": \"postgresql\"}");

        assertReadFails()
                .hasMessageContaining("meta/_journal.json is corrupt: ")
                .hasMessageContaining("'entries'");
    }

    @Test
    void aSnapshotThatIsNotJsonIsCorrupt() throws IOException {
        generateTwo();
        Files.writeString(out().resolve("meta/0001_snapshot.json"), "not json");

        assertReadFails()
                .hasMessageContaining("  - meta/0001_snapshot.json is corrupt: ")
                .hasMessageContaining("Fix: restore the file from version control");
    }

    @Test
    void theLastSnapshotMissingAFieldIsCorrupt() throws IOException {
        generateTwo();
        edit("meta/0001_snapshot.json", "\"notNull\": true,", "");

        assertReadFails()
                .hasMessageContaining("meta/0001_snapshot.json is corrupt: ")
                .hasMessageContaining("notNull");
    }

    @Test
    void theLastSnapshotWithAnInvalidModelIsCorrupt() throws IOException {
        generateTwo();
        edit("meta/0001_snapshot.json", "\"type\": \"UUID\"", "\"type\": null");

        assertReadFails().hasMessageContaining("meta/0001_snapshot.json is corrupt: ");
    }

    @Test
    void anEarlierSnapshotWithoutItsIdIsCorrupt() throws IOException {
        generateTwo();
        Path path = out().resolve("meta/0000_snapshot.json");
        Files.writeString(path, Files.readString(path).replaceFirst("\"id\": \"[^\"]*\",", ""));

        assertReadFails().hasMessageContaining("meta/0000_snapshot.json is corrupt: missing field 'id'");
    }

    @Test
    void anEarlierSnapshotIsReadForItsHeaderOnlyAndWholeWhenAsked() throws IOException {
        generateTwo();
        edit("meta/0000_snapshot.json", "\"type\": \"UUID\"", "\"type\": null");

        MigrationFolder folder = MigrationFolder.read(out(), Dialect.POSTGRESQL);

        assertThat(folder.latestModel().tables()).containsKey("users");
        assertThatThrownBy(() -> folder.migrations().get(0).snapshot())
                .isInstanceOf(StoriumException.class)
                .hasMessageStartingWith("The migrations directory " + out() + " is inconsistent:")
                .hasMessageContaining("  - meta/0000_snapshot.json is corrupt: ")
                .hasMessageContaining("Fix: restore the file from version control");
    }

    @Test
    void twoSnapshotsWithTheSameParentAreTwoBranches() throws IOException {
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("create_users", "SELECT 1;\n", schema(users(false)));
        Path branch = dir.resolve("branch");
        copyTree(out(), branch);
        MigrationFolder.read(out(), Dialect.POSTGRESQL).writeNext("add_users_bio", "SELECT 2;\n", schema(users(true)));
        Migration other = MigrationFolder.read(branch, Dialect.POSTGRESQL)
                .writeNext("create_posts", "SELECT 3;\n", schema(users(false), posts()))
                .migration();
        // the merge as a person resolves it: the other branch's migration renumbered to 0002
        Files.copy(other.sqlFile(), out().resolve("0002_create_posts.sql"));
        Files.copy(other.snapshotFile(), out().resolve("meta/0002_snapshot.json"));
        String journal = Files.readString(out().resolve("meta/_journal.json"));
        String entry = "    {\n      \"idx\": 2,\n      \"version\": \"1\",\n      \"when\": 1,\n      \"tag\":"
                + " \"0002_create_posts\",\n      \"breakpoints\": true\n    }\n";
        Files.writeString(
                out().resolve("meta/_journal.json"), journal.replace("    }\n  ]", "    },\n" + entry + "  ]"));

        assertReadFails()
                .hasMessageContaining("  - meta/0001_snapshot.json and meta/0002_snapshot.json have the same prevId "
                        + other.snapshot().prevId()
                        + ": two branches each generated a migration from the same schema")
                .hasMessageContaining("Fix: two branches each generated a migration from the same schema: run mvn"
                        + " storium:rebase to renumber this branch's migrations after the merged ones")
                .hasMessageContaining("or delete this branch's migration")
                .hasMessageContaining("and run mvn storium:generate on the merged code.");
    }

    @Test
    void twoFilesWithOneNumberAreNamed() throws IOException {
        generateTwo();
        Files.writeString(out().resolve("0001_create_posts.sql"), "SELECT 3;\n");

        assertReadFails()
                .hasMessageContaining("  - 0001_create_posts.sql has no entry in meta/_journal.json")
                .hasMessageContaining(
                        "  - two migrations have the number 0001: 0001_add_users_bio.sql and 0001_create_posts.sql");
    }

    @Test
    void anEntryWithoutItsSqlFileIsNamed() throws IOException {
        generateTwo();
        Files.delete(out().resolve("0001_add_users_bio.sql"));

        assertReadFails()
                .hasMessageContaining("  - meta/_journal.json lists 0001_add_users_bio, but 0001_add_users_bio.sql"
                        + " does not exist")
                .hasMessageContaining("Fix: restore it from version control first: git checkout -- "
                        + out().resolve("0001_add_users_bio.sql"))
                .hasMessageContaining("If any database has applied it, never remove the journal entry of an applied"
                        + " migration to generate it again");
    }

    @Test
    void anEntryWithoutItsSnapshotIsNamed() throws IOException {
        generateTwo();
        Files.delete(out().resolve("meta/0000_snapshot.json"));

        assertReadFails()
                .hasMessageContaining(
                        "  - meta/_journal.json lists 0000_create_users, but meta/0000_snapshot.json does not exist");
    }

    @Test
    void filesWithoutAnEntryAreNamed() throws IOException {
        generateTwo();
        Files.copy(out().resolve("meta/0001_snapshot.json"), out().resolve("meta/0002_snapshot.json"));
        Files.writeString(out().resolve("0002_orphan.sql"), "SELECT 3;\n");

        assertReadFails()
                .hasMessageContaining("  - 0002_orphan.sql has no entry in meta/_journal.json")
                .hasMessageContaining("  - meta/0002_snapshot.json has no entry in meta/_journal.json");
    }

    @Test
    void anIdxGapIsNamed() throws IOException {
        generateTwo();
        edit("meta/_journal.json", "\"idx\": 1,", "\"idx\": 2,");

        assertReadFails()
                .hasMessageContaining("meta/_journal.json entry 0001_add_users_bio has idx 2 but is entry number 1;"
                        + " idx must count from 0 without gaps");
    }

    @Test
    void aBrokenChainIsNamed() throws IOException {
        generateTwo();
        Migration first =
                MigrationFolder.read(out(), Dialect.POSTGRESQL).migrations().get(0);
        edit("meta/0001_snapshot.json", first.snapshot().id().toString(), "11111111-1111-1111-1111-111111111111");

        assertReadFails()
                .hasMessageContaining("meta/0001_snapshot.json has prevId 11111111-1111-1111-1111-111111111111, but the"
                        + " snapshot before it, meta/0000_snapshot.json, has id "
                        + first.snapshot().id());
    }

    @Test
    void aMissingJournalWithMigrationFilesIsNamed() throws IOException {
        generateTwo();
        Files.delete(out().resolve("meta/_journal.json"));

        assertReadFails()
                .hasMessageContaining("  - meta/_journal.json is missing, but the directory holds"
                        + " 0000_create_users.sql, 0001_add_users_bio.sql, meta/0000_snapshot.json,"
                        + " meta/0001_snapshot.json");
    }

    @Test
    void aStraySqlFileIsNamed() throws IOException {
        generateTwo();
        Files.writeString(out().resolve("cleanup.sql"), "SELECT 1;\n");

        assertReadFails()
                .hasMessageContaining("  - cleanup.sql is not named NNNN_<name>.sql like a migration")
                .hasMessageContaining("hand-written SQL belongs in a custom migration");
    }

    @Test
    void anotherDialectsDirectoryIsRefused() {
        generateTwo();

        assertThatThrownBy(() -> MigrationFolder.read(out(), Dialect.MYSQL))
                .isInstanceOf(StoriumException.class)
                .hasMessage("The migrations in " + out() + " were generated for dialect postgresql"
                        + " (meta/_journal.json), but the configured dialect is mysql. Fix: set `dialect` to"
                        + " postgresql, or set `out` to a separate directory for mysql migrations.");
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsRefused() throws IOException {
        Files.writeString(out(), "x");

        assertReadFails().hasMessageContaining("is a file, not a directory. Fix: set `out` to a directory");
    }

    @Test
    void aFailedReadChangesNothing() throws IOException {
        generateTwo();
        Files.delete(out().resolve("0001_add_users_bio.sql"));
        String before = listing();

        assertReadFails();
        assertThat(listing()).isEqualTo(before);
    }

    private String listing() throws IOException {
        try (Stream<Path> files = Files.walk(out())) {
            return files.map(p -> out().relativize(p) + ":" + p.toFile().length())
                    .sorted()
                    .reduce("", (a, b) -> a + "\n" + b);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
