package dev.storium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.migration.MigrationText;
import dev.storium.internal.migration.SumFile;
import dev.storium.internal.migration.TestProject;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.RehashResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RehashTest {
    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private StoriumConfig config() {
        return project.config(Dialect.SQLITE, "v2");
    }

    private void generate(String version, GenerateOptions options) {
        GenerateResult result =
                Storium.generate(project.config(Dialect.SQLITE, version), TestProject.source(), options);
        assertThat(result.success()).as(result.message()).isTrue();
    }

    private List<String> verify() {
        return SumFile.verify(MigrationFolder.read(project.out(), Dialect.SQLITE));
    }

    private String sum() {
        return project.read(SumFile.FILE);
    }

    @Test
    void aCustomMigrationEditedAfterwardsIsReportedUntilRehash() {
        generate("v1", GenerateOptions.DEFAULTS);
        generate("v1", new GenerateOptions("backfill", true, false));
        String placeholder = project.read("0001_backfill.sql");
        project.edit("0001_backfill.sql", MigrationSql.CUSTOM_PLACEHOLDER, "UPDATE users SET email = lower(email);");
        String edited = project.read("0001_backfill.sql");

        assertThat(verify())
                .singleElement()
                .asString()
                .startsWith("0001_backfill.sql was edited after it was generated")
                .contains("mvn storium:rehash");

        RehashResult result = Storium.rehash(config());

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.changes())
                .containsExactly("Updated the line of 0001_backfill: 0001_backfill.sql SHA-256 "
                        + MigrationText.hash(placeholder) + " -> " + MigrationText.hash(edited) + ".");
        assertThat(result.message())
                .isEqualTo("Rewrote " + project.out().resolve(SumFile.FILE) + " from the 2 migrations on disk:\n  - "
                        + result.changes().get(0) + "\nCommit it together with the migrations.");
        assertThat(verify()).isEmpty();
        assertThat(project.read("0001_backfill.sql")).isEqualTo(edited);
    }

    @Test
    void aCurrentSumIsLeftAsItIs() throws IOException {
        generate("v1", GenerateOptions.DEFAULTS);
        Path file = project.out().resolve(SumFile.FILE);
        Files.writeString(file, sum().replace("\n", "\r\n"));
        String before = Files.readString(file);

        RehashResult result = Storium.rehash(config());

        assertThat(result.success()).isTrue();
        assertThat(result.changes()).isEmpty();
        assertThat(result.message())
                .isEqualTo(file + " is current: it matches the 1 migration on disk. Nothing to rewrite.");
        assertThat(file).hasContent(before);
    }

    @Test
    void aMissingSumIsCreated() throws IOException {
        generate("v1", GenerateOptions.DEFAULTS);
        generate("v2", GenerateOptions.DEFAULTS);
        String written = sum();
        Files.delete(project.out().resolve(SumFile.FILE));

        RehashResult result = Storium.rehash(config());

        assertThat(result.changes())
                .containsExactly("Created meta/storium.sum, which was missing, with the lines of 2 migrations.");
        assertThat(sum()).isEqualTo(written);
        assertThat(Storium.rehash(config()).message()).contains("is current");
    }

    @Test
    void linesOfRemovedMigrationsAreDroppedAndTheChainRebuilt() throws IOException {
        generate("v1", GenerateOptions.DEFAULTS);
        String journal = project.read("meta/_journal.json");
        generate("v2", GenerateOptions.DEFAULTS);
        Files.delete(project.out().resolve("0001_add_users_bio.sql"));
        Files.delete(project.out().resolve("meta/0001_snapshot.json"));
        Files.writeString(project.out().resolve("meta/_journal.json"), journal);

        assertThat(Storium.rehash(config()).changes())
                .containsExactly("Removed the line of 0001_add_users_bio, which has no migration.");
        assertThat(verify()).isEmpty();

        List<String> rows = sum().lines().toList();
        Files.writeString(
                project.out().resolve(SumFile.FILE),
                String.join("\n", rows.get(0), rows.get(1), rows.get(2), rows.get(2), rows.get(3)) + "\n");
        assertThat(Storium.rehash(config()).changes())
                .containsExactly("Rebuilt the chain of the lines in journal order and the head line (the lines were"
                        + " reordered, repeated or their chain values edited).");
        assertThat(verify()).isEmpty();
    }

    @Test
    void aSumWithConflictMarkersIsReplaced() throws IOException {
        generate("v1", GenerateOptions.DEFAULTS);
        Files.writeString(project.out().resolve(SumFile.FILE), "<<<<<<< HEAD\n" + sum() + ">>>>>>> other\n");

        RehashResult result = Storium.rehash(config());

        assertThat(result.changes())
                .singleElement()
                .asString()
                .startsWith("Replaced a file that could not be read: meta/storium.sum holds unresolved git conflict"
                        + " markers (line 1: <<<<<<< HEAD)");
        assertThat(verify()).isEmpty();
    }

    @Test
    void withoutMigrationsThereIsNothingToRehash() {
        RehashResult result = Storium.rehash(config());

        assertThat(result.success()).isTrue();
        assertThat(result.message())
                .isEqualTo(
                        "Nothing to rehash: " + project.out().toAbsolutePath().normalize()
                                + " holds no migrations, so it needs no sum file.");
        assertThat(project.out()).doesNotExist();
    }

    @Test
    void anInconsistentDirectoryIsRefusedAndLeftAsItWas() throws IOException {
        generate("v1", GenerateOptions.DEFAULTS);
        Files.writeString(project.out().resolve("0001_by_hand.sql"), "SELECT 1;\n");
        String listing = project.listing();

        RehashResult result = Storium.rehash(config());

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message())
                .startsWith("The migrations directory ")
                .contains("0001_by_hand.sql has no entry in meta/_journal.json");
        assertThat(result.changes()).isEmpty();
        assertThat(project.listing()).isEqualTo(listing);
    }
}
