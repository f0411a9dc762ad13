package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.history.History;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.RebaseOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.RebaseResult;
import dev.storium.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rebase on real git merges: two branches each generate migrations, {@code git merge} stops on conflicts in the meta
 * files, rebase renumbers this branch's migrations after the merged ones; the folder then reads as valid, generate finds
 * nothing to do on the merged code, and the rebased files migrate an empty database to exactly the merged schema.
 */
class RebaseTest {
    private static final Set<String> MERGED = Set.of("bio", "nickname", "tags");

    @TempDir
    Path project;

    private final TestDatabases databases = TestDatabases.forPurpose("rebase");

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE", "POSTGRESQL"})
    void aMergeOfTwoBranchesIsRebasedAndMigratesToTheMergedSchema(Dialect dialect) throws Exception {
        BranchMerge merge = new BranchMerge(project, dialect);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("nickname", "tags")), null);
        String output = merge.git.mergeWithConflicts("main", false);
        assertThat(output)
                .contains(
                        "migrations/meta/_journal.json",
                        "migrations/meta/0001_snapshot.json",
                        "migrations/meta/storium.sum");
        String ours = sqlFiles(merge).stream()
                .filter(f -> f.contains("bio"))
                .findFirst()
                .orElseThrow();

        RebaseResult result = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);

        assertThat(result.success()).as(result.message()).isTrue();
        String moved = "0002" + ours.substring(4, ours.length() - 4);
        assertThat(result.renamed()).containsExactly(ours.replace(".sql", "") + " -> " + moved);
        assertThat(result.message())
                .startsWith("Rebased 1 migration of this branch after the 1 migration merged from the other branch")
                .contains("No database was checked: none is configured")
                .contains("git add -A migrations and commit the merge");
        assertRebased(merge, MERGED, 3);
        assertThat(sqlFiles(merge)).contains(moved + ".sql").doesNotContain(ours);
        merge.git.git("add", "-A", "migrations");
        merge.git.git("commit", "-q", "--no-edit");
        assertMigratesTo(merge, MERGED);
    }

    @Test
    void twoMigrationsOnEachBranchMoveInTheirOrderWithTheDiff3Style() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(
                List.of(Set.of("bio"), Set.of("posts")),
                List.of(Set.of("nickname", "tags"), Set.of("emailIndex")),
                null);
        merge.git.mergeWithConflicts("main", true);
        assertThat(merge.git.git("diff")).contains("|||||||");

        RebaseResult result = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.renamed()).hasSize(2);
        assertThat(result.renamed().get(0)).startsWith("0001_").contains(" -> 0003_");
        assertThat(result.renamed().get(1)).startsWith("0002_").contains(" -> 0004_");
        assertThat(result.message()).contains("after the 2 migrations merged");
        Set<String> all = Set.of("bio", "posts", "nickname", "tags", "emailIndex");
        assertRebased(merge, all, 5);
        assertMigratesTo(merge, all);
    }

    @Test
    void sqlFilesOfOneNameOnBothBranchesAreSplitToo() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), "change");
        assertThat(merge.git.mergeWithConflicts("main", false)).contains("migrations/0001_change.sql");

        RebaseResult result = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.renamed()).containsExactly("0001_change -> 0002_change");
        assertThat(Files.readString(merge.out().resolve("0001_change.sql")))
                .contains("tags")
                .doesNotContain("bio");
        assertThat(Files.readString(merge.out().resolve("0002_change.sql")))
                .contains("bio")
                .doesNotContain("tags");
        assertRebased(merge, Set.of("bio", "tags"), 3);
        assertMigratesTo(merge, Set.of("bio", "tags"));
    }

    @Test
    void aConsistentFolderHasNothingToRebase() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);
        assertThat(Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS).success())
                .isTrue();
        String before = listing(merge);

        RebaseResult again = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);

        assertThat(again.success()).as(again.message()).isTrue();
        assertThat(again.message())
                .startsWith("Nothing to rebase: " + merge.out().toAbsolutePath())
                .contains("holds no unresolved merge and its migrations are consistent (last: 0002_");
        assertThat(again.message()).doesNotContain("storium.sum");
        assertThat(again.renamed()).isEmpty();
        assertThat(listing(merge)).isEqualTo(before);

        Files.writeString(merge.out().resolve("0001_create_tags.sql"), "-- edited\n", StandardOpenOption.APPEND);
        assertThat(Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS).message())
                .contains("). meta/storium.sum does not match the files:\n  - ")
                .contains("0001_create_tags");
    }

    @Test
    void bothBranchesChangingOneColumnIsRefusedAndNothingIsWritten() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("email300", "bio")), List.of(Set.of("email320")), null);
        merge.git.mergeWithConflicts("main", false);
        String before = listing(merge);

        RebaseResult result = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.MIGRATION_FOLDER);
        assertThat(result.message())
                .startsWith("Cannot rebase 0001_")
                .contains("after the merged branch's migrations: both branches changed the same part of the schema:"
                        + "\n  - column users.email: this branch changes it, the merged branch changes it\n")
                .doesNotContain("users.bio")
                .contains("The directory was left as it was.")
                .contains("Fix: take the merged branch's migrations as they are and generate this branch's changes"
                        + " again on top of them: git rm -rqf migrations && git checkout MERGE_HEAD -- migrations,"
                        + " then run mvn storium:generate on the merged code.");
        assertThat(listing(merge)).isEqualTo(before);
    }

    @Test
    void theRegenerateFixWorks() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("email300", "bio")), List.of(Set.of("email320")), null);
        merge.git.mergeWithConflicts("main", false);

        merge.git.git("rm", "-rqf", "migrations");
        merge.git.git("checkout", "MERGE_HEAD", "--", "migrations");
        merge.generate(Set.of("email320", "bio"), null);

        assertRebased(merge, Set.of("email320", "bio"), 3);
    }

    @Test
    void aMigrationAppliedToTheConfiguredDatabaseIsRefusedByName() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        StoriumConfig withDatabase = merge.config(databases.url(Dialect.SQLITE));
        MigrateResult migrated = Storium.migrate(withDatabase, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();
        String ours = sqlFiles(merge).get(1).replace(".sql", "");
        merge.git.mergeWithConflicts("main", false);
        String before = listing(merge);

        RebaseResult result = Storium.rebase(withDatabase, RebaseOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .startsWith("Cannot rebase: " + ours + " (applied on ")
                .contains(") of this branch is recorded in __storium_migrations of jdbc:sqlite:")
                .contains("a renumbered file would look missing there and its new name pending")
                .contains("Fix: if that database is a disposable development database, drop and recreate it, then run"
                        + " mvn storium:rebase and mvn storium:migrate. If it is shared, the migration must keep its"
                        + " number: abort the merge (git merge --abort)");
        assertThat(listing(merge)).isEqualTo(before);
    }

    @Test
    void aConfiguredDatabaseWithoutTheMovedMigrationsIsCheckedAndSaidSo() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);

        RebaseResult result = Storium.rebase(merge.config(databases.url(Dialect.SQLITE)), RebaseOptions.DEFAULTS);

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.message())
                .contains("Checked jdbc:sqlite:")
                .contains(": none of the moved migrations is" + " applied there.");
    }

    @Test
    void anUnreachableDatabaseIsRefusedWithoutItsPassword() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.POSTGRESQL);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);
        String before = listing(merge);
        StoriumConfig config = merge.config(null);
        StoriumConfig unreachable = new StoriumConfig(
                config.dialect(),
                "jdbc:postgresql://127.0.0.1:9/app",
                "app",
                "s3cret-pw",
                config.schema(),
                config.stores(),
                config.out(),
                config.seeds(),
                config.assertions(),
                null,
                config.baseDir(),
                null);

        RebaseResult result = Storium.rebase(unreachable, RebaseOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.DATABASE);
        assertThat(result.message()).contains("127.0.0.1:9").doesNotContain("s3cret-pw");
        assertThat(listing(merge)).isEqualTo(before);
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);
        String before = listing(merge);

        RebaseResult result = Storium.rebase(merge.config(null), new RebaseOptions(true));

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.renamed()).hasSize(1);
        assertThat(result.message())
                .startsWith("Dry run: would rebase 1 migration of this branch")
                .contains(result.renamed().get(0))
                .contains("Nothing was written.");
        assertThat(listing(merge)).isEqualTo(before);
    }

    @Test
    void metaFilesResolvedByHandAreRefusedAndTheFixRecreatesTheConflict() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);
        merge.git.git("checkout", "--theirs", "--", "migrations/meta");
        merge.git.git("add", "migrations/meta");
        String before = listing(merge);

        RebaseResult refused = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);

        assertThat(refused.success()).isFalse();
        assertThat(refused.message())
                .startsWith("Cannot rebase: meta/_journal.json holds no git conflict markers, so this branch's"
                        + " migrations cannot be told from the merged branch's ones (were the files resolved by"
                        + " hand?).")
                .contains("has no entry in meta/_journal.json")
                .contains("Fix: recreate the conflict with git checkout -m -- migrations/meta");
        assertThat(listing(merge)).isEqualTo(before);

        merge.git.git("checkout", "-m", "--", "migrations/meta");
        RebaseResult rebased = Storium.rebase(merge.config(null), RebaseOptions.DEFAULTS);
        assertThat(rebased.success()).as(rebased.message()).isTrue();
        assertRebased(merge, Set.of("bio", "tags"), 3);
    }

    @Test
    void anotherDialectIsRefused() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);
        String before = listing(merge);
        StoriumConfig sqlite = merge.config(null);
        StoriumConfig postgres = new StoriumConfig(
                Dialect.POSTGRESQL,
                null,
                null,
                null,
                sqlite.schema(),
                sqlite.stores(),
                sqlite.out(),
                sqlite.seeds(),
                sqlite.assertions(),
                null,
                sqlite.baseDir(),
                null);

        RebaseResult result = Storium.rebase(postgres, RebaseOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.message())
                .endsWith(": they were generated for dialect sqlite (this branch) and sqlite (the merged branch), but"
                        + " the configured dialect is postgresql. The directory was left as it was. Fix: set `dialect`"
                        + " to the one the migrations were generated for.");
        assertThat(listing(merge)).isEqualTo(before);
    }

    @Test
    void theFolderReaderPointsAConflictedJournalToRebase() throws Exception {
        BranchMerge merge = new BranchMerge(project, Dialect.SQLITE);
        merge.branches(List.of(Set.of("bio")), List.of(Set.of("tags")), null);
        merge.git.mergeWithConflicts("main", false);

        GenerateResult generate =
                Storium.generate(merge.config(null), BranchMerge.schema(MERGED), GenerateOptions.DEFAULTS);

        assertThat(generate.success()).isFalse();
        assertThat(generate.message())
                .contains("  - meta/_journal.json holds an unresolved git merge (conflict markers <<<<<<< ======="
                        + " >>>>>>>)")
                .contains("Fix: finish the git merge with mvn storium:rebase");
    }

    /** The folder reads as valid with {@code count} migrations and generate finds nothing to do for the features. */
    private static void assertRebased(BranchMerge merge, Set<String> features, int count) throws IOException {
        MigrationFolder folder = MigrationFolder.read(merge.out(), merge.dialect);
        assertThat(folder.migrations()).hasSize(count);
        assertThat(SumFile.verify(folder)).isEmpty();
        try (Stream<Path> files = Files.walk(merge.out())) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                assertThat(ConflictText.hasMarkers(Files.readString(file)))
                        .as(file.toString())
                        .isFalse();
            }
        }
        assertThat(Differ.diff(folder.latestModel(), Models.fromDefinitions(BranchMerge.schema(features))))
                .isEmpty();
        GenerateResult generate =
                Storium.generate(merge.config(null), BranchMerge.schema(features), GenerateOptions.DEFAULTS);
        assertThat(generate.success()).as(generate.message()).isTrue();
        assertThat(generate.message()).startsWith("Nothing to generate");
    }

    /** Migrates an empty database with the folder and compares the live schema with the merged code. */
    private void assertMigratesTo(BranchMerge merge, Set<String> features) throws Exception {
        StoriumConfig config = merge.config(databases.url(merge.dialect));
        MigrateResult migrated = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();
        SchemaModel code = Models.fromDefinitions(BranchMerge.schema(features));
        try (Connection connection = databases.connect(merge.dialect)) {
            SchemaModel live = LiveSchema.read(connection, merge.dialect, History.bookkeepingTables(config), code);
            assertThat(Differ.diff(live, code)).isEmpty();
        }
    }

    private static List<String> sqlFiles(BranchMerge merge) throws IOException {
        try (Stream<Path> files = Files.list(merge.out())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Every file of the directory with its bytes as text, to show that nothing changed. */
    private static String listing(BranchMerge merge) throws IOException {
        try (Stream<Path> files = Files.walk(merge.out())) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                text.append(merge.out().relativize(file)).append('\n').append(Files.readString(file));
            }
            return text.toString();
        }
    }
}
